"""The JSON shapes of `portdesk bill extract` and `portdesk bill check` (other tools read them)."""

from __future__ import annotations

from typing import Any

from portdesk.bills.extract import FIELDS, BillFields
from portdesk.bills.verdicts import BillComparison
from portdesk.domain.case import Address


def _address(a: Address | None) -> dict[str, str] | None:
    return None if a is None else a.to_dict()


def extraction_json(fields: BillFields) -> dict[str, Any]:
    return {
        "carrier": fields.carrier,
        "account_name": fields.account_name,
        "account_number": fields.account_number,
        "statement_date": fields.statement_date.isoformat() if fields.statement_date else None,
        "service_address": _address(fields.service_address),
        "billing_address": _address(fields.billing_address),
        "btn": fields.btn,
        "numbers": list(fields.numbers),
        "source": fields.source,
        "evidence": {f: (fields.evidence[f].to_json() if f in fields.evidence else None)
                     for f in FIELDS},
        # a value not read from the page's text: {"carrier": "logo"} (OCR of a raster logo)
        "read_from": dict(fields.read_from),
    }


def check_json(comparison: BillComparison, fields: BillFields,
               bill_age_days: int | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        name: {"verdict": c.verdict.value, "entered": c.entered, "bill": c.bill,
               "reason": c.reason, "evidence": c.evidence.to_json() if c.evidence else None}
        for name, c in comparison.fields.items()
    }
    numbers = comparison.numbers
    out["numbers"] = {
        "verdict": numbers.verdict.value if numbers else "not_found",
        "items": [{"number": i.number, "verdict": i.verdict.value, "reason": i.reason}
                  for i in (numbers.items if numbers else ())],
    }
    return {
        "fields": out,
        "statement_date": fields.statement_date.isoformat() if fields.statement_date else None,
        "bill_age_days": bill_age_days,
        "source": fields.source,
        # one line when none of the case's values is on the bill (another customer's bill)
        "headline": comparison.headline,
    }

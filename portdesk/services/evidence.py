"""What readiness knows about a case's documents and checks, read from the store.

A verdict is about a value: "the bill shows this account number" says nothing about the number
typed after it. So each verdict is kept with the value the case held when it was given (from the
audit log: the old value of the first edit after it, or the value today when nothing was edited
since), and readiness counts it only while the case still holds that value. The signed LOA comes
with what it was signed over.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from portdesk.config import Settings
from portdesk.domain.case import PortCase
from portdesk.domain.lifecycle import RELEASED
from portdesk.domain.readiness import Evidence, checked_value
from portdesk.services.loa_binding import binding_from_meta
from portdesk.services.loa_date import printed_date
from portdesk.store.audit import AuditEntry
from portdesk.store.documents import Verification
from portdesk.store.store import Store

AGREEING = ("exact", "equivalent", "verified")
NUMBER_PREFIX = "number:"
_CASE_FIELD = {"carrier": "losing_carrier"}  # verification names -> the audit log's names


@dataclass(frozen=True, slots=True)
class _Verdict:
    verdict: str
    at: datetime


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def latest_verdicts(verifications: Iterable[Verification]) -> dict[str, _Verdict]:
    latest: dict[str, _Verdict] = {}
    for v in verifications:
        if v.method != "bill":
            latest[v.field] = _Verdict("verified", _aware(v.at))
        elif v.verdict in ("not_found", "unverifiable") and \
                latest.get(v.field, _Verdict("", v.at)).verdict == "verified":
            continue  # a bill that cannot show a field does not undo a check made another way
        else:
            latest[v.field] = _Verdict(v.verdict, _aware(v.at))
    return latest


def value_then(entries: list[AuditEntry], case: PortCase, name: str, at: datetime) -> Any:
    """The value a field held at `at`: the old side of the first edit after it, else today's."""
    key = _CASE_FIELD.get(name, name)
    for e in entries:
        change = (e.changes or {}).get(key)
        if _aware(e.at) > at and isinstance(change, dict) and "old" in change:
            return change["old"]
    if name == "numbers":
        return case.number_e164s
    return checked_value(case, name)


def _numbers_of(value: Any) -> set[str]:
    """Numbers as the audit log lists them ("+12125550142:pending") or as plain E.164."""
    return {str(v).split(":", 1)[0] for v in value or ()} if isinstance(value, list) else set()


def confirmed_numbers(latest: dict[str, _Verdict], entries: list[AuditEntry], case: PortCase,
                      bill_meta: dict[str, Any]) -> frozenset[str]:
    confirmed = {f[len(NUMBER_PREFIX):] for f, v in latest.items()
                 if f.startswith(NUMBER_PREFIX) and v.verdict in AGREEING}
    whole = latest.get("numbers")
    if whole is not None and whole.verdict in AGREEING:
        confirmed |= _numbers_of(value_then(entries, case, "numbers", whole.at))
    per_number = bill_meta.get("number_verdicts")
    if isinstance(per_number, dict):
        confirmed |= {str(n) for n, verdict in per_number.items() if verdict == "exact"}
    return frozenset(confirmed)


def _statement_date(meta: dict[str, Any]) -> date | None:
    try:
        return date.fromisoformat(str(meta["statement_date"])) if meta.get("statement_date") \
            else None
    except ValueError:
        return None


def evidence_for(store: Store, case: PortCase, settings: Settings,
                 today: date | None = None) -> Evidence:
    """What the readiness checks need to know about a case's documents, from the store."""
    assert case.id is not None
    loa = store.documents.latest(case.id, "loa_signed", "loa_wet_signed")
    bill = store.documents.latest(case.id, "bill")
    latest = latest_verdicts(store.verifications.for_case(case.id))
    entries = store.audit.for_case(case.id)
    fields = {f: v for f, v in latest.items() if f != "numbers" and not f.startswith(
        (NUMBER_PREFIX, "postport."))}
    then = {f: str(value_then(entries, case, f, v.at)) for f, v in fields.items()}
    from portdesk.services.sync_keys import platform_evidence, reviews_of

    portability, requirements = platform_evidence(store, case.id)
    return Evidence(
        portability=portability, requirements=requirements,
        document_reviews=tuple(reviews_of(store, store.outbox, case.id)),
        today=today or date.today(),
        loa_present=loa is not None,
        loa_signed_on=(loa.signed_at.date() if loa and loa.signed_at else None),
        bill_present=bill is not None,
        bill_statement_date=_statement_date(bill.meta) if bill else None,
        bill_mismatches=tuple(f for f, v in fields.items() if v.verdict == "mismatch"),
        verified_fields=frozenset(f for f, v in fields.items() if v.verdict in AGREEING),
        bill_age_limit_days=settings.bill_age_limit_days,
        loa_age_limit_days=settings.loa_age_limit_days,
        loa_binding=binding_from_meta(loa.meta, store.box) if loa else None,
        verified_values={f: then[f] for f, v in fields.items() if v.verdict in AGREEING},
        mismatch_values={f: then[f] for f, v in fields.items() if v.verdict == "mismatch"},
        confirmed_numbers=confirmed_numbers(latest, entries, case, bill.meta if bill else {}),
        loa_printed=printed[0] if (printed := printed_date(store, case, entries)) else None,
        held_on=_held_on(store, case),
    )


def _held_on(store: Store, case: PortCase) -> str:
    """The case whose live platform order still holds this split case's numbers, if any."""
    if case.platform_order_id or not case.platform_refs or case.parent_id is None:
        return ""
    parent = store.cases.get(case.parent_id)
    held = parent.platform_order_id in case.platform_refs and parent.status not in RELEASED
    return parent.reference if held else ""

"""Between ORM rows and domain cases. Rows never leave the store; cases are plain frozen data."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from portdesk.domain.case import (
    Address,
    CaseNumber,
    PortCase,
)
from portdesk.domain.routing import Routing
from portdesk.domain.schedule import next_milestone
from portdesk.store.case_record import case_from_record
from portdesk.store.queue import fold
from portdesk.store.schema import CaseRow, NumberRow
from portdesk.store.secrets import SecretBox

# Fields a specialist edits; compared for the audit log and optimistic updates.
EDITABLE = (
    "kind", "country", "customer_type", "account_name", "authorized_name", "authorized_title",
    "account_number", "pin", "btn", "losing_carrier", "service_address", "billing_address",
    "port_type", "remaining_action", "remaining_numbers", "new_btn", "requested_date", "foc_date",
    "temporary_number", "port_texts", "assignee", "notes", "contact_phone", "contact_email",
    "service_type_override", "numbers", "platform_order_id", "platform_refs", "platform_status",
    "exception_code", "exception_detail", "sync_state", "sync_error", "parent_id",
)

# Columns the sync engine keeps for itself (no version bump, no audit coverage): a case saved from
# an older copy never writes them back.
BOOKKEEPING = frozenset({"sync_state", "sync_error", "sync_outcome", "conflict", "customer_wait"})


def _address_dict(addr: Address | None) -> dict[str, Any] | None:
    if addr is None:
        return None
    return {"line1": addr.line1, "line2": addr.line2, "city": addr.city, "state": addr.state,
            "postal_code": addr.postal_code, "country": addr.country}


def row_to_case(row: CaseRow, box: SecretBox) -> PortCase:
    return case_from_record(row, box.decrypt(row.pin_encrypted))


def search_text(case: PortCase) -> str:
    """What the quick filter matches: reference, names, account number, every number's digits."""
    parts = [case.reference.lower(), case.account_name.lower(), case.authorized_name.lower(),
             case.account_number.lower(), re.sub(r"\W", "", case.account_number.lower())]
    for n in case.numbers:
        digits = n.e164.lstrip("+")
        parts.append(digits)
        if digits.startswith("1") and len(digits) == 11:
            parts.append(digits[1:])
    if case.btn:
        parts.append(case.btn.lstrip("+"))
    return fold(" | ".join(p for p in parts if p))  # accents and case ignored by the search


def case_to_row_values(case: PortCase, box: SecretBox, today: date,
                       status_since: date | None = None,
                       routing: Routing = Routing.UNCHECKED) -> dict[str, Any]:
    """Column values for a case (all but id, reference, created_at, version); `routing`: what
    a ported case's post-port checks add up to (store/documents.routing)."""
    milestone = next_milestone(case, today, status_since, routing)
    return {
        "kind": case.kind.value,
        "status": case.status.value,
        "platform_status": case.platform_status,
        "service_type": case.service_type.value,
        "service_type_override": case.service_type_override.value
        if case.service_type_override else None,
        "country": case.country,
        "customer_type": case.customer_type.value,
        "account_name": case.account_name,
        "authorized_name": case.authorized_name,
        "authorized_title": case.authorized_title,
        "account_number": case.account_number,
        "pin_encrypted": box.encrypt(case.pin),
        "btn": case.btn,
        "losing_carrier": case.losing_carrier,
        "service_address": _address_dict(case.service_address) or {},
        "billing_address": _address_dict(case.billing_address),
        "port_type": case.port_type.value,
        "remaining_action": case.remaining_action.value if case.remaining_action else None,
        "remaining_numbers": list(case.remaining_numbers),
        "new_btn": case.new_btn,
        "requested_date": case.requested_date,
        "foc_date": case.foc_date,
        "platform_order_id": case.platform_order_id,
        "platform_refs": list(case.platform_refs),
        "temporary_number": case.temporary_number,
        "port_texts": case.port_texts,
        "assignee": case.assignee,
        "notes": case.notes,
        "contact_phone": case.contact_phone,
        "contact_email": case.contact_email,
        "exception_code": case.exception_code,
        "exception_detail": case.exception_detail,
        "parent_id": case.parent_id,
        "sync_state": case.sync_state,
        "sync_error": case.sync_error,
        "sync_outcome": case.sync_outcome.to_json() if case.sync_outcome else None,
        "number_count": len(case.numbers),
        "next_milestone": milestone.name,
        "next_due": milestone.due,
        "search_text": search_text(case),
        "submitted_at": case.submitted_at,
    }


def number_rows(case: PortCase) -> list[NumberRow]:
    return [
        NumberRow(position=i, e164=n.e164, kind=n.kind.value, country=n.country,
                  status=n.status.value, rejection_code=n.rejection_code)
        for i, n in enumerate(case.numbers)
    ]


def diff(old: PortCase, new: PortCase) -> dict[str, dict[str, Any]]:
    """Field -> {old, new} for the audit log (secrets masked later by the audit module)."""
    out: dict[str, dict[str, Any]] = {}
    for name in EDITABLE:
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            out[name] = {"old": _plain(a), "new": _plain(b)}
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, Address):
        return value.one_line()
    if isinstance(value, tuple) and value and isinstance(value[0], CaseNumber):
        return [f"{n.e164}:{n.status.value}" for n in value]
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    return value

"""The draft fields the specialist owns, as plain strings: one vocabulary for every side.

Conflict detection compares three versions of each field (as last synced, as now on the case, as now
on the platform), and an edit is sent to the platform only when one of these changed, so the case is
reduced here to plain strings: empty is "", numbers are +E.164, the requested FOC is an ISO date.
A platform adapter reads the same names off its own records (platform/sync/fields.py for the
platform PortDesk talks to). Values may hold the PIN in clear: callers keep them out of logs and
encrypt the PIN before storing them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from portdesk.domain.case import Address, PortCase, PortType, RemainingAction

DRAFT_FIELDS = (
    "account_name", "authorized_name", "account_number", "pin", "btn",
    "service_address.line1", "service_address.line2", "service_address.city",
    "service_address.state", "service_address.postal_code", "port_type", "remaining_action",
    "new_btn", "requested_date", "port_texts",
)
# A field's value on a base saved before the field was a draft field: what the platform holds
# when nobody set it (the description's default), so an order set on the platform is taken and
# an edit made here is sent, never flagged as changed on both sides.
DEFAULTS = {"port_texts": "false"}
SECRET_FIELDS = frozenset({"pin"})
LABELS = {
    "account_name": "customer name", "authorized_name": "authorized person",
    "account_number": "account number", "pin": "PIN", "btn": "BTN",
    "service_address.line1": "service address", "service_address.line2": "suite / unit",
    "service_address.city": "city", "service_address.state": "state",
    "service_address.postal_code": "ZIP code", "port_type": "port type",
    "remaining_action": "remaining numbers", "new_btn": "new BTN",
    "requested_date": "requested date", "port_texts": "texts (messaging)",
}


def case_values(case: PortCase) -> dict[str, str]:
    address = case.service_address
    return {
        "account_name": case.account_name, "authorized_name": case.authorized_name,
        "account_number": case.account_number, "pin": case.pin, "btn": case.btn,
        "service_address.line1": address.line1, "service_address.line2": address.line2,
        "service_address.city": address.city, "service_address.state": address.state,
        "service_address.postal_code": address.postal_code,
        "port_type": case.port_type.value,
        "remaining_action": case.remaining_action.value if case.remaining_action else "",
        "new_btn": case.new_btn,
        "requested_date": case.requested_date.isoformat() if case.requested_date else "",
        "port_texts": "true" if case.port_texts else "false",
    }


def with_values(case: PortCase, values: dict[str, str]) -> PortCase:
    """The case with some draft fields set from plain values (as `case_values` gives them)."""
    changes: dict[str, Any] = {}
    address = case.service_address
    for name, value in values.items():
        if name.startswith("service_address."):
            address = replace(address, **{name.split(".", 1)[1]: value})
        elif name == "port_type":
            changes[name] = PortType(value or PortType.FULL.value)
        elif name == "remaining_action":
            changes[name] = RemainingAction(value) if value else None
        elif name == "requested_date":
            changes[name] = date.fromisoformat(value) if value else None
        elif name == "port_texts":
            changes[name] = texts_value(value)
        elif name in DRAFT_FIELDS:
            changes[name] = value
    if address != case.service_address:
        changes["service_address"] = Address(**{**address.to_dict(), "country": address.country})
    return replace(case, **changes)


def texts_value(value: str) -> bool:
    """`port_texts` from its plain value: "true" or "false" ("" is the platform's default,
    false); anything else is no value PortDesk can hold (the merge makes it a conflict)."""
    if value in ("true", "false", ""):
        return value == "true"
    raise ValueError(f"'{value}' is not true or false")

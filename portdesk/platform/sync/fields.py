"""The draft fields the specialist owns, as they appear on a case and on a platform order.

Conflict detection compares three versions of each field (as last synced, as now on the case, as now
on the platform), so both sides are reduced to the same plain strings here: empty is "", numbers
are +E.164, the requested FOC is a date. Values may hold the PIN in clear: callers keep them out of
logs and encrypt the PIN before storing them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from portdesk.domain.case import Address, PortCase, PortType, RemainingAction
from portdesk.platform.wire import Json, from_platform_number

# field -> path in the porting order JSON
PATHS: dict[str, tuple[str, ...]] = {
    "account_name": ("end_user", "admin", "entity_name"),
    "authorized_name": ("end_user", "admin", "auth_person_name"),
    "account_number": ("end_user", "admin", "account_number"),
    "pin": ("end_user", "admin", "pin_passcode"),
    "btn": ("end_user", "admin", "billing_phone_number"),
    "service_address.line1": ("end_user", "location", "street_address"),
    "service_address.line2": ("end_user", "location", "extended_address"),
    "service_address.city": ("end_user", "location", "locality"),
    "service_address.state": ("end_user", "location", "administrative_area"),
    "service_address.postal_code": ("end_user", "location", "postal_code"),
    "port_type": ("misc", "type"),
    "remaining_action": ("misc", "remaining_numbers_action"),
    "new_btn": ("misc", "new_billing_phone_number"),
    "requested_date": ("activation_settings", "foc_datetime_requested"),
}
DRAFT_FIELDS = tuple(PATHS)
SECRET_FIELDS = frozenset({"pin"})
_NUMBER_FIELDS = frozenset({"btn", "new_btn"})
LABELS = {
    "account_name": "customer name", "authorized_name": "authorized person",
    "account_number": "account number", "pin": "PIN", "btn": "BTN",
    "service_address.line1": "service address", "service_address.line2": "suite / unit",
    "service_address.city": "city", "service_address.state": "state",
    "service_address.postal_code": "ZIP code", "port_type": "port type",
    "remaining_action": "remaining numbers", "new_btn": "new BTN",
    "requested_date": "requested date",
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
    }


def order_values(order: Json) -> dict[str, str]:
    out = {}
    for name, path in PATHS.items():
        value: Any = order
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        out[name] = _plain(name, value)
    if not out["port_type"]:
        out["port_type"] = PortType.FULL.value  # the platform's default when misc is unset
    return out


def _plain(name: str, value: Any) -> str:
    if value is None:
        return ""
    text = str(value).strip()
    if not text:
        return ""
    if name in _NUMBER_FIELDS:
        return from_platform_number(text)
    if name == "requested_date":
        return text[:10]
    return text


def with_values(case: PortCase, values: dict[str, str]) -> PortCase:
    """The case with some draft fields set from plain values (as `order_values` gives them)."""
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
        elif name in PATHS:
            changes[name] = value
    if address != case.service_address:
        changes["service_address"] = Address(**{**address.to_dict(), "country": address.country})
    return replace(case, **changes)

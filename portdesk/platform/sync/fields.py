"""The draft fields (domain/draft_fields.py) as they sit in a porting order's JSON.

The platform's order is reduced to the same plain strings as the case (empty is "", numbers are
+E.164, the requested FOC is a date), so the sync compares like with like.
"""

from __future__ import annotations

from datetime import UTC, tzinfo
from typing import Any

from portdesk.domain.case import PortType
from portdesk.domain.draft_fields import DRAFT_FIELDS
from portdesk.domain.platform_dates import platform_day
from portdesk.platform.errors import MalformedResponse
from portdesk.platform.wire import Json, from_platform_number, parse_time

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
    "port_texts": ("messaging", "enable_messaging"),
}
assert tuple(PATHS) == DRAFT_FIELDS, "every draft field has its place in the order"
_NUMBER_FIELDS = frozenset({"btn", "new_btn"})


def order_values(order: Json, zone: tzinfo | None = UTC) -> dict[str, str]:
    """`zone`: where the requested FOC date-time is read as a day (domain.platform_dates)."""
    out = {}
    for name, path in PATHS.items():
        value: Any = order
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        out[name] = _plain(name, value, zone)
    if not out["port_type"]:
        out["port_type"] = PortType.FULL.value  # the platform's default when misc is unset
    if not out["port_texts"]:
        out["port_texts"] = "false"  # the description's default: texts stay where they are
    return out


def _plain(name: str, value: Any, zone: tzinfo | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value).strip()
    if not text:
        return ""
    if name in _NUMBER_FIELDS:
        return from_platform_number(text)
    if name == "requested_date":
        return _day(text, zone)
    return text


def _day(text: str, zone: tzinfo | None) -> str:
    """The requested FOC's day; a value that is no time is kept as its first ten characters
    (what it was compared by before), so a strange answer shows as a difference, not a crash."""
    try:
        moment = parse_time(text, "a requested FOC date")
    except MalformedResponse:
        return text[:10]
    return platform_day(moment, zone).isoformat() if moment else ""

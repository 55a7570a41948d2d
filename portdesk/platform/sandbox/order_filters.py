"""`GET /porting_orders` filters as the description lists them, applied to the sandbox's orders.

The sandbox read `customer_reference` and `phone_numbers.phone_number.contains`, took
`customer_group_reference` without applying it, and ignored the other eight: a client filtering
on any of them got every order back, which no platform following its description does. The
client itself sends `customer_reference` only; the others are doubled so that a request of the
description's shape gets the description's answer (session 19).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import phonenumbers

from portdesk.platform.sandbox.clock import parse_iso
from portdesk.platform.sandbox.errors import unprocessable
from portdesk.platform.sandbox.state import Json

_TEXT = {"type": "string"}
# the described filter[...] names (dots for brackets), with their schemas
SCHEMAS: dict[str, dict[str, Any]] = {
    "customer_reference": _TEXT, "customer_group_reference": _TEXT,
    "parent_support_key": _TEXT, "phone_numbers.phone_number.contains": _TEXT,
    "phone_numbers.carrier_name": _TEXT, "phone_numbers.country_code": _TEXT,
    "end_user.admin.auth_person_name": _TEXT, "end_user.admin.entity_name": _TEXT,
    "misc.type": {"type": "string", "enum": ["full", "partial"]},
    "activation_settings.fast_port_eligible": {"type": "boolean"},
    "activation_settings.foc_datetime_requested.gt": _TEXT,
    "activation_settings.foc_datetime_requested.lt": _TEXT,
}


def _at(order: Json, path: str) -> Any:
    node: Any = order
    for part in path.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node


def _moment(text: Any, name: str) -> datetime | None:
    try:
        return parse_iso(str(text)) if text else None
    except ValueError:
        raise unprocessable(f"{text!r} is not a date-time", parameter=f"filter[{name}]") \
            from None


def _countries(order: Json) -> set[str]:
    out = set()
    for number in order.get("phone_numbers") or []:
        try:
            region = phonenumbers.region_code_for_number(phonenumbers.parse(
                str(number.get("phone_number") if isinstance(number, dict) else number)))
        except phonenumbers.NumberParseException:
            continue
        if region:
            out.add(region.upper())
    return out


def _foc(order: Json) -> datetime | None:
    return _moment(_at(order, "activation_settings.foc_datetime_requested"), "")


def _test(name: str, value: str) -> Callable[[Json], bool]:
    if name == "phone_numbers.phone_number.contains":
        return lambda o: any(value in str(n.get("phone_number") or "")
                             for n in o.get("phone_numbers") or [] if isinstance(n, dict))
    if name == "phone_numbers.carrier_name":  # "Filter results by old service provider"
        return lambda o: str(o.get("old_service_provider_ocn") or "") == value
    if name == "phone_numbers.country_code":
        return lambda o: value.upper() in _countries(o)
    if name == "activation_settings.fast_port_eligible":
        return lambda o: _at(o, name) is (value == "true")
    if name.startswith("activation_settings.foc_datetime_requested."):
        bound = _moment(value, name)
        later = name.endswith(".gt")
        return lambda o: (foc := _foc(o)) is not None and bound is not None and (
            foc > bound if later else foc < bound)
    return lambda o: str(_at(o, name) or "") == value


def matching(orders: list[Json], found: dict[str, str]) -> list[Json]:
    """The orders every given filter keeps (`found`: name -> the value as sent)."""
    tests = [_test(name, value) for name, value in found.items()]
    return [o for o in orders if all(test(o) for test in tests)]

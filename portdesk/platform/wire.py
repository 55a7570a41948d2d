"""The edge between PortDesk's model and the platform's JSON: numbers, times, order payloads.

The platform writes numbers as +E.164, but examples in the wild also show bare digits
("13035550987"); everything that crosses here comes out as +E.164 and goes in as +E.164.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from portdesk.domain.case import PortCase
from portdesk.platform.errors import MalformedResponse

Json = dict[str, Any]
_DIGITS = re.compile(r"\D")


def to_platform_number(e164: str) -> str:
    digits = _DIGITS.sub("", e164)
    if not digits:
        raise ValueError(f"'{e164}' has no digits")
    return "+" + digits


def from_platform_number(raw: str) -> str:
    """+E.164 from what the platform wrote; 10 bare digits are taken as NANP."""
    digits = _DIGITS.sub("", raw)
    if len(digits) == 10:
        digits = "1" + digits
    return "+" + digits


def parse_time(raw: Any, what: str) -> datetime | None:
    if raw is None or raw == "":
        return None
    if not isinstance(raw, str):
        raise MalformedResponse(f"the platform sent {what} as {type(raw).__name__}, not a time")
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise MalformedResponse(f"the platform sent {what} '{raw}', which is not a time") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def format_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def order_fields(case: PortCase) -> Json:
    """The UpdatePortingOrder body for a case's draft fields (PATCH merges, so send them all).

    The requested FOC is not among them: it is sent as a moment inside an allowed window, chosen
    by its day on the desk's porting clock (services.sync_steps.choose_window). A fixed 14:00Z
    written here (never sent: the update dropped it) named the next day east of UTC+10."""
    address = case.service_address
    body: Json = {
        "customer_reference": case.reference,
        "end_user": {
            "admin": {
                "entity_name": case.account_name or None,
                "auth_person_name": case.authorized_name or None,
                "account_number": case.account_number or None,
                "pin_passcode": case.pin or None,
                "billing_phone_number": to_platform_number(case.btn) if case.btn else None,
            },
            "location": {
                "street_address": address.line1 or None,
                "extended_address": address.line2 or None,
                "locality": address.city or None,
                "administrative_area": address.state or None,
                "postal_code": address.postal_code or None,
                "country_code": address.country or case.country,
            },
        },
        "misc": {
            "type": case.port_type.value,
            "remaining_numbers_action": case.remaining_action.value
            if case.remaining_action else None,
            "new_billing_phone_number": to_platform_number(case.new_btn) if case.new_btn else None,
        },
        # written out either way: PATCH keeps what it is not sent, and the platform's value
        # is the desk's (read back by the sync, merged as any draft field)
        "messaging": {"enable_messaging": case.port_texts},
    }
    return body


def require(data: Json, key: str, kind: type, what: str) -> Any:
    value = data.get(key)
    if not isinstance(value, kind):
        raise MalformedResponse(f"the platform's {what} has no valid '{key}'")
    return value

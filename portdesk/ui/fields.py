"""The editor's fields as data: how each is read from and written to a case, and how it is checked.

Pure Python (no widgets) so formatting and validation are tested directly, and the undo stack and
the recovery journal speak the same field names as the store's audit log.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from portdesk.domain.case import (
    CA_PROVINCES,
    US_STATES,
    Address,
    CaseKind,
    CaseNumber,
    CustomerType,
    NumberStatus,
    PortCase,
    PortType,
    RemainingAction,
)
from portdesk.domain.kind_fields import requested_date_lead
from portdesk.domain.number_paste import kind_label
from portdesk.domain.numbers import InvalidNumber, format_display, parse_number
from portdesk.domain.schedule import business_days_between, is_business_day
from portdesk.domain.words import counted

TEXT_FIELDS = ("account_name", "authorized_name", "authorized_title", "account_number", "pin",
               "losing_carrier", "assignee", "contact_email", "notes")
PHONE_FIELDS = ("btn", "new_btn", "contact_phone", "temporary_number")
ADDRESS_PARTS = ("line1", "line2", "city", "state", "postal_code")
ENUM_FIELDS = {"customer_type": CustomerType, "port_type": PortType,
               "remaining_action": RemainingAction}
STATES = sorted({*US_STATES, *CA_PROVINCES})
_ZIP = re.compile(r"^\d{5}(-\d{4})?$")
_POSTAL_CA = re.compile(r"^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def get_value(case: PortCase, name: str) -> Any:
    """Field value by editor name; `service_address.city` reaches into the address."""
    if name.startswith("service_address."):
        return getattr(case.service_address, name.split(".", 1)[1])
    return getattr(case, name)


def set_value(case: PortCase, name: str, value: Any) -> PortCase:
    if name.startswith("service_address."):
        part = name.split(".", 1)[1]
        return replace(case, service_address=replace(case.service_address, **{part: value}))
    return replace(case, **{name: value})


def format_partial_phone(text: str) -> str:
    """NPA-NXX-XXXX as the digits are typed; anything international is left as typed."""
    stripped = text.strip()
    if stripped.startswith("+") and not stripped.startswith("+1"):
        return text
    digits = re.sub(r"\D", "", stripped)
    if stripped.startswith("+1") or (len(digits) == 11 and digits.startswith("1")):
        digits = digits[1:]
    if len(digits) > 10 or not digits:
        return text
    if len(digits) <= 3:
        return digits
    if len(digits) <= 6:
        return f"{digits[:3]}-{digits[3:]}"
    return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"


def phone_to_e164(text: str) -> tuple[str, str]:
    """(E.164 or "", problem or "") for a typed phone field; empty is allowed."""
    if not text.strip():
        return "", ""
    try:
        return parse_number(text).e164, ""
    except InvalidNumber as exc:
        return "", str(exc)


def phone_display(e164: str) -> str:
    return format_display(e164) if e164 else ""


def check_zip(value: str, state: str) -> str:
    v = value.strip()
    if not v:
        return ""
    if state in CA_PROVINCES:
        return "" if _POSTAL_CA.match(v) else "A Canadian postal code looks like K1A 0B1."
    return "" if _ZIP.match(v) else "A ZIP code has 5 digits (or ZIP+4: 12345-6789)."


def check_state(value: str) -> str:
    return "" if not value or value in STATES else f"'{value}' is not a US state or province code."


def check_email(value: str) -> str:
    return "" if not value or _EMAIL.match(value.strip()) else "Not an e-mail address."


def check_requested_date(value: date | None, today: date, kind: CaseKind | None = None) -> str:
    """The date's inline message; the lead time is the kind's (kind_fields.requested_date_lead:
    a transfer has no carrier to give 7 business days)."""
    if value is None:
        return ""
    if not is_business_day(value):
        return "A weekend or federal holiday: pick a business day."
    ahead = business_days_between(today, value)
    lead, who = requested_date_lead(kind)
    if ahead < lead:
        return f"Only {counted(ahead, 'business day')} out; {who}."
    if ahead > 30:
        return f"{ahead} business days out; at most 30 are accepted."
    return ""


def check_field(case: PortCase, name: str, today: date) -> str:
    """The inline message for one field ("" when fine)."""
    value = get_value(case, name)
    if name == "service_address.postal_code":
        return check_zip(value, case.service_address.state)
    if name == "service_address.state":
        return check_state(value)
    if name == "contact_email":
        return check_email(value)
    if name == "requested_date":
        return check_requested_date(value, today, case.kind)
    if name == "account_name" and value != value.strip():
        return "Leading or trailing spaces: copy the name exactly as the carrier has it."
    return ""


def merge_numbers(current: tuple[CaseNumber, ...], parsed: list[Any]) -> tuple[tuple[CaseNumber,
                                                                                      ...], int]:
    """Append parsed numbers not already on the case; returns (numbers, how many were added)."""
    have = {n.e164 for n in current}
    added = [CaseNumber(p.e164, p.kind, country=p.country) for p in parsed if p.e164 not in have]
    return current + tuple(added), len(added)


def number_row(n: CaseNumber) -> tuple[str, str, str, str]:
    kind = kind_label(n.kind, n.country)  # "Local" only for geographic NANP numbers
    status = n.status.value.replace("_", " ").capitalize()
    return format_display(n.e164), kind, status, n.rejection_code or ""


def rejected(numbers: tuple[CaseNumber, ...]) -> list[str]:
    return [n.e164 for n in numbers if n.status == NumberStatus.REJECTED]


def address_text(a: Address) -> str:
    return a.one_line()

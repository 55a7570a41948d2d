"""The JSON "entries" shape shared by import, LOA filling and the bill check, turned into cases.

Every problem in an entry is collected (not just the first) so a specialist can fix a file in one go.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from portdesk.domain.address_country import infer_country
from portdesk.domain.case import (
    CA_PROVINCES,
    US_STATES,
    Address,
    CaseKind,
    CaseNumber,
    CustomerType,
    PortCase,
    PortType,
    RemainingAction,
    carrier_is_wireless,
)
from portdesk.domain.errors import PortDeskError
from portdesk.domain.numbers import InvalidNumber, NumberKind, parse_number

ENTRY_FIELDS = (
    "account_name", "authorized_name", "authorized_title", "account_number", "pin", "btn",
    "numbers", "carrier", "service_address", "billing_address", "port_type", "requested_date",
    "customer_type", "kind", "contact_phone", "contact_email",
)
OPTIONAL_EXTRA = ("remaining_action", "remaining_numbers", "new_btn", "notes", "assignee",
                  "temporary_number", "port_texts")
# how a file may write a yes / no (a spreadsheet's TRUE, a form's "yes", JSON's true); empty is
# the field's default
_YES = frozenset({"true", "yes", "y", "1"})
_NO = frozenset({"false", "no", "n", "0"})
ADDRESS_FIELDS = ("line1", "line2", "city", "state", "postal_code")
_ZIP_RE = re.compile(r"^\d{5}(-\d{4})?$")
_CA_POSTAL_RE = re.compile(r"^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class EntryError(PortDeskError, ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class EntryProblem:
    line: int
    reason: str


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def parse_address(raw: Any, label: str, problems: list[str],
                  numbers_country: str | None = None) -> Address | None:
    """An address; without a country, its state, its postcode or the numbers say which."""
    if raw is None or raw == "":
        return None
    if not isinstance(raw, Mapping):
        problems.append(f"{label} must be an object with line1, line2, city, state, postal_code")
        return None
    values = {k: _text(raw.get(k)) for k in ADDRESS_FIELDS}
    if not any(values.values()):
        return None
    state = values["state"].upper()
    if state and len(state) > 2:
        by_name = {v.upper(): k for k, v in US_STATES.items()}
        state = by_name.get(state, state)
    country = _text(raw.get("country")).upper() or infer_country(
        state, values["postal_code"], numbers_country)
    if country == "US" and state and state not in US_STATES:
        if state in CA_PROVINCES:
            country = "CA"
        else:
            problems.append(f"{label}.state '{values['state']}' is not a US state or territory")
    postal = values["postal_code"]
    if postal and country == "US" and not _ZIP_RE.match(postal):
        problems.append(f"{label}.postal_code '{postal}' is not a ZIP (12345 or 12345-6789)")
    if postal and country == "CA" and not _CA_POSTAL_RE.match(postal):
        problems.append(f"{label}.postal_code '{postal}' is not a Canadian postal code")
    if not values["line1"]:
        problems.append(f"{label}.line1 (street) is missing")
    return Address(values["line1"], values["line2"], values["city"], state, postal, country)


def _enum(raw: Any, enum: Any, label: str, default: Any, problems: list[str]) -> Any:
    text = _text(raw).lower().replace("-", "_").replace(" ", "_")
    if not text:
        return default
    try:
        return enum(text)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        problems.append(f"{label} '{raw}' is not one of: {allowed}")
        return default


def _date(raw: Any, label: str, problems: list[str]) -> date | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(_text(raw)[:10])
    except ValueError:
        problems.append(f"{label} '{raw}' is not a date (YYYY-MM-DD)")
        return None


def _numbers(raw: Any, wireless: bool, problems: list[str]) -> list[CaseNumber]:
    if isinstance(raw, str):
        items: list[Any] = [p for p in re.split(r"[;,\n]+", raw) if p.strip()]
    elif isinstance(raw, list | tuple):
        items = list(raw)
    elif raw is None:
        items = []
    else:
        problems.append("numbers must be a list of phone numbers")
        return []
    out: dict[str, CaseNumber] = {}
    for item in items:
        try:
            parsed = parse_number(_text(item))
        except InvalidNumber as exc:
            problems.append(f"number {exc}")
            continue
        kind = parsed.kind
        if wireless and kind == NumberKind.FIXED and parsed.country in ("US", "CA"):
            kind = NumberKind.MOBILE
        out.setdefault(parsed.e164, CaseNumber(parsed.e164, kind, country=parsed.country))
    if not out and not any("number" in p for p in problems):
        problems.append("numbers: at least one phone number is required")
    return list(out.values())


def _single_number(raw: Any, label: str, problems: list[str]) -> str:
    text = _text(raw)
    if not text:
        return ""
    try:
        return parse_number(text).e164
    except InvalidNumber as exc:
        problems.append(f"{label}: {exc}")
        return ""


def _remaining(raw: Any, problems: list[str]) -> tuple[str, ...]:
    """Partial port: the numbers that stay with the current carrier (E.164), in the order given."""
    if raw is None or raw == "" or raw == []:
        return ()
    items = [p for p in re.split(r"[;,\n]+", raw) if p.strip()] if isinstance(raw, str) else \
        list(raw) if isinstance(raw, list | tuple) else None
    if items is None:
        problems.append("remaining_numbers must be a list of phone numbers")
        return ()
    return tuple(dict.fromkeys(_single_number(item, "remaining_numbers", problems)
                               for item in items if _text(item)))


_MASK_CHARS = frozenset("•●·*")  # how PortDesk (mask_secret) and its logs hide a PIN


def _pin(raw: Any, problems: list[str]) -> str:
    """The PIN, never a mask of one: an export without --include-secrets writes '••••', and
    imported back (or filled into a carrier's LOA) that mask became the case's PIN, sent to
    the carrier as if it were the customer's."""
    pin = _text(raw)
    if pin and set(pin) <= _MASK_CHARS:
        problems.append(f"pin '{pin}' is a mask, not a PIN (an export without "
                        "--include-secrets hides it): give the PIN, or leave pin empty")
    return pin


def _yes_no(raw: Any, label: str, problems: list[str]) -> bool:
    """A yes / no; empty is no (the platform's default). Anything else is a problem, never
    read as either: a port's texts are no place for a guess."""
    if isinstance(raw, bool):
        return raw
    text = _text(raw).lower()
    if not text or text in _NO:
        return False
    if text in _YES:
        return True
    problems.append(f"{label} '{raw}' is not yes or no (true / false)")
    return False


def case_from_entry(entry: Mapping[str, Any]) -> PortCase:
    """Build a draft case from one entry; raises EntryError listing every problem found."""
    problems: list[str] = []
    if not isinstance(entry, Mapping):
        raise EntryError(["each entry must be an object"])
    name = _text(entry.get("account_name"))
    if not name:
        problems.append("account_name is missing")
    carrier = _text(entry.get("carrier") or entry.get("losing_carrier"))
    numbers = _numbers(entry.get("numbers"), carrier_is_wireless(carrier), problems)
    email = _text(entry.get("contact_email"))
    if email and not _EMAIL_RE.match(email):
        problems.append(f"contact_email '{email}' is not an e-mail address")
    remaining = _enum(entry.get("remaining_action"), RemainingAction, "remaining_action", None,
                      problems)
    home = numbers[0].country if numbers else None
    case = PortCase(
        account_name=name,
        numbers=tuple(numbers),
        kind=_enum(entry.get("kind"), CaseKind, "kind", CaseKind.PORT_IN, problems),
        customer_type=_enum(entry.get("customer_type"), CustomerType, "customer_type",
                            CustomerType.BUSINESS, problems),
        authorized_name=_text(entry.get("authorized_name")),
        authorized_title=_text(entry.get("authorized_title")),
        account_number=_text(entry.get("account_number")),
        pin=_pin(entry.get("pin"), problems),
        btn=_single_number(entry.get("btn"), "btn", problems),
        losing_carrier=carrier,
        service_address=parse_address(entry.get("service_address"), "service_address", problems,
                                      home) or Address(),
        billing_address=parse_address(entry.get("billing_address"), "billing_address", problems,
                                      home),
        port_type=_enum(entry.get("port_type"), PortType, "port_type", PortType.FULL, problems),
        remaining_action=remaining,
        remaining_numbers=_remaining(entry.get("remaining_numbers"), problems),
        new_btn=_single_number(entry.get("new_btn"), "new_btn", problems),
        requested_date=_date(entry.get("requested_date"), "requested_date", problems),
        contact_phone=_single_number(entry.get("contact_phone"), "contact_phone", problems),
        contact_email=email,
        notes=_text(entry.get("notes")),
        assignee=_text(entry.get("assignee")),
        temporary_number=_single_number(entry.get("temporary_number"), "temporary_number",
                                         problems),
        port_texts=_yes_no(entry.get("port_texts"), "port_texts", problems),
        country=numbers[0].country if numbers else "US",
    )
    if problems:
        raise EntryError(problems)
    return case


def entry_from_case(case: PortCase, include_secrets: bool = False) -> dict[str, Any]:
    """The entry shape of a case (export, round trip). The PIN is masked unless asked for."""
    from portdesk.domain.case import mask_secret

    def addr(a: Address | None) -> dict[str, str] | None:
        return None if a is None or a.is_empty() else a.to_dict()

    return {
        "reference": case.reference,
        "status": case.status.value,
        "kind": case.kind.value,
        "customer_type": case.customer_type.value,
        "account_name": case.account_name,
        "authorized_name": case.authorized_name,
        "authorized_title": case.authorized_title,
        "account_number": case.account_number,
        "pin": case.pin if include_secrets else mask_secret(case.pin),
        "btn": case.btn,
        "numbers": case.number_e164s,
        "carrier": case.losing_carrier,
        "service_address": addr(case.service_address),
        "billing_address": addr(case.billing_address),
        "port_type": case.port_type.value,
        "remaining_action": case.remaining_action.value if case.remaining_action else None,
        "new_btn": case.new_btn,
        "requested_date": case.requested_date.isoformat() if case.requested_date else None,
        "foc_date": case.foc_date.isoformat() if case.foc_date else None,
        "contact_phone": case.contact_phone,
        "contact_email": case.contact_email,
        "assignee": case.assignee,
        "notes": case.notes,
        "port_texts": case.port_texts,
    }

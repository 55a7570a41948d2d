"""What an LOA carries, as named values: the vocabulary shared by the letter, forms and mappings.

Values are kept as the carrier reads them (NPA-NXX-XXXX, the address in the customer's country's
order) and dates as dates: a form decides their written order (MM/DD/YYYY in the US, DD/MM/YYYY
in Europe, YYYY-MM-DD in Canada, or the boxes it prints), so a date is formatted where it is placed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from portdesk.domain.case import Address, CustomerType, PortCase, PortType, RemainingAction
from portdesk.domain.numbers import NumberKind, format_display


class LoaField(StrEnum):
    ACCOUNT_NAME = "account_name"
    AUTHORIZED_NAME = "authorized_name"
    AUTHORIZED_TITLE = "authorized_title"
    ACCOUNT_NUMBER = "account_number"
    PIN = "pin"
    BTN = "btn"
    CARRIER = "carrier"
    SERVICE_ADDRESS = "service_address"
    STREET = "street"
    SUITE = "suite"
    CITY = "city"
    STATE = "state"
    POSTAL_CODE = "postal_code"
    LOCALITY = "locality"  # one blank for "City, State, ZIP" or "Town / County"
    BILLING_ADDRESS = "billing_address"
    BILLING_STREET = "billing_street"
    BILLING_CITY = "billing_city"
    BILLING_STATE = "billing_state"
    BILLING_POSTAL_CODE = "billing_postal_code"
    REQUESTED_DATE = "requested_date"
    DATE_SIGNED = "date_signed"
    CONTACT_PHONE = "contact_phone"
    CONTACT_EMAIL = "contact_email"
    NEW_BTN = "new_btn"
    NUMBER = "number"  # numbered slots: the numbers to port, in printed order
    NUMBERS = "numbers"  # one box for all of them
    REMAINING_NUMBERS = "remaining_numbers"  # partial port: the numbers that stay
    NUMBER_COUNT = "number_count"
    REMAINING_NUMBER = "remaining_number"  # slots for the numbers that stay, one per slot
    PORT_CHOICE = "port_choice"  # a numbers table's "Keep / Port" cell: the header's "Port"
    AREA_CODE = "area_code"  # a numbers table's "Vorwahl" cell: its row's area code
    SIGNATURE = "signature"
    FULL_PORT = "full_port"  # tick boxes
    PARTIAL_PORT = "partial_port"
    BUSINESS = "business"
    RESIDENTIAL = "residential"
    TOLL_FREE = "toll_free"
    BTN_PORTED = "btn_ported"  # "Are you porting the BTN? Yes"
    BTN_STAYS = "btn_stays"


CHECKBOX_FIELDS = frozenset({LoaField.FULL_PORT, LoaField.PARTIAL_PORT, LoaField.BUSINESS,
                             LoaField.RESIDENTIAL, LoaField.TOLL_FREE, LoaField.BTN_PORTED,
                             LoaField.BTN_STAYS})
TEXT_FIELDS = frozenset(LoaField) - CHECKBOX_FIELDS
DATE_FIELDS = frozenset({LoaField.REQUESTED_DATE, LoaField.DATE_SIGNED})
LIST_FIELDS = frozenset({LoaField.NUMBERS, LoaField.REMAINING_NUMBERS})
SIGNING_FIELDS = frozenset({LoaField.SIGNATURE, LoaField.DATE_SIGNED})  # placed when signing
_NANP = frozenset({"US", "CA", "PR", "VI", "GU", "AS", "MP"})
_TOWN_FIRST = frozenset({"GB", "IE", "GG", "JE", "IM", "AU", "NZ"})  # "Dublin 2, D02 XY45"


def date_format_for(country: str, language: str = "") -> str:
    """How a date is written on a form for this country (and the form's language)."""
    if country == "US" or (country in _NANP and country != "CA"):
        return "%m/%d/%Y"
    if country in ("CA", "SE", "LT"):
        return "%Y-%m-%d"  # unambiguous in English and French Canada; the national way in Sweden
    if country in ("DE", "AT", "CH") or (language == "de" and country not in ("BE",)):
        return "%d.%m.%Y"
    if country in ("NL", "DK"):
        return "%d-%m-%Y"  # Danish forms print "DD-MM-ÅÅÅÅ"
    if country == "HU":
        return "%Y.%m.%d."  # year first, each part closed by a dot
    if country in ("RO", "FI", "AX", "CZ", "SK", "EE", "LV", "HR", "SI", "IS", "TR", "FO",
                   "BG", "RS", "BA", "ME", "MK", "UA", "PL", "NO"):
        return "%d.%m.%Y"  # day, month and year parted by dots in central, eastern and northern
        # Europe (Croatia closes the year with a dot too; a dotless date is read the same)
    return "%d/%m/%Y"


@dataclass(frozen=True, slots=True)
class LoaValues:
    """The values to write, in the form a carrier reads them; dates kept as dates."""

    text: dict[LoaField, str] = field(default_factory=dict)
    numbers: tuple[str, ...] = ()
    checks: dict[LoaField, bool] = field(default_factory=dict)
    toll_free: bool = False
    country: str = "US"  # the customer's (numbers') country: decides how dates are written
    dates: dict[LoaField, date] = field(default_factory=dict)
    remaining: tuple[str, ...] = ()

    def get(self, key: LoaField) -> str:
        if key in DATE_FIELDS and key in self.dates:
            return self.dates[key].strftime(date_format_for(self.country))
        if key == LoaField.NUMBERS:
            return "\n".join(self.numbers)
        if key == LoaField.REMAINING_NUMBERS:
            return "\n".join(self.remaining)
        if key == LoaField.NUMBER_COUNT:
            return str(len(self.numbers)) if self.numbers else ""
        return self.text.get(key, "")

    def has(self, key: LoaField) -> bool:
        if key in CHECKBOX_FIELDS:
            return key in self.checks
        return bool(self.get(key))


def format_date(value: date | None) -> str:
    return value.strftime("%m/%d/%Y") if value else ""


def one_line(a: Address) -> str:
    """The address on one line in its country's order: '16 Main St, Springfield IL 62701' or
    'Rue de la Loi 16, 1000 Bruxelles'."""
    street = ", ".join(p for p in (a.line1, a.line2) if p)
    if a.country in _NANP:
        return a.one_line()
    if a.country in _TOWN_FIRST:
        return ", ".join(p for p in (street, a.city, a.state, a.postal_code) if p)
    town = " ".join(p for p in (a.postal_code, a.city) if p)
    return ", ".join(p for p in (street, town, a.state) if p)


def _address_text(prefix: str, a: Address | None) -> dict[LoaField, str]:
    if a is None or a.is_empty():
        return {}
    names = {"service": (LoaField.SERVICE_ADDRESS, LoaField.STREET, LoaField.CITY, LoaField.STATE,
                         LoaField.POSTAL_CODE),
             "billing": (LoaField.BILLING_ADDRESS, LoaField.BILLING_STREET, LoaField.BILLING_CITY,
                         LoaField.BILLING_STATE, LoaField.BILLING_POSTAL_CODE)}[prefix]
    out = dict(zip(names, (one_line(a), a.line1, a.city, a.state, a.postal_code), strict=True))
    if prefix == "service":
        out[LoaField.SUITE] = a.line2
    elif a.line2:
        out[LoaField.BILLING_STREET] = f"{a.line1}, {a.line2}"
    return out


def values_from_case(case: PortCase, date_signed: date | None = None) -> LoaValues:
    country = case.numbers[0].country if case.numbers else case.country
    text: dict[LoaField, str] = {
        LoaField.ACCOUNT_NAME: case.account_name,
        LoaField.AUTHORIZED_NAME: case.authorized_name,
        LoaField.AUTHORIZED_TITLE: case.authorized_title,
        LoaField.ACCOUNT_NUMBER: case.account_number,
        LoaField.PIN: case.pin,
        LoaField.BTN: format_display(case.btn) if case.btn else "",
        LoaField.CARRIER: case.losing_carrier,
        LoaField.CONTACT_PHONE: format_display(case.contact_phone) if case.contact_phone else "",
        LoaField.CONTACT_EMAIL: case.contact_email,
        LoaField.NEW_BTN: format_display(case.new_btn) if case.new_btn else "",
        **_address_text("service", case.service_address),
        **_address_text("billing", case.billing_address),
    }
    numbers = tuple(format_display(e) for e in case.number_e164s)
    partial = case.port_type == PortType.PARTIAL
    checks = {
        LoaField.FULL_PORT: not partial,
        LoaField.PARTIAL_PORT: partial,
        LoaField.BUSINESS: case.customer_type == CustomerType.BUSINESS,
        LoaField.RESIDENTIAL: case.customer_type == CustomerType.RESIDENTIAL,
        LoaField.TOLL_FREE: bool(case.numbers) and all(
            n.kind == NumberKind.TOLL_FREE for n in case.numbers),
    }
    if case.btn:
        checks[LoaField.BTN_PORTED] = case.btn in case.number_e164s
        checks[LoaField.BTN_STAYS] = case.btn not in case.number_e164s
    dates = {k: v for k, v in ((LoaField.REQUESTED_DATE, case.requested_date),
                               (LoaField.DATE_SIGNED, date_signed)) if v is not None}
    toll_free = any(n.kind == NumberKind.TOLL_FREE for n in case.numbers)
    remaining = tuple(format_display(e) for e in case.remaining_numbers)
    return LoaValues({k: v for k, v in text.items() if v}, numbers, checks, toll_free, country,
                     dates, remaining)


def remaining_text(action: RemainingAction | None) -> str:
    if action == RemainingAction.KEEP:
        return "Keep at the current carrier"
    if action == RemainingAction.DISCONNECT:
        return "Disconnect after the port"
    return "Not stated"

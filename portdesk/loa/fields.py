"""What an LOA carries, as named values: the vocabulary shared by the letter, forms and mappings.

Forms name the same thing a dozen ways ("BTN", "Billing Telephone Number", "Main number"): the
label patterns here are how a printed word, a tooltip or a widget name is recognised as one of ours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from portdesk.domain.case import CustomerType, PortCase, PortType, RemainingAction
from portdesk.domain.numbers import TOLL_FREE_NPAS, format_display


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
    REQUESTED_DATE = "requested_date"
    DATE_SIGNED = "date_signed"
    CONTACT_PHONE = "contact_phone"
    CONTACT_EMAIL = "contact_email"
    NEW_BTN = "new_btn"
    NUMBER = "number"  # numbered slots: the numbers to port, in printed order
    SIGNATURE = "signature"
    FULL_PORT = "full_port"  # checkboxes
    PARTIAL_PORT = "partial_port"
    BUSINESS = "business"
    RESIDENTIAL = "residential"


CHECKBOX_FIELDS = frozenset({LoaField.FULL_PORT, LoaField.PARTIAL_PORT, LoaField.BUSINESS,
                             LoaField.RESIDENTIAL})
TEXT_FIELDS = frozenset(LoaField) - CHECKBOX_FIELDS

# First match wins, so the specific patterns (checkboxes, "date signed") come before the broad ones.
LABEL_PATTERNS: dict[LoaField, tuple[str, ...]] = {
    LoaField.FULL_PORT: (r"\ball (my |of my |the )?numbers\b", r"\bfull port\b",
                         r"\bentire account\b"),
    LoaField.PARTIAL_PORT: (r"\bsome of (my|the) numbers\b", r"\bpartial port\b",
                            r"\bonly (transferring )?some\b"),
    LoaField.BUSINESS: (r"^business$", r"\bbusiness (customer|account)\b"),
    LoaField.RESIDENTIAL: (r"^residential$", r"\bresidential (customer|account)\b"),
    LoaField.SIGNATURE: (r"\bsignature\b", r"^signed\b", r"\bsign here\b"),
    LoaField.DATE_SIGNED: (r"^date$", r"^date signed", r"\bsignature date\b", r"^dated?\b$"),
    LoaField.REQUESTED_DATE: (r"\b(desired|requested|due|port|target)\b.*\bdate\b",
                              r"\bdue date\b", r"\bfoc\b"),
    LoaField.NEW_BTN: (r"\bnew (btn|billing telephone|main number)",),
    LoaField.BTN: (r"\bbtn\b", r"\batn\b", r"\bbilling telephone\b", r"\bbilling tel\b",
                   r"\bmain (tele)?phone number\b", r"\bmain number\b"),
    LoaField.PIN: (r"\bpin\b", r"\bpasscode\b", r"\bpass code\b", r"\bpassword\b",
                   r"\bsecurity code\b"),
    LoaField.ACCOUNT_NUMBER: (r"\baccount (no|num|number|#)", r"\bacct\b", r"^account$",
                              r"\baccount no\b"),
    LoaField.AUTHORIZED_TITLE: (r"\btitle\b", r"\bposition\b", r"\bjob\b"),
    LoaField.AUTHORIZED_NAME: (r"\b(authori[sz]ed|authori[sz]ing|signatory|print(ed)?)\b.*\bname\b",
                               r"\bprint name\b", r"\bcontact name\b", r"\bauthorized (person|user)\b",
                               r"^name of (authori|signer)"),
    LoaField.ACCOUNT_NAME: (r"\b(customer|company|business|account|subscriber|end user)\b.*\bname\b",
                            r"^name on (the )?account", r"^(business|company) name",
                            r"^customer$", r"^name$"),
    LoaField.CARRIER: (r"\b(current|losing|old|existing|donor|present)\b.*\b(carrier|provider|"
                       r"operator|reseller|company)\b", r"^carrier\b", r"\bto donor\b",
                       r"^(service )?provider$"),
    LoaField.CONTACT_EMAIL: (r"\be ?mail\b",),
    LoaField.CONTACT_PHONE: (r"\bcontact (tele)?(phone|number)\b", r"\bcallback\b",
                             r"\bcontact tel\b"),
    LoaField.SUITE: (r"\bsuite\b", r"\bapt\b", r"\bunit\b", r"\bfloor\b"),
    LoaField.POSTAL_CODE: (r"\bzip\b", r"\bpostal code\b", r"\bpost ?code\b", r"\beircode\b"),
    LoaField.STATE: (r"^state\b", r"\bprovince\b", r"\bstate/", r"^st$", r"\bcounty\b"),
    LoaField.CITY: (r"^city\b", r"\btown\b", r"\bcity\b"),
    LoaField.STREET: (r"^street\b", r"\bstreet address\b", r"^address line 1", r"^house\b"),
    LoaField.SERVICE_ADDRESS: (r"\bservice address\b", r"^address$", r"\bservice location\b",
                               r"\binstallation address\b", r"^address\b"),
    LoaField.NUMBER: (r"\b(tele)?phone numbers?\b", r"^numbers?\b", r"\btn\b"
                      r"\bnumbers? to (be )?port", r"\bdid\b"),
}
_COMPILED = {f: tuple(re.compile(p) for p in ps) for f, ps in LABEL_PATTERNS.items()}
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NON_WORD = re.compile(r"[^a-z0-9#/]+")


def normalise(text: str) -> str:
    """'PIN_or_Passcode2' -> 'pin or passcode': what the label patterns are written against."""
    text = _CAMEL.sub(" ", text or "")
    text = _NON_WORD.sub(" ", text.lower().replace("_", " "))
    text = re.sub(r"\b\d+\b", " ", text)
    return " ".join(text.split()).strip(" #/")


def match_label(text: str, allowed: frozenset[LoaField] | None = None) -> LoaField | None:
    """The first of our fields whose pattern the text matches; None for 'Text1' and friends."""
    norm = normalise(text)
    if not norm:
        return None
    for loa_field, patterns in _COMPILED.items():
        if allowed is not None and loa_field not in allowed:
            continue
        if any(p.search(norm) for p in patterns):
            return loa_field
    return None


@dataclass(frozen=True, slots=True)
class LoaValues:
    """The values to write, already in the form a carrier reads (NPA-NXX-XXXX, MM/DD/YYYY)."""

    text: dict[LoaField, str] = field(default_factory=dict)
    numbers: tuple[str, ...] = ()
    checks: dict[LoaField, bool] = field(default_factory=dict)
    toll_free: bool = False

    def get(self, key: LoaField) -> str:
        return self.text.get(key, "")


def format_date(value: date | None) -> str:
    return value.strftime("%m/%d/%Y") if value else ""


def values_from_case(case: PortCase, date_signed: date | None = None) -> LoaValues:
    a = case.service_address
    text: dict[LoaField, str] = {
        LoaField.ACCOUNT_NAME: case.account_name,
        LoaField.AUTHORIZED_NAME: case.authorized_name,
        LoaField.AUTHORIZED_TITLE: case.authorized_title,
        LoaField.ACCOUNT_NUMBER: case.account_number,
        LoaField.PIN: case.pin,
        LoaField.BTN: format_display(case.btn) if case.btn else "",
        LoaField.CARRIER: case.losing_carrier,
        LoaField.SERVICE_ADDRESS: a.one_line(),
        LoaField.STREET: a.line1,
        LoaField.SUITE: a.line2,
        LoaField.CITY: a.city,
        LoaField.STATE: a.state,
        LoaField.POSTAL_CODE: a.postal_code,
        LoaField.REQUESTED_DATE: format_date(case.requested_date),
        LoaField.DATE_SIGNED: format_date(date_signed),
        LoaField.CONTACT_PHONE: format_display(case.contact_phone) if case.contact_phone else "",
        LoaField.CONTACT_EMAIL: case.contact_email,
        LoaField.NEW_BTN: format_display(case.new_btn) if case.new_btn else "",
    }
    numbers = tuple(format_display(e) for e in case.number_e164s)
    checks = {
        LoaField.FULL_PORT: case.port_type == PortType.FULL,
        LoaField.PARTIAL_PORT: case.port_type == PortType.PARTIAL,
        LoaField.BUSINESS: case.customer_type == CustomerType.BUSINESS,
        LoaField.RESIDENTIAL: case.customer_type == CustomerType.RESIDENTIAL,
    }
    toll_free = any(e.startswith("+1") and e[2:5] in TOLL_FREE_NPAS for e in case.number_e164s)
    return LoaValues({k: v for k, v in text.items() if v}, numbers, checks, toll_free)


def remaining_text(action: RemainingAction | None) -> str:
    if action == RemainingAction.KEEP:
        return "Keep at the current carrier"
    if action == RemainingAction.DISCONNECT:
        return "Disconnect after the port"
    return "Not stated"

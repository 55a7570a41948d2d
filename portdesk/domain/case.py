"""The port case: one request to move a customer's numbers, as the specialist works it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from portdesk.domain.lifecycle import Status
from portdesk.domain.numbers import NumberKind
from portdesk.domain.sync_outcome import SyncOutcome


class CaseKind(StrEnum):
    PORT_IN = "port_in"
    PORT_OUT = "port_out"
    SUBACCOUNT_TRANSFER = "subaccount_transfer"


class ServiceType(StrEnum):
    WIRELINE = "wireline"
    WIRELESS = "wireless"
    TOLL_FREE = "toll_free"
    MIXED = "mixed"


class CustomerType(StrEnum):
    BUSINESS = "business"
    RESIDENTIAL = "residential"


class PortType(StrEnum):
    FULL = "full"
    PARTIAL = "partial"


class RemainingAction(StrEnum):
    KEEP = "keep"
    DISCONNECT = "disconnect"


class NumberStatus(StrEnum):
    PENDING = "pending"
    SUBMITTED = "submitted"
    FOC_CONFIRMED = "foc_confirmed"
    PORTED = "ported"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


US_STATES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "PR": "Puerto Rico", "GU": "Guam", "VI": "U.S. Virgin Islands", "AS": "American Samoa",
    "MP": "Northern Mariana Islands",
}
CA_PROVINCES = {"AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"}


@dataclass(frozen=True, slots=True)
class Address:
    line1: str = ""
    line2: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""
    country: str = "US"

    def is_empty(self) -> bool:
        return not any((self.line1, self.line2, self.city, self.state, self.postal_code))

    def one_line(self) -> str:
        street = ", ".join(p for p in (self.line1, self.line2) if p)
        tail = " ".join(p for p in (self.state, self.postal_code) if p)
        return ", ".join(p for p in (street, self.city, tail) if p)

    def to_dict(self) -> dict[str, str]:
        return {
            "line1": self.line1, "line2": self.line2, "city": self.city,
            "state": self.state, "postal_code": self.postal_code,
        }


@dataclass(frozen=True, slots=True)
class CaseNumber:
    e164: str
    kind: NumberKind = NumberKind.FIXED
    status: NumberStatus = NumberStatus.PENDING
    rejection_code: str | None = None
    country: str = "US"


@dataclass(frozen=True, slots=True)
class PortCase:
    """A case as plain data. The store hands these out; nothing here talks to a database."""

    account_name: str
    numbers: tuple[CaseNumber, ...] = ()
    reference: str = ""
    id: int | None = None
    kind: CaseKind = CaseKind.PORT_IN
    status: Status = Status.DRAFT
    platform_status: str | None = None  # raw value from the platform, kept even when unknown
    country: str = "US"
    customer_type: CustomerType = CustomerType.BUSINESS
    authorized_name: str = ""
    authorized_title: str = ""
    account_number: str = ""
    pin: str = ""  # secret: encrypted at rest, masked everywhere unless explicitly asked
    btn: str = ""  # E.164
    losing_carrier: str = ""
    service_address: Address = field(default_factory=Address)
    billing_address: Address | None = None
    port_type: PortType = PortType.FULL
    remaining_action: RemainingAction | None = None
    remaining_numbers: tuple[str, ...] = ()  # partial port: E.164 numbers that stay
    new_btn: str = ""
    requested_date: date | None = None
    foc_date: date | None = None
    platform_order_id: str | None = None
    platform_refs: tuple[str, ...] = ()
    temporary_number: str = ""
    # a port-in's texts (SMS/MMS): ported with the numbers, or left with the losing carrier.
    # The platform's `messaging.enable_messaging` on the order, false by default there ("any
    # messaging capabilities will stay with their current provider"); the same default here
    port_texts: bool = False
    assignee: str = ""
    notes: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    exception_code: str | None = None
    exception_detail: str = ""
    parent_id: int | None = None  # the case this one was split from
    service_type_override: ServiceType | None = None  # e.g. wireless: NANP numbers don't say
    sync_state: str = "local"  # local | pending | synced | failed | conflict
    sync_error: str = ""  # the platform's (or PortDesk's) words, shown only
    sync_outcome: SyncOutcome | None = None  # how it ended, as data: decisions read this
    created_at: datetime | None = None
    updated_at: datetime | None = None
    submitted_at: datetime | None = None
    version: int = 0

    @property
    def service_type(self) -> ServiceType:
        if self.service_type_override is not None:
            return self.service_type_override
        derived = service_type_of(self.numbers)
        if derived == ServiceType.WIRELINE and carrier_is_wireless(self.losing_carrier):
            return ServiceType.WIRELESS
        return derived

    @property
    def awaits_portout_answer(self) -> bool:
        """A port-out request from the platform nobody has authorized or rejected yet (the
        platform has it as submitted until then). One entered here (sample data, a note of a
        request heard by phone) has no order on the platform: there is nothing to answer."""
        return (self.kind == CaseKind.PORT_OUT and self.status == Status.SUBMITTED
                and bool(self.platform_order_id))

    @property
    def number_e164s(self) -> list[str]:
        return [n.e164 for n in self.numbers]

    def with_changes(self, **changes: object) -> PortCase:
        return replace(self, **changes)  # type: ignore[arg-type]


def service_type_of(numbers: tuple[CaseNumber, ...] | list[CaseNumber]) -> ServiceType:
    kinds = {n.kind for n in numbers}
    if not kinds:
        return ServiceType.WIRELINE
    if kinds == {NumberKind.TOLL_FREE}:
        return ServiceType.TOLL_FREE
    if kinds == {NumberKind.MOBILE}:
        return ServiceType.WIRELESS
    if NumberKind.TOLL_FREE in kinds or NumberKind.MOBILE in kinds:
        return ServiceType.MIXED
    return ServiceType.WIRELINE


def mask_secret(value: str) -> str:
    """What a PIN looks like everywhere it is not explicitly asked for."""
    return "••••" if value else ""


def format_reference(seq: int) -> str:
    return f"PD-{seq:06d}"


_WIRELESS_HINTS = ("wireless", "mobile", "mobility", "cellular", "cricket", "metro by", "boost",
                   "visible", "mint mobile", "straight talk", "tracfone", "us cellular")


def carrier_is_wireless(carrier: str) -> bool:
    """NANP numbers do not say whether they are mobile; the losing carrier usually does."""
    name = carrier.lower()
    return any(hint in name for hint in _WIRELESS_HINTS)

"""A realistic sample queue for a first look: every status, kind and service type, fictional numbers.

Numbers use the 555-0100..0199 range reserved for fiction, so nothing here can reach a real line.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import replace
from datetime import UTC, date, datetime

from portdesk.domain.case import (
    Address,
    CaseKind,
    CaseNumber,
    CustomerType,
    NumberStatus,
    PortCase,
    PortType,
    RemainingAction,
)
from portdesk.domain.errors import PortDeskError
from portdesk.domain.kind_fields import only_used
from portdesk.domain.lifecycle import Status
from portdesk.domain.moments import shown_stamp
from portdesk.domain.numbers import parse_number
from portdesk.domain.schedule import add_business_days, is_business_day
from portdesk.store.imports import ImportRecord
from portdesk.store.store import Store

_CUSTOMERS = [
    ("Harbor Dental Group LLC", "Maria Lopez", "Office Manager", CustomerType.BUSINESS),
    ("Blue Ridge Veterinary Clinic", "Tom Becker", "Owner", CustomerType.BUSINESS),
    ("José Núñez", "José Núñez", "Account Holder", CustomerType.RESIDENTIAL),
    ("Northwind Traders Inc", "Priya Raman", "IT Director", CustomerType.BUSINESS),
    ("Contoso Legal Partners LLP", "Dana Whitfield", "Managing Partner", CustomerType.BUSINESS),
    ("Maple Street Bakery", "Anne O'Connor", "Owner", CustomerType.BUSINESS),
    ("Greenfield Public Library", "Samuel Ortiz", "Facilities Lead", CustomerType.BUSINESS),
    ("Evergreen Property Management Co", "Karen Liu", "Operations Manager",
     CustomerType.BUSINESS),
    ("Robert Kowalski", "Robert Kowalski", "Account Holder", CustomerType.RESIDENTIAL),
    ("Summit Physical Therapy PC", "Alicia Grant", "Practice Administrator",
     CustomerType.BUSINESS),
    ("Lakeside Auto Repair", "Miguel Santos", "Owner", CustomerType.BUSINESS),
    ("Bright Path Tutoring", "Helen Park", "Director", CustomerType.BUSINESS),
]
_CARRIERS = ["AT&T", "Verizon Business", "Lumen", "Frontier Communications", "Spectrum Business",
             "Comcast Business", "T-Mobile USA", "Verizon Wireless", "Windstream"]
_STREETS = [("1200 Harbor Blvd", "Suite 210", "Oxnard", "CA", "93035"),
            ("48 Ridge Rd", "", "Asheville", "NC", "28801"),
            ("915 W Maple St", "Apt 3B", "Springfield", "IL", "62704"),
            ("3500 Lakeshore Dr", "Ste 1400", "Chicago", "IL", "60657"),
            ("77 Commerce Way", "", "Austin", "TX", "78701"),
            ("2020 Pine Ave", "Unit 5", "Portland", "OR", "97205"),
            ("600 Main St", "Floor 2", "Burlington", "VT", "05401")]
_NPAS = ["212", "312", "415", "512", "617", "720", "805", "919", "206", "404"]
_PLAN: list[tuple[Status, CaseKind]] = (
    [(Status.DRAFT, CaseKind.PORT_IN)] * 6
    + [(Status.AWAITING_SIGNATURE, CaseKind.PORT_IN)] * 4
    + [(Status.SUBMITTED, CaseKind.PORT_IN)] * 3
    + [(Status.AT_CARRIER, CaseKind.PORT_IN)] * 4
    + [(Status.EXCEPTION, CaseKind.PORT_IN)] * 3
    + [(Status.FOC_CONFIRMED, CaseKind.PORT_IN)] * 4
    + [(Status.PORTED, CaseKind.PORT_IN)] * 3
    + [(Status.CANCELLED, CaseKind.PORT_IN)]
    + [(Status.SUBMITTED, CaseKind.PORT_OUT), (Status.DRAFT, CaseKind.PORT_OUT)]
    + [(Status.DRAFT, CaseKind.SUBACCOUNT_TRANSFER), (Status.PORTED, CaseKind.SUBACCOUNT_TRANSFER)]
)
_PATHS: dict[Status, list[Status]] = {
    Status.DRAFT: [],
    Status.AWAITING_SIGNATURE: [Status.AWAITING_SIGNATURE],
    Status.SUBMITTED: [Status.SUBMITTED],
    Status.AT_CARRIER: [Status.SUBMITTED, Status.AT_CARRIER],
    Status.EXCEPTION: [Status.SUBMITTED, Status.AT_CARRIER, Status.EXCEPTION],
    Status.FOC_CONFIRMED: [Status.SUBMITTED, Status.AT_CARRIER, Status.FOC_CONFIRMED],
    Status.PORTED: [Status.SUBMITTED, Status.AT_CARRIER, Status.FOC_CONFIRMED, Status.PORTED],
    Status.CANCELLED: [Status.SUBMITTED, Status.CANCELLED],
}
# a detail names the case it is on ({name}): a fixed customer's name read on every demo case
# (the Greenfield Public Library's rejection quoted Harbor Dental Group's CSR)
_EXCEPTIONS = [("ENTITY_NAME_MISMATCH", "Name sent ('{name}') does not match the CSR"),
               ("LOCATION_MISMATCH", "Service address suite does not match CSR"),
               ("PASSCODE_PIN_INVALID", "PIN provided does not match the account")]


def _numbers(rng: random.Random, npa: str, count: int, toll_free: bool) -> tuple[CaseNumber, ...]:
    area = "888" if toll_free else npa
    picks = rng.sample(range(100, 200), count)
    out = []
    for p in picks:
        parsed = parse_number(f"{area}555{p:04d}")
        out.append(CaseNumber(parsed.e164, parsed.kind, country=parsed.country))
    return tuple(out)


def demo_cases(seed: int = 7, today: date | None = None) -> list[tuple[PortCase, Status]]:
    rng = random.Random(seed)
    today = today or date.today()
    out = []
    for i, (status, kind) in enumerate(_PLAN):
        name, person, title, ctype = _CUSTOMERS[i % len(_CUSTOMERS)]
        carrier = _CARRIERS[i % len(_CARRIERS)]
        street = _STREETS[i % len(_STREETS)]
        toll_free = i % 9 == 4
        numbers = _numbers(rng, _NPAS[i % len(_NPAS)], rng.choice([1, 1, 2, 3, 5, 12]), toll_free)
        partial = len(numbers) > 2 and i % 4 == 0
        case = PortCase(
            account_name=name, numbers=numbers, kind=kind, customer_type=ctype,
            authorized_name=person, authorized_title=title,
            account_number=f"{rng.randint(10**8, 10**9 - 1)}",
            pin=f"{rng.randint(1000, 9999)}" if "Wireless" in carrier or "Mobile" in carrier
            or "T-Mobile" in carrier else "",
            btn=numbers[0].e164, losing_carrier=carrier,
            service_address=Address(*street),
            port_type=PortType.PARTIAL if partial else PortType.FULL,
            remaining_action=RemainingAction.KEEP if partial else None,
            requested_date=add_business_days(today, 10 + i % 12),
            assignee=["maria", "dev", "sam", ""][i % 4],
            contact_email=f"contact{i}@example.com",
            notes="Customer prefers e-mail updates." if i % 5 == 0 else "",
        )
        out.append((only_used(case), status))  # a transfer carries no carrier, no PIN...
    return out


# The sample queue is recorded like an imported file (store.imports, under a digest of its own),
# in the same transaction as its cases, so a second load is recognised and refused.
DEMO_DIGEST = hashlib.sha256(b"portdesk sample queue").hexdigest()


class SamplesAlreadyLoaded(PortDeskError):
    def __init__(self, earlier: ImportRecord) -> None:
        refs = f"{earlier.first_reference} .. {earlier.last_reference}"
        super().__init__(f"the sample cases are already in this queue ({refs}, loaded on "
                         f"{shown_stamp(earlier.imported_at)} by {earlier.actor}); nothing was "
                         "loaded")
        self.earlier = earlier


def load_demo(store: Store, actor: str, today: date | None = None) -> list[str]:
    """Create the sample queue; each case walks the lifecycle to its status, as in real life.

    One transaction under the queue's write lock: two loads at once (two processes, or the
    desk's button and the CLI) each made their cases one transaction at a time, so their
    references interleaved (PD-000001 one's, PD-000002 the other's ...), and a second load
    doubled the queue with the same numbers. Now the second waits for the first, finds it
    recorded and is refused; the references of one load are contiguous."""
    today = today or date.today()
    refs: list[str] = []
    with store.transaction() as session:
        earlier = store.imports.earlier(session, DEMO_DIGEST)
        if earlier is not None:
            raise SamplesAlreadyLoaded(earlier)
        for i, (case, status) in enumerate(demo_cases(today=today)):
            refs.append(_walked(store, actor, i, case, status, today).reference)
        store.imports.record(session, DEMO_DIGEST, "sample cases", refs, datetime.now(UTC),
                             actor)
    return refs


def _walked(store: Store, actor: str, i: int, case: PortCase, status: Status,
            today: date) -> PortCase:
    created = store.cases.create(case, actor)
    assert created.id is not None
    for step in _PATHS.get(status, []):
        created = store.cases.change_status(created.id, step, actor, "demo data")
    if status == Status.EXCEPTION:
        code, detail = _EXCEPTIONS[i % len(_EXCEPTIONS)]
        created = store.cases.update(replace(
            created, exception_code=code,
            exception_detail=detail.format(name=created.account_name)), actor)
    if status in (Status.FOC_CONFIRMED, Status.PORTED):
        created = store.cases.update(_dated(created, status, i, today), actor)
    return created


def _dated(case: PortCase, status: Status, i: int, today: date) -> PortCase:
    """The dates a carrier's answer gives, truthful: an FOC is never before the date asked for
    (a carrier confirms the requested date, or a later one when it cannot meet it), and a port
    that happened had its FOC on or before today."""
    if status == Status.PORTED:
        day = today if is_business_day(today) else add_business_days(today, -1)
        return replace(case, requested_date=day, foc_date=day)
    foc = add_business_days(today, 1 + i % 6)
    asked = foc if i % 6 < 2 else add_business_days(foc, -1)  # some could not be met: one later
    return replace(case, requested_date=asked, foc_date=foc, numbers=tuple(
        replace(n, status=NumberStatus.FOC_CONFIRMED) for n in case.numbers))

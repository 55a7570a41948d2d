"""Readiness checks: can this case go to the carrier without being rejected?

Each check is a pure function of the case and what is known about its documents, returning pass, warn
or fail with a sentence a specialist acts on and the field to jump to.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from portdesk.domain.case import CaseKind, NumberStatus, PortCase, PortType, ServiceType
from portdesk.domain.document_review import (
    SLOT_WORDS,
    DocumentReview,
    sentence,
    verdict_words,
    what_to_do,
)
from portdesk.domain.kind_fields import has_carrier, requested_date_lead, unused_fields
from portdesk.domain.lifecycle import EDITABLE
from portdesk.domain.loa_binding import STALE_LOA, LoaBinding, PrintedDate, drift
from portdesk.domain.numbers import InvalidNumber, NumberKind, format_display, parse_number
from portdesk.domain.schedule import business_days_between, is_business_day
from portdesk.domain.words import counted

TOLL_FREE_LOA_LIMIT_DAYS = 30


class Level(StrEnum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"


@dataclass(frozen=True, slots=True)
class Check:
    id: str
    title: str
    level: Level
    message: str
    field: str | None = None
    overridable: bool = True  # False: no written reason makes it right (a stale signed LOA)


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the store knows about the case's documents and verifications, as plain data."""

    today: date
    loa_signed_on: date | None = None  # date the LOA was signed (e- or wet)
    loa_present: bool = False
    bill_statement_date: date | None = None
    bill_present: bool = False
    bill_mismatches: tuple[str, ...] = ()  # fields the bill check found different
    verified_fields: frozenset[str] = field(default_factory=frozenset)
    bill_age_limit_days: int = 30
    loa_age_limit_days: int = 30
    # What the signed LOA was signed over; None for a letter filed before bindings were kept.
    loa_binding: LoaBinding | None = None
    # The value each check was about (field -> value then). Given, a verdict counts only while
    # the case still holds that value; None trusts verified_fields / bill_mismatches as they are.
    verified_values: Mapping[str, str] | None = None
    mismatch_values: Mapping[str, str] | None = None
    # Numbers a bill listed or someone verified; None when nothing is known about them.
    confirmed_numbers: frozenset[str] | None = None
    # from the platform, once the sync has asked: (e164, portable, reason, fast_portable) and
    # (requirement name, its state); empty when it has not asked yet
    portability: tuple[tuple[str, bool, str, bool], ...] = ()
    # (requirement name, its state, the platform's description of it, field type)
    requirements: tuple[tuple[str, str, str, str], ...] = ()
    # the platform's review of the case's current LOA and bill uploads, once read back
    document_reviews: tuple[DocumentReview, ...] = ()
    # Split off a case whose platform order still holds these numbers: that case's reference
    held_on: str = ""
    # The requested date the signed LOA prints (services.loa_date): not bound, told when the
    # case's date is another; None when unknown or no letter
    loa_printed: PrintedDate | None = None


CheckFn = Callable[[PortCase, Evidence], Check]


def check_numbers(case: PortCase, ev: Evidence) -> Check:
    if not case.numbers:
        return Check("numbers", "Numbers", Level.FAIL, "Add the numbers to port.", "numbers")
    bad = []
    for n in case.numbers:
        try:
            parse_number(n.e164)
        except InvalidNumber as exc:
            bad.append(str(exc))
    if bad:
        return Check("numbers", "Numbers", Level.FAIL,
                     f"{counted(len(bad), 'invalid number')}: {bad[0]}", "numbers")
    return Check("numbers", "Numbers", Level.PASS, f"{counted(len(case.numbers), 'valid number')}.",
                 "numbers")


def check_btn(case: PortCase, ev: Evidence) -> Check:
    title = "BTN"
    if case.kind == CaseKind.SUBACCOUNT_TRANSFER:
        return Check("btn", title, Level.PASS, "No BTN needed for a sub-account transfer.", "btn")
    if not case.btn:
        return Check("btn", title, Level.FAIL,
                     "Give the billing telephone number (one BTN per LOA).", "btn")
    numbers = set(case.number_e164s)
    if case.port_type == PortType.FULL and case.btn not in numbers:
        return Check("btn", title, Level.WARN,
                     f"The BTN {format_display(case.btn)} is not among the numbers to port; on a "
                     "full port it usually is. Check it with the bill.", "btn")
    if case.port_type == PortType.PARTIAL and case.btn in numbers and not case.new_btn:
        return Check("btn", title, Level.FAIL,
                     "The BTN leaves in this partial port: give a new BTN for the numbers that stay.",
                     "new_btn")
    return Check("btn", title, Level.PASS, f"BTN {format_display(case.btn)}.", "btn")


def check_partial(case: PortCase, ev: Evidence) -> Check:
    title = "Partial port"
    if "port_type" in unused_fields(case.kind):
        # a field the kind does not carry is hidden from its editor: never asked of it
        who = "the gaining carrier sets it" if has_carrier(case.kind) else \
            "the numbers move inside the platform, none stays with a carrier"
        return Check("partial", title, Level.PASS, f"No port type for this kind of case: {who}.",
                     None)
    if case.port_type != PortType.PARTIAL:
        return Check("partial", title, Level.PASS, "Full port: every number of the account moves.",
                     "port_type")
    if case.remaining_action is None:
        return Check("partial", title, Level.FAIL,
                     "Say what happens to the numbers that stay (keep or disconnect).",
                     "remaining_action")
    return Check("partial", title, Level.PASS,
                 f"Remaining numbers: {case.remaining_action.value}.", "remaining_action")


def check_pin(case: PortCase, ev: Evidence) -> Check:
    title = "PIN"
    if "pin" in unused_fields(case.kind):  # hidden from its editor: a transfer of mobiles
        return Check("pin", title, Level.PASS,  # failed on a PIN nobody could enter
                     "No port-out PIN: no losing carrier checks one on this kind of case.", None)
    wireless = case.service_type == ServiceType.WIRELESS or any(
        n.kind == NumberKind.MOBILE for n in case.numbers)
    if not wireless:
        return Check("pin", title, Level.PASS, "No port-out PIN needed for this service type.",
                     "pin")
    if not case.pin:
        return Check("pin", title, Level.FAIL,
                     "Wireless ports need the port-out PIN from the losing carrier.", "pin")
    return Check("pin", title, Level.PASS, "PIN given.", "pin")


def check_mixed(case: PortCase, ev: Evidence) -> Check:
    title = "One kind of request"
    countries = {n.country for n in case.numbers}
    if len(countries) > 1:
        return Check("mixed", title, Level.FAIL,
                     f"Numbers from {len(countries)} countries ({', '.join(sorted(countries))}): "
                     "split the case by country.", "numbers")
    kinds = {n.kind for n in case.numbers if n.kind != NumberKind.UNKNOWN}
    if NumberKind.TOLL_FREE in kinds and len(kinds) > 1:
        return Check("mixed", title, Level.WARN,
                     "Toll-free and local numbers together: platforms split these; "
                     "consider splitting the case.", "numbers")
    return Check("mixed", title, Level.PASS, "All numbers are of one kind and country.", "numbers")


def check_requested_date(case: PortCase, ev: Evidence) -> Check:
    title = "Requested date"
    d = case.requested_date
    if d is None:
        who = "the carrier" if has_carrier(case.kind) else "the platform"  # no carrier on it
        return Check("requested_date", title, Level.WARN,
                     f"No requested date: {who} will give the first available.",
                     "requested_date")
    if case.status not in EDITABLE:
        # the lead time and the 30-day limit judge a date about to be asked for; a case already
        # sent carries it on its order (the platform may have moved it into an allowed window:
        # its first allowed date failed "at most 30 are accepted" on the desk's own readiness)
        return Check("requested_date", title, Level.PASS,
                     f"{d.isoformat()}, on the order as sent.", "requested_date")
    if not is_business_day(d):
        return Check("requested_date", title, Level.FAIL,
                     f"{d.isoformat()} is a weekend or federal holiday: pick a business day.",
                     "requested_date")
    ahead = business_days_between(ev.today, d)
    lead, who = requested_date_lead(case.kind)  # by kind: a transfer has no carrier to wait for
    if ahead < lead:
        return Check("requested_date", title, Level.FAIL,
                     f"{d.isoformat()} is {counted(ahead, 'business day')} out; {who}.",
                     "requested_date")
    if ahead > 30:
        return Check("requested_date", title, Level.FAIL,
                     f"{d.isoformat()} is {ahead} business days out; at most 30 are accepted.",
                     "requested_date")
    return Check("requested_date", title, Level.PASS,
                 f"{d.isoformat()}, {ahead} business days out.", "requested_date")


def _age(ev: Evidence, when: date | None) -> int | None:
    return None if when is None else (ev.today - when).days


def no_loa_here(case: PortCase) -> str:
    """Why the case takes no LOA from us ("" for a port-in, which does). An LOA is the account
    holder's permission for the carrier that *gains* the numbers: on a port-out that is the other
    carrier, which holds it and sends its request; a sub-account transfer has no carrier at
    all. Attaching one did nothing visible (kept, never sent, never checked)."""
    if case.kind == CaseKind.PORT_OUT:
        return (f"{case.reference or 'This case'} is a port-out: the gaining carrier holds the "
                "customer's LOA and sends the request, so PortDesk takes and sends no LOA for "
                "it. Check the request (PIN, account, name) and authorize or reject it "
                "(Case > Answer port-out request).")
    if case.kind == CaseKind.SUBACCOUNT_TRANSFER:
        return (f"{case.reference or 'This case'} is a sub-account transfer: the numbers move "
                "inside the platform, with no carrier to show an LOA to.")
    return ""


def check_loa(case: PortCase, ev: Evidence) -> Check:
    title = "LOA"
    if case.kind != CaseKind.PORT_IN:
        return Check("loa", title, Level.PASS, "No LOA needed: " + no_loa_here(case), None)
    limit = ev.loa_age_limit_days
    if case.service_type == ServiceType.TOLL_FREE:
        limit = min(limit, TOLL_FREE_LOA_LIMIT_DAYS)
    if not ev.loa_present:
        return Check("loa", title, Level.FAIL, "No signed LOA yet: fill, sign and attach it.", "loa")
    age = _age(ev, ev.loa_signed_on)
    if age is None:
        return Check("loa", title, Level.FAIL, "The LOA is not signed yet.", "loa")
    if ev.loa_binding is not None:
        moved = drift(ev.loa_binding, case)
        if moved.stale:
            return Check("loa", title, Level.FAIL, f"{STALE_LOA} ({moved.describe()}).", "loa",
                         overridable=False)
    if age > limit:
        return Check("loa", title, Level.FAIL,
                     f"The LOA was signed {age} days ago; carriers accept {limit} days at most. "
                     "Have it signed again.", "loa")
    if ev.loa_binding is None:
        return Check("loa", title, Level.WARN,
                     f"Signed LOA, {counted(age, 'day')} old, filed before PortDesk kept what an LOA was "
                     "signed over: check it carries today's values, or sign again.", "loa")
    dropped = drift(ev.loa_binding, case).dropped
    note = ev.loa_printed.note(case.requested_date, ev.loa_signed_on) if ev.loa_printed else ""
    told = f" {note}" if note else ""
    if dropped:
        return Check("loa", title, Level.WARN,
                     f"Signed LOA, {counted(age, 'day')} old; it also lists "
                     f"{counted(len(dropped), 'number')} no "
                     "longer on the case. Most carriers accept that; some want a new LOA."
                     + told, "loa")
    if told:  # matching on every bound value, but its printed date is not the case's
        return Check("loa", title, Level.WARN,
                     f"Signed LOA, {counted(age, 'day')} old, matching the case on what it binds."
                     f"{told}",
                     "loa")
    return Check("loa", title, Level.PASS,
                 f"Signed LOA, {counted(age, 'day')} old, matching the case.", "loa")


def check_bill(case: PortCase, ev: Evidence) -> Check:
    title = "Bill"
    if case.kind != CaseKind.PORT_IN:
        return Check("bill", title, Level.PASS, "No bill needed for this kind of case.", None)
    if not ev.bill_present:
        return Check("bill", title, Level.WARN,
                     "No bill attached: attach a recent bill to check every value against it.",
                     "bill")
    age = _age(ev, ev.bill_statement_date)
    if age is None:
        return Check("bill", title, Level.WARN, "The bill's statement date is unknown.", "bill")
    if age > ev.bill_age_limit_days:
        return Check("bill", title, Level.WARN,
                     f"The bill is {age} days old (limit {ev.bill_age_limit_days}): "
                     "ask for a more recent one.", "bill")
    return Check("bill", title, Level.PASS, f"Bill from {ev.bill_statement_date}, "
                 f"{counted(age, 'day')} old.",
                 "bill")


VERIFIABLE = ("account_name", "account_number", "service_address", "btn")


def checked_value(case: PortCase, name: str) -> str:
    """A case field as the bill check and the audit log write it (verifications' names)."""
    if name == "service_address":
        return case.service_address.one_line()
    if name == "carrier":
        return case.losing_carrier
    return str(getattr(case, name, "") or "")


def _still(values: Mapping[str, str] | None, case: PortCase, name: str) -> bool:
    """The case still holds the value a verdict was about (always, when that is not known)."""
    return values is None or values.get(name) == checked_value(case, name)


def unconfirmed_numbers(case: PortCase, ev: Evidence) -> list[str]:
    if ev.confirmed_numbers is None:
        return []
    return [n for n in case.number_e164s if n not in ev.confirmed_numbers]


def check_exact_values(case: PortCase, ev: Evidence) -> Check:
    """Rule 1: copy values exactly as the carrier has them. "Agree" only for what was confirmed."""
    title = "Exact values"
    open_mismatch = [f for f in ev.bill_mismatches if f not in ev.verified_fields
                     and _still(ev.mismatch_values, case, f)]
    if open_mismatch:
        names = ", ".join(f.replace("_", " ") for f in open_mismatch)
        return Check("exact_values", title, Level.FAIL,
                     f"The bill shows a different {names}: copy it exactly as the carrier has it, "
                     "or record how you verified it.", open_mismatch[0])
    if not has_carrier(case.kind):
        return Check("exact_values", title, Level.PASS,
                     "No carrier validates these values: the platform moves the numbers itself.",
                     None)
    if case.kind != CaseKind.PORT_IN:
        return Check("exact_values", title, Level.PASS, "Values are checked by the other side.",
                     None)
    unchecked = [f for f in VERIFIABLE if f not in ev.verified_fields
                 or not _still(ev.verified_values, case, f)]
    numbers = unconfirmed_numbers(case, ev)
    if not ev.bill_present and unchecked:
        return Check("exact_values", title, Level.WARN,
                     "Values are not yet checked against a bill or CSR: one character off means "
                     "rejection.", "account_name")
    if unchecked or numbers:
        parts = [f.replace("_", " ") for f in unchecked]
        if numbers:
            shown = ", ".join(format_display(n) for n in numbers[:3])
            more = f" and {len(numbers) - 3} more" if len(numbers) > 3 else ""
            parts.append(f"{counted(len(numbers), 'number')} the bill does not show ({shown}{more})")
        return Check("exact_values", title, Level.WARN,
                     "Unconfirmed (not shown by the bill, or changed since it was checked): "
                     + "; ".join(parts) + ". Check them against the bill or a CSR.",
                     unchecked[0] if unchecked else "numbers")
    return Check("exact_values", title, Level.PASS, "Values agree with the bill / verification.",
                 None)


def check_keep_service(case: PortCase, ev: Evidence) -> Check:
    """Rule 2: do not cancel the old service before the port completes."""
    title = "Keep the old service"
    carrier = case.losing_carrier or "the losing carrier"
    if case.kind != CaseKind.PORT_IN:
        return Check("keep_service", title, Level.PASS, "Not a port-in.", None)
    if any(n.status == NumberStatus.PORTED for n in case.numbers) and all(
        n.status == NumberStatus.PORTED for n in case.numbers
    ):
        return Check("keep_service", title, Level.PASS,
                     f"Ported: the customer may now close the account with {carrier}.", None)
    return Check("keep_service", title, Level.WARN,
                 f"Tell the customer not to cancel service with {carrier} before the port "
                 "completes: the numbers can be lost for good.", None)


def check_identity(case: PortCase, ev: Evidence) -> Check:
    title = "Account details"
    missing = [label for label, value in (
        ("customer name", case.account_name),
        ("account number", case.account_number),
        ("authorized person", case.authorized_name),
        ("service address", case.service_address.line1),
        ("losing carrier", case.losing_carrier),
    ) if not value]
    if not has_carrier(case.kind):  # nobody checks a carrier's account details on it
        missing = [m for m in missing if m in ("customer name",)]
    if case.authorized_name and not case.authorized_title.strip() and not no_loa_here(case):
        # the LOA we take prints the signer's title beside the name (DOMAIN: "authorized
        # person's printed name and title"); a kind that takes no LOA from us does not ask it
        missing.append("authorized person's title")
    if missing:
        return Check("identity", title, Level.FAIL, f"Missing: {', '.join(missing)}.",
                     _field_for(missing[0]))
    # what was asked, said as asked: a kind without a carrier is not asked a carrier or account
    given = ("Name, account, signer, address and carrier given." if has_carrier(case.kind)
             else "Customer name given.")
    return Check("identity", title, Level.PASS, given, None)


def _field_for(label: str) -> str:
    return {"customer name": "account_name", "account number": "account_number",
            "authorized person": "authorized_name", "service address": "service_address",
            "losing carrier": "losing_carrier",
            "authorized person's title": "authorized_title"}[label]


CHECKS: tuple[CheckFn, ...] = (
    check_identity, check_numbers, check_btn, check_partial, check_pin, check_mixed,
    check_requested_date, check_loa, check_bill, check_exact_values, check_keep_service,
)


def check_portability(case: PortCase, ev: Evidence) -> Check | None:
    """The platform's answer per number, once it was asked (numbers on the case only)."""
    on_case = set(case.number_e164s)
    results = [r for r in ev.portability if r[0] in on_case]
    if not results:
        return None
    blocked = [f"{format_display(e164)} ({reason or 'no reason given'})"
               for e164, portable, reason, _ in results if not portable]
    fast = sum(1 for r in results if r[1] and r[3])
    if blocked:
        return Check("portability", "Portability", Level.FAIL,
                     "not portable: " + "; ".join(blocked) + ": remove or split them out",
                     "numbers")
    extra = f", {fast} eligible for FastPort" if fast else ""
    return Check("portability", "Portability", Level.PASS,
                 f"all {counted(len(results), 'number')} portable{extra}", "numbers")


REQUIREMENT_STATES = {  # the platform's requirement_status in the specialist's words
    "requirement-info-pending": "still missing",
    "requirement-info-exception": "refused by the platform",
    "requirement-info-under-review": "sent, under the platform's review",
    "approved": "accepted",
}
NOT_YET = ("requirement-info-pending", "requirement-info-exception")


def requirement_step(name: str, description: str, kind: str) -> str:
    """What a person does for a requirement still open: the platform's own description of it
    says what it is; PortDesk sends it once it is on the case."""
    what = f"{name} ({description})" if description and description != name else name
    if kind == "document":
        return f"{what}: attach it to the case; PortDesk sends it"
    return f"{what}: enter it on the case; PortDesk sends it"


def check_platform_requirements(case: PortCase, ev: Evidence) -> Check | None:
    """The order's requirements as the platform last listed them: what it still needs first,
    in words a specialist acts on, then the rest with their state."""
    if not ev.requirements:
        return None
    open_ = [(n, s, d, k) for n, s, d, k in ev.requirements if s in NOT_YET]
    said = "; ".join(f"{name}: {REQUIREMENT_STATES.get(state, state)}"
                     for name, state, _, _ in ev.requirements)
    if open_:
        steps = "; ".join(f"{REQUIREMENT_STATES[s]}: {requirement_step(n, d, k)}"
                          for n, s, d, k in open_)
        return Check("requirements", "Platform requirements", Level.WARN,
                     f"The platform still needs: {steps}. All: {said}")
    return Check("requirements", "Platform requirements", Level.PASS, said)


def check_platform_documents(case: PortCase, ev: Evidence) -> Check | None:
    """A document the platform denied or found infected carries no port: only a new one does,
    and no reason written here makes the platform take the old one."""
    if not ev.document_reviews:
        return None
    refused = [r for r in ev.document_reviews if r.refused]
    if refused:
        return Check("platform_documents", "Documents on the platform", Level.FAIL,
                     " ".join(sentence(what_to_do(r)) + "." for r in refused),
                     "bill" if refused[0].slot == "invoice" else "loa", overridable=False)
    said = ", ".join(f"{SLOT_WORDS.get(r.slot, r.slot)}: {verdict_words(r.verdict)}"
                     for r in ev.document_reviews)
    return Check("platform_documents", "Documents on the platform", Level.PASS, said)


def check_numbers_held(case: PortCase, ev: Evidence) -> Check | None:
    """A new order for numbers another order still holds would be a second request for them."""
    if not ev.held_on:
        return None
    return Check("held", "Numbers held", Level.FAIL,
                 f"{ev.held_on}'s platform order still holds these numbers: the platform was "
                 "asked to move them into an order of their own, which is linked here when it "
                 f"arrives; or cancel {ev.held_on} first.", "numbers", overridable=False)


def run_checks(case: PortCase, ev: Evidence) -> list[Check]:
    checks = [fn(case, ev) for fn in CHECKS]
    extra = (check_numbers_held(case, ev), check_portability(case, ev),
             check_platform_requirements(case, ev), check_platform_documents(case, ev))
    return checks + [c for c in extra if c is not None]


def blocking(checks: list[Check]) -> list[Check]:
    return [c for c in checks if c.level == Level.FAIL]


# The checks about values the LOA prints (loa_binding.CARRIED, the numbers, the requested date):
# failing, the letter carries them wrong or empty, and a signature over it is wasted (it must be
# filled and signed again once they are fixed). Not here: the LOA itself (signing is its fix),
# the bill's age, keeping the old service, the platform's own requirements and documents.
ON_THE_LETTER = frozenset({"numbers", "btn", "partial", "pin", "mixed", "requested_date",
                           "identity", "exact_values"})


def before_signing(checks: list[Check]) -> list[Check]:
    """The failing checks that matter to a signature: what the letter will carry wrong or
    empty. The signing screen shows them before the signature is made; it never blocks (the
    specialist may go on, and a wet-signature print is never held back)."""
    return [c for c in checks if c.level == Level.FAIL and c.id in ON_THE_LETTER]

"""Which carrier sent the bill, by identity, and whether the case names the same one.

Signals, strongest first: the carrier's web domain (footer, "visit", e-mail), a line that is
nothing but a known carrier name (the wordmark, a logo's text), a legal or payable-to line naming
it, a mention anywhere. A carrier only mentioned (an "AT&T long distance" line on a Lumen bill)
cannot outvote the wordmark and the domain.
"""

from __future__ import annotations

from dataclasses import dataclass

from portdesk.bills.carriers import (
    Carrier,
    carriers_in_domains,
    carriers_named_in,
    identify,
    same_family,
)
from portdesk.bills.extract import BillFields
from portdesk.bills.find import find_name
from portdesk.bills.judge import Sighting, confirmed, primary
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import FieldCheck, Verdict

_FLD = "carrier"


@dataclass
class Recognised:
    carrier: Carrier
    score: float
    evidence: Evidence
    printed: str


def recognise(index: BillIndex) -> list[Recognised]:
    """Known carriers the bill shows, best supported first."""
    found: dict[str, Recognised] = {}

    def add(carrier: Carrier, score: float, ev: Evidence, printed: str) -> None:
        got = found.get(carrier.key)
        if got is None:
            found[carrier.key] = Recognised(carrier, score, ev, printed)
            return
        if score > got.score:
            got.evidence, got.printed = ev, printed
        got.score += score * 0.5

    pages = index.pages[:2] + index.pages[-1:] if len(index.pages) > 2 else index.pages
    for number, page in enumerate(pages):
        for seg in page.segments:
            ev, top = Evidence.of(seg), seg.top < page.page.height * 0.2 and number == 0
            for carrier in carriers_in_domains(seg.text):
                add(carrier, 3.0, ev, carrier.name)
            whole = carriers_named_in(seg.text, whole_line=True)
            for carrier in whole:
                add(carrier, 3.0 if top else 2.0, ev, seg.text.strip(" :,."))
            for carrier in carriers_named_in(seg.text):
                if carrier not in whole:
                    add(carrier, 1.0, ev, carrier.name)
    return sorted(found.values(), key=lambda r: -r.score)


def bill_carrier(index: BillIndex) -> Recognised | None:
    """The carrier that sent the bill, when the evidence is clear (a family well ahead)."""
    ranked = recognise(index)
    if not ranked or ranked[0].score < 2.0:
        return None
    top = ranked[0]
    rivals = [r for r in ranked[1:] if not same_family(r.carrier, top.carrier)]
    if rivals and rivals[0].score >= top.score * 0.6:
        return None
    return top


def check_carrier(typed: str, fields: BillFields, index: BillIndex) -> FieldCheck:
    typed = typed.strip()
    bill = bill_carrier(index)
    if not typed:
        shown = bill.printed if bill else fields.carrier
        return FieldCheck(_FLD, Verdict.UNVERIFIABLE if shown else Verdict.NOT_FOUND, "",
                          shown, "nothing entered in the case to check" +
                          ("; the bill is from this carrier" if shown else ""), shown, None,
                          bill.carrier.name if bill else None)
    for found in find_name(index, typed):
        ctx, label = primary(found.places)
        if found.whole and ctx.value != "usage":
            s = Sighting(found.form, found.evidence, ctx, label, found.read_conf, True, found.form)
            return confirmed(_FLD, typed, s, " ".join(found.form.split()) == typed)
    mine = identify(typed)
    if mine is not None and bill is not None:
        return _by_identity(typed, mine, bill)
    if mine is not None:
        for r in recognise(index):
            if r.carrier.key == mine.key:
                s = Sighting(r.printed, r.evidence, primary(())[0], "", 1.0, True, r.printed)
                return _same(typed, s)
    if bill is not None:
        return FieldCheck(_FLD, Verdict.MISMATCH, typed, bill.printed,
                          f"the bill is from {bill.carrier.name}; it does not mention {typed}",
                          bill.carrier.name, bill.evidence, bill.carrier.name)
    if fields.carrier:
        return FieldCheck(_FLD, Verdict.UNVERIFIABLE, typed, fields.carrier,
                          f"the bill's carrier reads as \"{fields.carrier}\", a carrier PortDesk "
                          "does not know; compare it by eye", None, fields.evidence.get(_FLD))
    return FieldCheck(_FLD, Verdict.NOT_FOUND, typed, None, "the bill does not say which carrier "
                      "sent it")


def _same(typed: str, s: Sighting) -> FieldCheck:
    return FieldCheck(_FLD, Verdict.EQUIVALENT, typed, s.form,
                      f"the same carrier ({s.form} on the bill); use the bill's form if the "
                      "carrier's form asks for it", s.form, s.evidence, s.form)


def _by_identity(typed: str, mine: Carrier, bill: Recognised) -> FieldCheck:
    if mine.key == bill.carrier.key:
        return _same(typed, Sighting(bill.printed, bill.evidence, primary(())[0], "", 1.0, True))
    if same_family(mine, bill.carrier):
        return FieldCheck(_FLD, Verdict.UNVERIFIABLE, typed, bill.printed,
                          f"{mine.name} and {bill.carrier.name} are brands of one group; the "
                          "port goes to the brand that holds the account: check which",
                          None, bill.evidence)
    return FieldCheck(_FLD, Verdict.MISMATCH, typed, bill.printed,
                      f"the bill is from {bill.carrier.name}, not {mine.name}",
                      bill.carrier.name, bill.evidence, bill.carrier.name)

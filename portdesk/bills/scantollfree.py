"""The carrier's stack of contact lines on a scan whose help labels OCR garbled.

contactblock.py knows the carrier's contact lines by their labels ("Customer Care") or the web
address that signs their block. On a scan OCR can garble the one label that said so
('CustgmerCare' at 0.18, 'ice & la clientéle' for 'Service à la clientèle'); what is left is the
stack's shape and its toll-free line, which is the carrier's nearly always.
"""

from __future__ import annotations

from portdesk.bills.contactblock import label_left
from portdesk.bills.context import Context, Place
from portdesk.bills.findbase import Found
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.placerank import Sighting, number_rank
from portdesk.domain.numbers import TOLL_FREE_NPAS

_NEAR_LINES = 2.6  # how far down the stack a line may sit from its mate, in line heights
_SCAN_ALIGN = 6.0  # points: a scan's or a photo's columns, drawn by OCR's boxes, wobble more
# the places that say nothing of a phone number's being a line (OCR's remains of a label that
# was a help line's)
_NO_LINE_PLACE = frozenset({Context.NONE, Context.NAME, Context.SERVICE, Context.BILLING})


def scan_toll_free_stack(bill: BillIndex, phones: dict[str, list[Found]],
                         sightings: dict[str, list[Sighting]]) -> None:
    """On a scan, the carrier's stack of contact lines whose labels OCR garbled: a number the
    bill lists nowhere (no list, table or label of the customer's lines; not in the exchange of
    a line it surely lists) printed a line or two from a toll-free number the bill lists nowhere
    either (a carrier's line, nearly always: number_rank), in the same label column or the same
    number column, is one of the carrier's contact lines too. On a text layer the labels are
    read as printed and the stack rule above decides."""
    exchanges = {e164[:8] for e164 in phones if number_rank(e164, sightings[e164])[0] == 2}
    toll_free = [f for e164, found in phones.items() if e164[2:5] in TOLL_FREE_NPAS
                 and number_rank(e164, sightings[e164])[0] < 2 for f in found if f.whole]
    for e164, found in phones.items():
        if e164[:8] in exchanges or e164[2:5] in TOLL_FREE_NPAS:
            continue
        for i, f in enumerate(found):
            if (bill.pages[f.evidence.page - 1].page.source != "ocr" or not f.whole
                    or any(p.context not in _NO_LINE_PLACE for p in f.places)):
                continue
            mate = next((t for t in toll_free if _beside(bill, f, t)), None)
            if mate is None:
                continue
            found[i] = Found(f.form, f.evidence,
                             (Place(Context.HELP, mate.evidence.text[:40], "line"), *f.places),
                             f.read_conf, f.whole)


def _beside(bill: BillIndex, f: Found, mate: Found) -> bool:
    if mate.evidence.page != f.evidence.page:
        return False
    x0, top, x1, bottom = f.evidence.bbox
    mx0, mtop, mx1, _ = mate.evidence.bbox
    if not 0 < abs(top - mtop) <= _NEAR_LINES * max(bottom - top, 1.0):
        return False
    if abs(mx0 - x0) <= _SCAN_ALIGN or abs(mx1 - x1) <= _SCAN_ALIGN:
        return True
    start, mate_start = _label_start(bill, f), _label_start(bill, mate)
    return start is not None and mate_start is not None and abs(start - mate_start) <= _SCAN_ALIGN


def _label_start(bill: BillIndex, f: Found) -> float | None:
    """Where the words before the number on its line start: the label OCR read into the
    number's own segment ('CustgmerCare (807) 623-4400'), or the label segment left of it."""
    index = bill.pages[f.evidence.page - 1]
    x0, top, _, bottom = f.evidence.bbox
    middle = (top + bottom) / 2
    own = [s for s in index.segments if s.top <= middle <= s.bottom and s.x0 < x0 - 1 < s.x1]
    if own:
        return min(s.x0 for s in own)
    label = label_left(bill, f, in_run=False)
    return None if label is None else label.x0

"""The phone numbers of a case, case first: the billing number (BTN) and each of the lines.

Split from casecheck.py. A number is the customer's where the bill lists its lines or labels
its billing number; a number the bill shows only as a dialed number or a help line is not.
"""

from __future__ import annotations

import re

from portdesk.bills.accountonly import account_only
from portdesk.bills.billedfor import as_billing_number, billed_for, heads_the_bill
from portdesk.bills.checkname import sighting
from portdesk.bills.context import Context
from portdesk.bills.extract import BillFields
from portdesk.bills.find import near_on_scan
from portdesk.bills.findbase import Found
from portdesk.bills.findphones import between_pair_lines, number_sightings, phone_index
from portdesk.bills.judge import (
    Extracted,
    extracted,
    judge,
    nothing_typed,
    read_twice,
)
from portdesk.bills.misreadlines import lone_reading_check, misread_line_check
from portdesk.bills.othervalue import misread, surely_other
from portdesk.bills.pageindex import BillIndex
from portdesk.bills.placerank import Sighting, inside_account, line_peers, number_rank, rank, where
from portdesk.bills.scanaccounts import (
    another_accounts_block,
    heads_own_block_elsewhere,
    in_accounts_block,
)
from portdesk.bills.scanlabels import unread_labels
from portdesk.bills.scanmatch import (
    near_in_its_place,
    read_twice_on_bill,
)
from portdesk.bills.scantyped import (
    bare_digit_run,
    confusions_away,
    in_number_column,
    in_number_grid,
    judged_as_other,
    new_readings,
    read_as_typed,
    typed_number_readings,
)
from portdesk.bills.unlabelled import unplaced_beside_a_list
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import (
    MIN_MATCH_CONFIDENCE,
    MIN_MATCH_READ,
    MIN_MISMATCH_READ,
    FieldCheck,
    NumberCheck,
    NumbersCheck,
    Verdict,
    numbers_check,
)
from portdesk.domain.case import PortCase
from portdesk.domain.numbers import format_display


def check_btn(case: PortCase, fields: BillFields, phones: dict[str, list[Found]],
              index: BillIndex) -> FieldCheck:
    typed = case.btn
    if not typed:
        shown = format_display(fields.btn) if fields.btn else None
        return nothing_typed("btn", shown)
    shown = format_display(typed)
    found = phones.get(typed, [])
    if typed == billed_for(index):  # "Summary for (508) 555-0142" heads the number's bill
        found = [as_billing_number(f) if heads_the_bill(f) else f for f in found]
    sightings = [sighting(f, field="btn") for f in new_readings(
        found, typed_number_readings(index, typed))]
    inside = [s for s in sightings if s.context == Context.ACCOUNT]
    sightings = [_btn_in_account(s) for s in sightings]
    if fields.btn is None and fields.btn_text and not any(rank("btn", s) == 2 for s in sightings):
        return FieldCheck("btn", Verdict.UNVERIFIABLE, shown, fields.btn_text,
                          "the bill masks the billing number; ask the carrier for the BTN",
                          None, fields.evidence.get("btn"))
    ext = extracted(fields, "btn", fields.btn,
                     format_display(fields.btn) if fields.btn else None)
    if ext is not None and fields.btn:
        ext = read_twice_on_bill(ext, [sighting(f) for f in phones.get(fields.btn, [])])
    check = judge("btn", shown, sightings, ext, lambda v: v == typed, lambda s: True,
                  "billing telephone number (BTN)",
                  lambda: judged_as_other(misread(index, typed[2:], ext) or near_in_its_place(
                      index, "btn", near_on_scan(index, typed[2:])), "btn", sightings, typed[2:],
                      str(ext.value)[2:] if ext else None, ext.read_conf if ext else 0.0))
    if check.verdict == Verdict.EXACT and fields.source == "ocr" and (
            line := _listed_beside_lone_reading(typed, phones, case.number_e164s)) is not None:
        return FieldCheck("btn", Verdict.UNVERIFIABLE, shown, check.bill,
                          f"the scan reads the billing number {shown} only once, while it lists "
                          f"{format_display(line)} as one of the account's lines, one digit off "
                          "and the typed number nowhere: one of the two readings is a misread; "
                          "compare it by eye", None, check.evidence)
    from_account = [_btn_in_account(i) for i in inside]
    if check.verdict == Verdict.EXACT and inside and fields.btn != typed and not any(
            s.context == Context.BTN for s in sightings if s not in from_account):
        # its digits open the account number, and no label calls it the billing number: many
        # carriers build the account from the BTN, but the page does not say this one did
        return FieldCheck("btn", Verdict.UNVERIFIABLE, shown, inside[0].form,
                          f"the bill prints {shown} only inside the account number "
                          f"(\"{inside[0].evidence.text[:60]}\") and labels no billing number: "
                          "the account may be built from the BTN; check the customer's service "
                          "record (CSR)", None, inside[0].evidence)
    if check.verdict == Verdict.EXACT and (
            other := _in_other_accounts_blocks(case, fields, index, sightings, phones, shown,
                                               check)) is not None:
        return other
    if check.verdict == Verdict.EXACT:  # the same number, however the bill punctuates it
        return FieldCheck("btn", Verdict.EXACT, shown, shown, check.reason, None, check.evidence,
                          typed)
    if check.verdict == Verdict.UNVERIFIABLE and (
            other := _another_line(typed, fields, phones, sightings)) is not None:
        check = other
    elif check.verdict == Verdict.MISMATCH and (kind := _typed_as_main(index, found)) is not None:
        return FieldCheck("btn", Verdict.UNVERIFIABLE, shown, check.bill,
                          f"the bill's billing number reads {check.bill}, but it lists {shown} "
                          f"as a main number of its own (\"{kind.text[:40]}\"): a site or a "
                          "group may have its own BTN; check the customer's service record (CSR)",
                          None, kind)
    else:
        check = surely_other(index, typed[2:], check)
    return _in_another_accounts_block(case, fields, index, check, ext, phones)


def _in_other_accounts_blocks(case: PortCase, fields: BillFields, index: BillIndex,
                              sightings: list[Sighting], phones: dict[str, list[Found]],
                              shown: str, check: FieldCheck) -> FieldCheck | None:
    """A bill of several accounts, each block headed by its number with its own main number:
    the typed BTN found as a billing number only in other accounts' blocks, while the typed
    account heads a block of its own, is another account's main number, never "exact". The
    typed account's block says which is its own: a mismatch when it labels another number
    surely (on a scan not one digit off the typed one: that may be the typed one misread);
    else a question for the eye."""
    good = [s for s in sightings if rank("btn", s) == 2]
    heads = [heads_own_block_elsewhere(index, s.evidence, case.account_number) for s in good]
    if not good or not all(heads):
        return None
    own = _own_blocks_btn(case, index, phones, near=fields.source != "ocr")
    if own is not None:
        bill = format_display(own.value) if isinstance(own.value, str) else own.form
        return FieldCheck("btn", Verdict.MISMATCH, shown, bill,
                          f"the bill gives {shown} as the main number of another account "
                          f"(\"{heads[0]}\"); the case's account's own block gives {bill} "
                          f"(\"{own.label}\")", bill, own.evidence, own.value)
    return FieldCheck("btn", Verdict.UNVERIFIABLE, shown, check.bill,
                      f"the bill prints {shown} only in the block of another account "
                      f"(\"{heads[0]}\"), and the case's account ({case.account_number}) has a "
                      "block of its own: compare its main number with the bill by eye", None,
                      check.evidence)


def _own_blocks_btn(case: PortCase, index: BillIndex,
                    phones: dict[str, list[Found]], near: bool = False) -> Sighting | None:
    """Another number labelled as the billing number, read surely, in the block the typed
    account heads: that block's own main number, a disagreement whatever other blocks say.
    One digit off the typed BTN counts only when `near` (a text layer misreads nothing)."""
    for number, found in phones.items():
        if number == case.btn or (not near and sum(
                a != b for a, b in zip(number, case.btn, strict=False)) <= 1):
            continue  # one digit off the typed BTN: a misread's question, not another number
        for f in found:
            s = sighting(f, field="btn")
            if rank("btn", s) == 2 and s.direct and s.context == Context.BTN and (
                    s.read_conf >= MIN_MISMATCH_READ) and in_accounts_block(
                    index, s.evidence, case.account_number):
                return s
    return None


def _in_another_accounts_block(case: PortCase, fields: BillFields, index: BillIndex,
                               check: FieldCheck, ext: Extracted | None,
                               phones: dict[str, list[Found]]) -> FieldCheck:
    """A bill of several accounts (a master over sub-accounts, each block with its own main
    number): a billing number labelled in another account's block than the typed one
    contradicts nothing the case typed; the typed account's own block was lost in the pixels
    or is not among the pages in hand (scanlab: round 18 CHECK's segra and secv, 10 false
    alarms). A question for the eye, never a mismatch (scanaccounts.py says when)."""
    if check.verdict != Verdict.MISMATCH:
        return check
    on_scan = fields.source == "ocr"
    if (own := _own_blocks_btn(case, index, phones)) is not None:
        shown = format_display(own.value) if isinstance(own.value, str) else own.form
        return FieldCheck("btn", Verdict.MISMATCH, check.entered, shown,
                          f"the case's account's own block gives its main number as {shown} "
                          f"(\"{own.label}\")", shown, own.evidence, own.value)
    for evidence in (ext.evidence if ext is not None else None, check.evidence):
        if (head := another_accounts_block(index, evidence, case.account_number,
                                           on_scan)) is not None:
            what = "scan" if on_scan else "bill"
            return FieldCheck("btn", Verdict.UNVERIFIABLE, check.entered, check.bill,
                              f"the {what} gives the billing number {check.bill} in the block "
                              f"of another account (\"{head}\"); the case's account "
                              f"({case.account_number}) has its own, whose main number "
                              f"{'was not read' if on_scan else 'is not on these pages'}: "
                              "compare it with the whole bill", None, check.evidence)
    return check


def _typed_as_main(index: BillIndex, found: list[Found]) -> Evidence | None:
    """The typed number listed as a line whose kind, printed on its row ('Pilot', 'Main line',
    'Numéro principal'), is a billing number's word: a type cell proves no BTN (a page that
    labels the account's BTN apart still names that one), but it is no proof against the typed
    one either, so the check cannot say the carrier will reject it."""
    from portdesk.bills.context import classify, fold

    for f in found:
        if not f.places or f.places[0].context != Context.NUMBERS or not f.whole:
            continue
        page = index.pages[f.evidence.page - 1] if 0 < f.evidence.page <= len(index.pages) else None
        if page is None:
            continue
        row = next((g for g in page.segments if g.x0 <= f.evidence.bbox[0] + 0.5
                    and g.x1 >= f.evidence.bbox[2] - 0.5
                    and abs(g.top - f.evidence.bbox[1]) < 1.5), None)
        if row is None:
            continue
        for cell in page.lines.get(row.line, []):
            if cell.x0 > row.x1 and (classify(cell.text) == Context.BTN
                                     or _MAIN_KIND.search(fold(cell.text))):
                return Evidence.of(cell)
    return None


# a line's kind that makes it the head of its site or group: 'Pilot', 'Numéro pilote', 'Main'
_MAIN_KIND = re.compile(r"\b(?:pilot|pilote|main|principale?|primary|lead|btn)\b")


def _lone_near_reading(typed: str, bill: str, phones: dict[str, list[Found]]) -> bool:
    """On a scan, a labelled billing number one digit off the typed one that the page shows
    nowhere else, while it shows the typed number more than once ('819 555-0200' beside 'Numéro
    principal'; '819 555-0100' heading the lines table and the call detail): the page's weight
    is on the typed number, and one surely read digit is what OCR gets wrong most (a '2' for a
    '1' is no pair of shapes, and still happens); a question, never a mismatch. Another line
    typed as the BTN is seen once, as a line, and stays a mismatch."""
    off = sum(a != b for a, b in zip(typed, bill, strict=False))
    return len(typed) == len(bill) and off == 1 and len(phones.get(bill, [])) <= 1 and len(
        phones.get(typed, [])) >= 2


def _listed_beside_lone_reading(typed: str, phones: dict[str, list[Found]],
                                lines: list[str]) -> str | None:
    """On a scan, the typed billing number read once (beside its label) and nowhere listed as a
    line, while the page lists as one of the account's lines a number one digit off it, a line
    the case lists too, and the case does not list the typed BTN among its lines: the BTN is the
    account's own line, the case says which line that is, and one surely read digit is what OCR
    gets wrong most ('0106' read '0196' beside 'Primary Line'). Which of the two readings is
    the printed number the pixels cannot say, so the typed number's one reading confirms
    nothing: a question, never "exact" (the mirror of _lone_near_reading). A typed BTN the page
    also lists as a line, reads twice, or the case lists as one of its lines (a BTN a bill
    prints apart from its other lines) is left as read."""
    mine = number_sightings(typed, phones.get(typed, []))
    if len(mine) != 1 or mine[0].context != Context.BTN or typed in lines:
        return None
    for other, found in phones.items():
        if other in lines and len(other) == len(typed) and sum(a != b for a, b in zip(typed, other,
                                                                   strict=True)) == 1 and any(
                s.context == Context.NUMBERS and rank("numbers", s) == 2
                for s in number_sightings(other, found)):
            return other
    return None


def _another_line(typed: str, fields: BillFields, phones: dict[str, list[Found]],
                  sightings: list[Sighting]) -> FieldCheck | None:
    """The bill labels its billing number in so many words, read surely, and lists the typed
    number only as one of the account's other lines: the page shows the customer's BTN and it
    is another number, a disagreement a carrier rejects (BTN_ATN_MISMATCH). On a scan, a
    labelled BTN one or two OCR confusions from the typed one may be the typed BTN misread: a
    question for the eye, never a mismatch (the scans' rule for every near reading)."""
    bill = fields.btn
    if bill is None or bill == typed or typed not in fields.numbers or any(
            rank("btn", s) == 2 for s in sightings):
        return None
    if fields.source == "ocr" and (confusions_away(typed, bill) or _lone_near_reading(
            typed, bill, phones)):
        return None
    if fields.confidence.get("btn", 0.0) < MIN_MATCH_CONFIDENCE or fields.read_confidence.get(
            "btn", 1.0) < MIN_MISMATCH_READ:
        return None
    labelled = [s for f in phones.get(bill, []) if rank("btn", s := sighting(f, field="btn")) == 2
                and s.direct and s.context == Context.BTN]
    if not labelled:
        return None
    shown = format_display(bill)
    return FieldCheck("btn", Verdict.MISMATCH, format_display(typed), shown,
                      f"the bill gives the billing number as {shown} (\"{labelled[0].label}\"); the "
                      "case's number is one of the account's other lines", shown,
                      labelled[0].evidence, bill)


def _btn_in_account(s: Sighting) -> Sighting:
    """'Account number 212-555-0142-883': wireline accounts start with their billing number."""
    if s.context == Context.ACCOUNT:
        return Sighting(s.form, s.evidence, Context.BTN, s.label, s.read_conf, True, s.value,
                        direct=False)
    return s


def check_numbers(case: PortCase, fields: BillFields, phones: dict[str, list[Found]],
                  index: BillIndex) -> NumbersCheck:
    masked_tails = {re.sub(r"\D", "", m)[-4:] for m in fields.masked_numbers}
    items = [_number(e164, new_readings(phones.get(e164, []), typed_number_readings(index, e164)),
                     masked_tails, index) for e164 in case.number_e164s]
    items = [between_pair(i, between_pair_lines(index)) for i in items]
    items = [misread_line_check(i, index, case.number_e164s) for i in items]
    items = [lone_reading_check(i, index) for i in items]
    return numbers_check(items)


def between_pair(item: NumberCheck, between: dict[str, Found]) -> NumberCheck:
    """A typed line the bill prints nowhere, strictly between the two ends of a slash pair with
    no count and no word naming a block ('830-555-0176/0190 (DID)'): the pair may be two lines
    or a block from one to the other, so the line is a question with the pair as evidence,
    neither a match nor "not found"."""
    pair = between.get(item.number)
    if item.verdict != Verdict.NOT_FOUND or item.evidence is not None or pair is None:
        return item
    return NumberCheck(item.number, Verdict.UNVERIFIABLE,
                       f"between the two numbers of \"{pair.form}\", which the bill prints with no "
                       "count of lines: two numbers, or a block from one to the other; check the "
                       "customer's service record (CSR) or ask the carrier", pair.evidence)


def _number(e164: str, found: list[Found], masked_tails: set[str],
            index: BillIndex | None = None) -> NumberCheck:
    """Listed when the bill prints it where it lists the account's lines; a number it also shows
    as a dialed number or a help line, and nowhere as a line, is not the customer's."""
    sightings = number_sightings(e164, found)
    best, s = number_rank(e164, sightings)
    if best == 2 and index is not None and (acct := account_only(
            e164, sightings, index, phone_index(index))) is not None:
        return NumberCheck(e164, Verdict.NOT_FOUND, f"on the bill only as the account number "
                           f"(\"{acct.label[:40]}\"), not among the lines it lists; not one of "
                           "the account's numbers", acct.evidence)
    if best == 1 and s is not None and index is not None and unplaced_beside_a_list(
            e164, sightings, index, phone_index(index)):
        return NumberCheck(e164, Verdict.NOT_FOUND, "printed on the bill with no label, apart "
                           "from the lines it lists (a contact's number, a call's other end?): "
                           "not shown to be one of the account's numbers", s.evidence)
    if best == 1 and s is not None and inside_account(s):
        return NumberCheck(e164, Verdict.UNVERIFIABLE, "printed only inside the account number, "
                           "not listed as one of the account's lines", s.evidence)
    if best == 1 and index is not None and (label := unread_labels(index, sightings)):
        return NumberCheck(e164, Verdict.UNVERIFIABLE, f"printed after a label the scan cannot "
                           f"read (\"{label[:40]}\"): it may be the carrier's help line as well "
                           "as one of the account's lines; compare it with the bill by eye",
                           s.evidence if s is not None else None)
    if best == 1 and index is not None and all(bare_digit_run(index, p) for p in sightings):
        return NumberCheck(e164, Verdict.UNVERIFIABLE, "printed only as a bare run of digits "
                           "that nothing on the scan explains (a payment stub's scan line?); "
                           "compare it with the bill by eye", sightings[0].evidence)
    if best >= 1 and s is not None:
        # of the places that list it as surely, one read with confidence is enough
        sure = next((p for p in line_peers(s, sightings) if p.read_conf >= MIN_MATCH_READ
                     or read_twice(p, sightings) or read_as_typed(p, best == 2 or (
                         index is not None and (in_number_grid(index, p) or (
                             in_number_column(index, p)))))), None)
        if sure is None:
            return NumberCheck(e164, Verdict.UNVERIFIABLE, "read with low confidence on the "
                               "scan; compare it by eye", s.evidence)
        return NumberCheck(e164, Verdict.EXACT, "listed on the bill", sure.evidence)
    if s is not None:
        return NumberCheck(e164, Verdict.NOT_FOUND, f"on the bill only as {where(s)}; "
                           "not one of the account's numbers", s.evidence)
    if e164[-4:] in masked_tails:
        return NumberCheck(e164, Verdict.UNVERIFIABLE, "the bill lists it with masked digits")
    return NumberCheck(e164, Verdict.NOT_FOUND, "not among the account's numbers on the bill")

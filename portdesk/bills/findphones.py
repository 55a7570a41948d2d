"""Case first for phone numbers: every dialable number the bill prints, ranges expanded, each
with the places that say whose it is (one of the account's lines, a help line, a number dialed).
"""

from __future__ import annotations

import re
from dataclasses import replace

from portdesk.bills.areacodes import area_code_lines
from portdesk.bills.contactblock import contact_block_lines
from portdesk.bills.context import Context, Place, classify, fold, strong_help
from portdesk.bills.deptlines import department_lines
from portdesk.bills.findbase import Found, _phone_found, _word_span
from portdesk.bills.formerlines import changed_to, former_line, gone_in_its_row
from portdesk.bills.layout import Segment
from portdesk.bills.ocrdigits import CONFUSED_READ, as_digits
from portdesk.bills.pageindex import BillIndex, PageIndex
from portdesk.bills.parse import phones_in
from portdesk.bills.partyblocks import other_partys_number
from portdesk.bills.placerank import BLOCK, Sighting, primary_place, says_only_toll_free
from portdesk.bills.ranges import Block, abbreviated_in, blocks_in
from portdesk.bills.rowcounts import counted_pairs, row_counts, uncounted_pairs
from portdesk.bills.rowranges import row_blocks
from portdesk.bills.scanphones import add_scan_readings, digit_run_line, stub_scan_line
from portdesk.bills.scanranges import (
    ampersand_spans,
    block_caption,
    counted_blocks,
    counted_conf,
    counted_runs,
    exchange_read_twice,
    odd_join_spans,
)
from portdesk.bills.scantollfree import scan_toll_free_stack
from portdesk.bills.structure import carrier_furniture
from portdesk.bills.values import Evidence
from portdesk.bills.verdicts import MIN_MATCH_READ
from portdesk.domain.numbers import TOLL_FREE_NPAS


# -- numbers ---------------------------------------------------------------------------------
def phone_index(bill: BillIndex) -> dict[str, list[Found]]:
    """Every dialable number printed on the bill, ranges expanded, with its places."""
    cached = bill.cache.get("phones")
    if cached is not None:
        return cached  # type: ignore[return-value]
    out: dict[str, list[Found]] = {}
    bill.cache["phones"] = out
    left: set[str] = set()
    bill.cache["left_out"] = left
    between: dict[str, Found] = {}
    bill.cache["between"] = between
    for index in bill.pages:
        for seg in index.segments:
            seen = _phones_of(index, seg, seg.text, out, left)
            _between_pairs(index, seg, between)
            if index.page.source == "ocr":  # cut or glued by OCR unlike any printed form
                add_scan_readings(index, seg, seen, out)
            fixed = as_digits(seg.text) if index.page.source == "ocr" else seg.text
            if fixed != seg.text:  # 'SSS-0132' on a scan: listed too, as read partly wrong
                extra: dict[str, list[Found]] = {}
                _phones_of(index, seg, fixed, extra)
                for e164, sights in extra.items():
                    if e164 not in seen:
                        out.setdefault(e164, []).extend(
                            replace(f, read_conf=min(f.read_conf, CONFUSED_READ)) for f in sights)
        for joined in _range_across_cells(index):
            _phones_of(index, joined, joined.text, out, left)
        for e164, sights in area_code_lines(index).items():
            out.setdefault(e164, []).extend(f for f in sights if f not in out.get(e164, []))
        for first, last, block in row_blocks(index):
            head = _phone_found(index, first, 0, len(first.words) - 1)
            dash = " – " if block.last > block.first else " "  # a grid's exchange and line
            found = Found(f"{first.text}{dash}{last.text}", Evidence.of(first, last), head.places,
                          min(head.read_conf, last.conf))
            for e164 in block.numbers():
                if found not in out.setdefault(e164, []):
                    out[e164].append(found)
    department_lines(out, {e164: number_sightings(e164, found) for e164, found in out.items()})
    contact_block_lines(bill, out,
                        {e164: number_sightings(e164, found) for e164, found in out.items()})
    scan_toll_free_stack(bill, out,
                         {e164: number_sightings(e164, found) for e164, found in out.items()})
    return out


# the last word or two just before a number in running text, within its clause (after a full
# stop, a comma, a colon, a bracket): 'FRN' of '... Filer ID 826669. FRN 7106695990.'
_WORDS_BEFORE = re.compile(r"(?:^|\s)([A-Za-z][\w#.'-]*(?:\s+[A-Za-z][\w#.'-]*)?)\s*[:#]?\s*$")


def _an_identifier(text: str, at: int, found: Found) -> Found:
    """A number no label places, printed right after the name of an identifier in running text
    ('FRN 7106695990', 'Filer ID ...'): that identifier, never one of the account's lines."""
    if found.places:
        return found
    head = re.split(r"[.,;:()\[\]]\s", text[:at])[-1]
    words = _WORDS_BEFORE.search(head)
    if words is None or classify(words.group(1)) != Context.OTHER_ID:
        return found
    return replace(found, places=(Place(Context.OTHER_ID, words.group(1).strip(), "line"),))


# a cell opening with a range's word and the block's last line ('THRU 0126 DID BLOCK (11)')
_RANGE_CELL = re.compile(r"(?i)^(?:thru|through|to|\u00e0|a|-|\u2013)\s*\d{4}\b")
_RANGE_CELL_GAP = 6.0  # word heights: a fixed-width print's columns stand this far apart


def _range_across_cells(index: PageIndex) -> list[Segment]:
    """A block whose first number and its 'THRU 0126' stand in two cells of one row (a fixed-
    width print aligns its columns with spaces: '705 555-0116    THRU 0126 DID BLOCK (11)'):
    the two cells read as one run of text, as the row prints them."""
    out = []
    for seg in index.segments:
        numbers = phones_in(seg.text)
        if len(numbers) != 1 or numbers[0][1] != seg.text.strip():
            continue
        right = [r for r in index.lines.get(seg.line, []) if r.x0 > seg.x1
                 and r.x0 - seg.x1 < _RANGE_CELL_GAP * max(seg.height, 1.0)]
        if not right:
            continue
        nxt = min(right, key=lambda r: r.x0)
        if _RANGE_CELL.match(nxt.text.strip()):
            out.append(Segment(seg.page, (*seg.words, *nxt.words), seg.line))
    return out


def between_pair_lines(bill: BillIndex) -> dict[str, Found]:
    """The lines printed only between the two ends of a slash pair with no count
    ('830-555-0176/0190'), each with the pair: two lines or a block, the bill cannot say."""
    phone_index(bill)
    return bill.cache["between"]  # type: ignore[return-value]


def _between_pairs(index: PageIndex, seg: Segment, between: dict[str, Found]) -> None:
    for npa, nxx, first, last, span in uncounted_pairs(index, seg, seg.text):
        found = _phone_found(index, seg, *_word_span(seg, *span), at=span[0])
        for line in range(first + 1, last):
            between.setdefault(f"+1{npa}{nxx}{line:04d}", found)


def left_out_lines(bill: BillIndex) -> set[str]:
    """The numbers a block's print says it leaves out ("... thru 0152 (except 0140)"): never
    one of the lines by being printed beside the block."""
    phone_index(bill)
    return bill.cache["left_out"]  # type: ignore[return-value]


def _phones_of(index: PageIndex, seg: Segment, text: str, out: dict[str, list[Found]],
               left: set[str] | None = None) -> set[str]:
    """The numbers of one segment (`text` is its text, or the same read as digits) into `out`;
    the lines a block leaves out into `left`."""
    covered: list[tuple[int, int]] = []
    seen: set[str] = set()

    def add(e164: str, found: Found) -> None:
        seen.add(e164)
        out.setdefault(e164, []).append(found)

    blocks = blocks_in(text, index.page.source == "ocr")
    for block in _ends_only_when_miscounted(index, seg, blocks):
        a, b = _word_span(seg, *block.span)
        found = _phone_found(index, seg, a, b, at=block.span[0])
        if found.read_conf < 1.0:  # a scan: a count beside the block confirms its first line
            found = replace(found, read_conf=max(found.read_conf,
                                                 counted_conf(index, seg, block, a, b)))
        # a block of numbers is a list of lines by its form, whatever heads it
        found = replace(found, places=(*found.places, BLOCK))
        if block.repaired:  # its last number, printed whole, is still read on its own
            found = replace(found, read_conf=min(found.read_conf, CONFUSED_READ))
        for e164 in block.numbers():
            add(e164, found)
        if left is not None:
            left.update(f"+1{block.npa}{block.nxx}{line:04d}" for line in block.excluded)
        if not block.repaired:
            covered.append(block.span)
    for block, end, sure in counted_blocks(index, seg, text) if index.page.source == "ocr" else ():
        # the last line OCR misread, put back from the row's count: as sure as the first line
        a, b = _word_span(seg, block.span[0], end)
        found = _phone_found(index, seg, *_word_span(seg, *block.span), at=block.span[0])
        found = replace(found, places=(*found.places, BLOCK),
                        read_conf=min([sure] + [w.conf for w in seg.words[a:b + 1]]))
        for e164 in block.numbers():
            add(e164, found)
        covered.append(block.span)
    for block, sure in counted_runs(index, seg, text):
        # a block only the row's count still shows (its mark or its last end lost): as sure as
        # the count and the words of the ends it rests on
        a, b = _word_span(seg, *block.span)
        found = _phone_found(index, seg, a, b, at=block.span[0])
        digits = [w.conf for w in seg.words[a:b + 1] if any(c.isdigit() for c in w.text)]
        found = replace(found, places=(*found.places, BLOCK),
                        read_conf=min(sure, max(digits, default=0.0)))
        for e164 in block.numbers():
            add(e164, found)
    for block, found in _exchange_read_twice(index, seg, text):
        for e164 in block.numbers():
            add(e164, found)
        covered.append(block.span)
    for block in ampersand_spans(text) if index.page.source == "ocr" else ():
        # 'and' or a misread 'a' (to): the lines between are a question, never confirmed, but
        # under a caption naming a block ('Bloc de numéros') a sign read unsurely is the
        # block's 'à' (one read surely is the '&' printed: still a question)
        a, b = _word_span(seg, *block.span)
        found = _phone_found(index, seg, a, b, at=block.span[0])
        named = block_caption(index, seg) and min(
            (w.conf for w in seg.words[a:b + 1] if w.text.strip() == "&"), default=1.0) < SURE_MARK
        for e164 in block.numbers():
            if e164 not in seen:
                add(e164, replace(found, places=(*found.places, BLOCK)) if named else replace(
                    found, read_conf=min(found.read_conf, AMBIGUOUS_READ)))
    for block, mark in odd_join_spans(text) if index.page.source == "ocr" else ():
        # a mark OCR could not read between two numbers of one exchange ('à', '&', '-'): the
        # lines between are a question, never confirmed, never "not found" (an unsure block)
        a, b = _word_span(seg, *mark)
        if max(w.conf for w in seg.words[a:b + 1]) >= ODD_MARK_READ:
            continue
        found = _phone_found(index, seg, *_word_span(seg, *block.span), at=block.span[0])
        for e164 in block.numbers():
            if e164 not in seen:
                add(e164, replace(found, read_conf=min(found.read_conf, AMBIGUOUS_READ)))
    scan_line = digit_run_line(text) or (index.page.source == "ocr" and stub_scan_line(index, seg))
    for e164, printed in phones_in(text):
        at = text.find(printed)
        # on a scan a block's first number, printed whole, keeps its own reading: read surely
        # it confirms its line whatever OCR made of the block's other end ('614-555-0178 to’
        # 614-555-0188' with the last end at 0.23); a text layer's block says it all
        first_own = index.page.source == "ocr"
        if any(s < at < e or (s == at and not first_own) for s, e in covered) or (
                scan_line and printed.isdigit()):
            continue
        a, b = _word_span(seg, at, at + len(printed))
        found = _in_margin(index, seg, _phone_found(index, seg, a, b, at=at))
        found = other_partys_number(index, seg, found)
        found = _the_accounts_number(index, seg, found, e164, text)
        found = _billed_to_a_number(found, e164, text, at)  # "... is billed to 706-555-0116."
        found = former_line(text, at, at + len(printed), found)  # "line ... disconnected 12/17"
        found = changed_to(text, at, found)  # "your number will change from ... to <it>"
        found = _an_identifier(text, at, found)  # "... Filer ID 826669. FRN 7106695990."
        found = gone_in_its_row(index.segments, seg, found)  # a status cell: "Ported out"
        after = text[at + len(printed):]
        if _ID_SUFFIX.match(after):  # '522-378-5402/750': an account number, not a line
            found = replace(found, whole=False)
        add(e164, _as_account_id(found, printed, after))
    for npa, nxx, first, last, span in counted_pairs(index, seg, text):
        # '402-555-0178/0186' on a row counting nine lines: one block, its ends as printed
        found = _phone_found(index, seg, *_word_span(seg, *span), at=span[0])
        for e164 in Block(npa, nxx, first, last, span).numbers():
            add(e164, replace(found, places=(*found.places, BLOCK)))
    for e164, (start, end) in abbreviated_in(text, index.page.source == "ocr"):
        a, b = _word_span(seg, start, end)
        # '519-555-0195, -0188': a later line of a list written by its last digits is one of
        # the account's lines by its form, like a block's
        found = _phone_found(index, seg, a, b, at=start)
        add(e164, replace(found, places=(*found.places, BLOCK)))
    return seen


def _ends_only_when_miscounted(index: PageIndex, seg: Segment, blocks: list[Block]) -> list[Block]:
    """A text page's one block whose row counts another number of lines ('720-555-0133 thru
    0152', 20 lines, beside '12 numbers'): the print contradicts itself, so the block vouches
    for its two printed ends only (a count that agrees confirms it; a scan's counts are read by
    counted_conf). Wrong is worse than empty: the lines between are not listed from it."""
    if index.page.source == "ocr" or len(blocks) != 1:
        return blocks
    block = blocks[0]
    # the block's own ends are no count ('... thru 0149 DID Block' reads as '149 DIDs')
    printed = {int(d) for d in re.findall(r"\d+", seg.text[block.span[0]:block.span[1]])}
    counts = {n for n, _ in row_counts(index, seg)} - printed
    size = block.last - block.first + 1 - len(block.excluded)
    if len(counts) != 1 or min(counts) < 2 or size in counts:
        return blocks
    return [replace(block, excluded=frozenset(range(block.first + 1, block.last)))]


# a reading the pixels leave two ways ('&' or a misread 'a' between two lines): under the floor
# at which a reading of the typed value confirms it (scantyped.TYPED_READ), so never a match
AMBIGUOUS_READ = 0.3
SURE_MARK = 0.8  # a sign between a block's ends read at this or over is the sign printed
ODD_MARK_READ = 0.5  # a mark between two numbers read under this is noise, not what it reads as
_ID_SUFFIX = re.compile(r"/\d{1,3}(?![\d/])")


SURE_END = 0.85  # OCR confidence of the block's end that says which exchange it is in


def _exchange_read_twice(index: PageIndex, seg: Segment, text: str) -> list[tuple[Block, Found]]:
    """A scan's block whose whole ends disagree on one digit of the exchange: the end read
    surely (the other at noise level) gives the exchange. A count on the row that agrees with
    the ends is a second witness (the block is as sure as that end and the count); without one,
    the first line is as unsure as its noise-level word: a question. Two ends read alike surely are two exchanges: no block."""
    if index.page.source != "ocr":
        return []
    out = []
    for in_first, in_last, head, tail in exchange_read_twice(text):
        conf = [min((w.conf for w in seg.words[a:b + 1]), default=0.0)
                for a, b in (_word_span(seg, *head), _word_span(seg, *tail))]
        if max(conf) < SURE_END or min(conf) >= MIN_MATCH_READ:
            continue
        block = in_first if conf[0] > conf[1] else in_last
        a, b = _word_span(seg, *block.span)
        found = _phone_found(index, seg, a, b, at=block.span[0])
        sure = counted_conf(index, seg, block, a, b)
        read = min(max(conf), sure) if sure else AMBIGUOUS_READ  # its first line unconfirmed
        out.append((block, replace(found, places=(*found.places, BLOCK), read_conf=read)))
    return out


def number_sightings(e164: str, found: list[Found]) -> list[Sighting]:
    """Where the bill prints a phone number, each judged as one of the account's lines could be."""
    toll_free = e164[2:5] in TOLL_FREE_NPAS
    out = []
    for f in found:
        place = primary_place(f.places, "numbers", toll_free)
        if toll_free and place.context == Context.NUMBERS:
            place = _help_sentence(f.places) or place
        if not toll_free and place.context == Context.HELP and place.relation in ("line", "block"):
            place = _not_toll_free(place)
        out.append(Sighting(f.form, f.evidence, place.context, place.label, f.read_conf, f.whole,
                            direct=place.relation in ("line", "column")))
    return out


def _help_sentence(places: tuple[Place, ...]) -> Place | None:
    """'Questions? Call Customer Service / at 1.800.555.0100': a toll-free number finishing a
    carrier's help sentence is its help line, even in the column under the lines' heading."""
    return next((p for p in places if p.context == Context.HELP and p.relation in (
        "line", "block") and strong_help(p.label) and not says_only_toll_free(p.label)), None)


_TOLL_FREE_WORDS = re.compile(r"\btoll[- ]?free\b|\bsans frais\b")


def _not_toll_free(place: Place) -> Place:
    """'US Toll-free Number +1 (208) 555-0129': a label calling the number toll-free describes
    it; a geographic number under it is no carrier's free help line, so the label's other words
    say what it is ('US Number': one of the lines)."""
    label = fold(place.label)
    if not _TOLL_FREE_WORDS.search(label):
        return place
    rest = _TOLL_FREE_WORDS.sub(" ", label)
    ctx = classify(rest)
    return Place(ctx, place.label, place.relation) if ctx != Context.HELP else place


_ONE_NUMBER = re.compile(r"(?:your |account )?(?:telephone|phone|tel\.?)\s*(?:number|no\.?|#)\W*$|"
                         r"(?:numero|no) de telephone\W*$")


def one_number_caption(label: str) -> bool:
    """'Telephone Number', 'Phone No.': a caption answered by one number, not a list of lines."""
    return _ONE_NUMBER.match(fold(_label_words(label))) is not None


def _the_accounts_number(index: PageIndex, seg: Segment, found: Found, e164: str,
                         text: str) -> Found:
    """'Telephone Number 502-555-0141' beside the account number, 'Telephone No.' over one
    value in the account's header grid, or right over it in the account's stack of captions
    over values ('Account Number' over '1924561' over 'Telephone Number' over '519-555-0120'):
    one number answering a singular label is the account's own (billing) number, not a list of
    lines. A toll-free number never is: it is the carrier's."""
    if not found.places or e164[2:5] in TOLL_FREE_NPAS:
        return found
    place = found.places[0]
    if place.context != Context.NUMBERS or place.relation not in ("line", "column", "block"):
        return found
    if not _ONE_NUMBER.match(fold(_label_words(place.label))) or len(phones_in(text)) != 1:
        return found
    if not _among_account_details(index, seg, place.relation):
        return found
    return Found(found.form, found.evidence, (Place(Context.BTN, place.label, place.relation),
                                              *found.places[1:]), found.read_conf, found.whole)


# the words of a sentence that bills the account to what follows ('Your account is billed to',
# 'Charges are invoiced to', 'Votre compte est facture au'): said of a number, that number is
# the one the account is billed to
_BILLED_TO = re.compile(r"\b(?:bill(?:ed)?|invoiced|charged|facturee?s?|facturad[ao]s?) "
                        r"(?:to|au|a)\W*$")

# what 'billed to' / 'facturé au' is read as on its own: a holder's label ('Bill to'), an
# invoice's ('facture'), the account's ('Your account is ...'); never a help or usage line's
_READ_FOR_BILLED_TO = frozenset({Context.NAME, Context.OTHER_ID, Context.ACCOUNT})


def _billed_to_a_number(found: Found, e164: str, text: str, at: int) -> Found:
    """A number right after 'billed to' in a sentence ('Your account is billed to 706-...'): its
    words read as a holder's label ('Bill to') or an invoice's ('facture'), but a name or an
    invoice is no telephone number; the account billed to a number is billed to its billing
    telephone number. One number in the sentence only, never a toll-free one."""
    if not found.places or e164[2:5] in TOLL_FREE_NPAS or len(phones_in(text)) != 1:
        return found
    place = found.places[0]
    if place.context not in _READ_FOR_BILLED_TO or place.relation != "line" or (
            not _BILLED_TO.search(fold(text[:at]))):
        return found
    return replace(found, places=(Place(Context.BTN, place.label, "line"), *found.places[1:]))


def _among_account_details(index: PageIndex, seg: Segment, relation: str) -> bool:
    """In the account's header: a grid whose other cells name the account, an invoice or a
    date, with this one value under it; or a pair beside an account number pair."""
    from portdesk.bills.layout import below

    if relation == "block":  # the caption right over the one value, in a stack of pairs
        up, under = index.up(seg), below(seg, index.by_top, max_lines=2.2)
        if up is None or abs(up.x0 - seg.x0) > 6 or not _ONE_NUMBER.match(fold(up.text)) or (
                under is not None and phones_in(under.text)):
            return False
        return any(classify(_label_words(cell.text)) == Context.ACCOUNT
                   for cell in _stack_of(index, up))
    if relation == "column":
        header = index.header_row(seg)
        under = below(seg, index.by_top, max_lines=2.2)
        if header is None or (under is not None and phones_in(under.text)):
            return False  # a column of numbers: the account's lines
        return any(classify(h.text) in (Context.ACCOUNT, Context.OTHER_ID)
                   or "date" in fold(h.text) for h in header)
    rows = [" ".join(s.text for s in sorted(index.lines.get(n, []), key=lambda s: s.x0))
            for n in (seg.line - 2, seg.line - 1, seg.line + 1, seg.line + 2)]
    return any(classify(_label_words(row)) == Context.ACCOUNT for row in rows if row) or any(
        classify(_label_words(cell.text)) == Context.ACCOUNT for cell in _stack_of(index, seg))


_INK_BOX = 0.7  # an OCR word box's height over the text layer's for the same type


def _stack_of(index: PageIndex, seg: Segment) -> list[Segment]:
    """The labels of the stack of pairs this one ends or sits in: rows above and below whose
    first cell starts where this row's label does, with no blank line between them. On a scan
    a line of the other column, set a little higher or lower by a photo's lean, can fall
    between two rows: a line with nothing reaching this column does not end the stack."""
    left = index.left_of(seg)
    start = left[0].x0 if left and seg.x0 - left[0].x1 < 150 else seg.x0
    scan = index.page.source == "ocr"
    # OCR boxes hug the ink: a caption is boxed to its letters (about 0.7 of the font's box a
    # text layer gives), and the stack's gap between pairs is measured in the font's lines
    unit = max(seg.height / (_INK_BOX if scan else 1.0), 6.0)
    cells: list[Segment] = []
    for step in (-1, 1):
        previous, n = seg, seg.line + step
        while 0 <= n <= max(index.lines, default=0) and abs(n - seg.line) <= 8:
            row = index.lines.get(n, [])
            cell = next((c for c in row if abs(c.x0 - start) < 6), None)
            if cell is None and scan and all(c.x1 < start - 6 for c in row):
                n += step
                continue
            if cell is None or abs(cell.top - previous.top) > 2.2 * unit:
                break
            cells.append(cell)
            previous, n = cell, n + step
    return cells


def _label_words(label: str) -> str:
    """'Telephone Number: 502-555-0141' -> 'Telephone Number:' (the words before any digit)."""
    m = re.search(r"\d", label)
    return label[:m.start()] if m else label


def _in_margin(index: PageIndex, seg: Segment, found: Found) -> Found:
    """An unlabelled number on a line of the carrier's own furniture (its legal name or web
    site beside it, the 'Page 2 of 3' line, a line repeated on every page) is the carrier's,
    not one of the customer's lines; where the line sits on the page says nothing."""
    if any(p.context != Context.NONE for p in found.places if p.relation != "section"):
        return found
    if not carrier_furniture(seg, index.lines.get(seg.line, [seg]), index.running):
        return found
    margin = Place(Context.CARRIER, "the carrier's own line (name, web site, page furniture)",
                   "line")
    return Found(found.form, found.evidence, (margin, *found.places), found.read_conf,
                 found.whole)


def _as_account_id(found: Found, printed: str, after: str) -> Found:
    """Ten bare digits beside an account label are the account number, not a phone line; a
    number that an account number goes on after ("265 992-1013 629") is part of it (`whole`
    False): many wireline accounts start with the billing number, but not every one does."""
    if not any(p.context == Context.ACCOUNT for p in found.places[:1]):
        return found
    if printed.isdigit():
        places = (Place(Context.OTHER_ID, found.places[0].label, found.places[0].relation),
                  *found.places[1:])
        return Found(found.form, found.evidence, places, found.read_conf, found.whole)
    if re.match(r"[\s/-]?\d", after):
        return Found(found.form, found.evidence, found.places, found.read_conf, False)
    return found

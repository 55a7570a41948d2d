"""The whole mapping of a form: every blank decided, groups read, conflicts settled, review listed.

Two blanks that both look like the account number cannot both be right: strong evidence (a clear
label beside the blank) keeps every blank it names (forms repeat the customer's name on each
page), weak evidence keeps only the best and lists the rest for the specialist.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from portdesk.loa.accounts import other_accounts
from portdesk.loa.addressrow import house_number_cells
from portdesk.loa.afterlabels import labels_after_their_lines
from portdesk.loa.agreement import disagreement
from portdesk.loa.areacode import one_area_code_for_all
from portdesk.loa.blanks import CELLS, SHORT, Blank
from portdesk.loa.choices import is_choice, options
from portdesk.loa.claims import one_value_per_blank
from portdesk.loa.codekey import form_legend, keyed_by
from portdesk.loa.collect import CHOICE, collect_blanks, page_texts
from portdesk.loa.columns import RANGE, choices_per_row, ranges_only_alone
from portdesk.loa.context import own_label_not_heading
from portdesk.loa.copies import copy_offsets, is_copy_of
from portdesk.loa.dateboxes import (
    mark_date_boxes,
    mark_date_parts,
    place_before_date_parts,
    whole_date_before_a_century,
)
from portdesk.loa.datesentence import requested_date_in_sentence
from portdesk.loa.fields import DATE_FIELDS, LoaField
from portdesk.loa.formscan import Widget, Word
from portdesk.loa.formtraits import date_format, guess_form_languages
from portdesk.loa.governing import one_number_per_line
from portdesk.loa.labels import PageText
from portdesk.loa.layoutonly import (
    layout_only,
    numbers_by_layout,
    numbers_continued,
    signature_by_layout,
    unread_language,
)
from portdesk.loa.lexicon import reading_in
from portdesk.loa.listrow import lists_side_by_side
from portdesk.loa.localityrow import split_locality_row
from portdesk.loa.mapping import (
    THRESHOLD,
    FormMap,
    Placement,
    Review,
    decide,
)
from portdesk.loa.numbering import slots_past_a_hole
from portdesk.loa.otherchoice import OPTIONS_ONLY, OTHER_OF, other_beside_choice
from portdesk.loa.persons import name_beside_signature, rest_of_their_row, second_person_by_name
from portdesk.loa.phoneboxes import spans, widget_keys
from portdesk.loa.rolematrix import party_columns
from portdesk.loa.rules import PageRules
from portdesk.loa.sections import mark_sections
from portdesk.loa.sideways import sideways_numbers
from portdesk.loa.signbox import signature_atop_the_dates_column, signature_box_beside_date
from portdesk.loa.signrows import (
    name_in_parts,
    one_name_under_one_label,
    party_cells_by_column,
    signature_rows_named_in_print,
    signature_table_rows,
)
from portdesk.loa.slots import mark_number_slots, order_slots
from portdesk.loa.stayrow import staying_row_continued
from portdesk.loa.ticks import Found, lists_under_partial_ticks
from portdesk.loa.twice import (
    account_asked_twice,
    address_asked_twice,
    address_line_continued,
    carrier_asked_twice,
    signature_asked_twice,
    town_asked_twice,
)
from portdesk.loa.vocabulary import NOT_OURS, UNLESS_HOLDER, normalise
from portdesk.loa.whitesign import signature_in_white_space

_STRONG = 0.8
_STATES = frozenset({LoaField.STATE, LoaField.BILLING_STATE})
_REPEATABLE = frozenset({LoaField.NUMBER, LoaField.SIGNATURE, LoaField.DATE_SIGNED,
                         LoaField.PORT_CHOICE, LoaField.REMAINING_NUMBER})
_LEADER_BASELINE = 3.0  # text sits this far above the bottom of a printed blank's box


def map_form(widgets: Sequence[Widget], words: Sequence[Word], pages: int,
             rules: dict[int, PageRules], country: str) -> FormMap:
    texts = page_texts(words, pages, rules)
    every = collect_blanks(widgets, texts, rules, country)
    blanks = [b for b in every if not b.extra.get(SHORT)]
    languages = guess_form_languages(texts, blanks)
    with reading_in(languages), keyed_by(form_legend(texts)):  # every label on the form is
        # read in the form's languages, a code label by its page's key or the form's legend
        return _map_in(every, blanks, texts, country, languages[0])


def _map_in(every: list[Blank], blanks: list[Blank], texts: dict[int, PageText], country: str,
            language: str) -> FormMap:
    by_page: dict[int, list[Blank]] = {}
    for b in blanks:
        by_page.setdefault(b.page, []).append(b)
    founds = [decide(b, texts[b.page], by_page[b.page], country, language) for b in blanks]
    for b in (b for b in every if b.extra.get(SHORT)):  # "Prov. [][]": two boxes side by
        f = decide(b, texts[b.page], [*by_page.get(b.page, []), b], country, language)
        if f.field in _STATES:  # side are as often a pair of ticks; a state code fills them
            founds.append(f)
            blanks.append(b)
    house_number_cells(founds)  # "Calle | Número | Piso": the street's number, no phone
    mark_number_slots(founds, texts)
    choices_per_row(founds)  # "Portar / Port | Manter / Keep" drop-downs on the rows of numbers
    other_beside_choice(founds, texts)  # "Operator [v]  Other (specify) [____]"
    ranges_only_alone(founds)  # a ranges table beside a list of numbers is the list's other way
    sideways_numbers(founds, texts)  # "Number 1 | Number 2 | ..." over rows of parts
    lists_under_partial_ticks(founds, texts)
    one_area_code_for_all(founds, texts)
    one_number_per_line(founds)
    staying_row_continued(founds)  # "numbers that stay" over [____] [____]: one on each
    requested_date_in_sentence(founds, texts)
    mark_date_boxes(founds, texts)
    mark_date_parts(founds, texts, country)
    place_before_date_parts(founds)
    whole_date_before_a_century(founds, texts)  # "____________ 20__" read as one date
    split_locality_row(founds)
    mark_address_blocks(founds)
    own_label_not_heading(founds)
    other_accounts(founds, texts)  # "Account 1 | Account 2": the case is the first one
    party_columns(founds, texts)  # "Name | [customer's] | [carrier's]": a party's column
    mark_sections(founds, texts)
    second_person_by_name(founds)
    party_cells_by_column(founds, texts)  # "Customer | [sign] |" under "| Signature |"
    signature_rows_named_in_print(founds, texts)  # "Customer" printed in the row's first cell
    signature_table_rows(founds)  # "| Signature | Name | Date" rows: the first cell names whose
    labels_after_their_lines(founds, texts)  # "____ account no.  ____ PIN": labels follow
    name_in_parts(founds, texts)  # "Surname | First name": never the whole name in one part
    one_name_under_one_label(founds)  # one label over two boxes: the name once, in the first
    name_beside_signature(founds)
    rest_of_their_row(founds)
    address_line_continued(founds)
    address_asked_twice(founds, texts)
    carrier_asked_twice(founds)
    account_asked_twice(founds)
    town_asked_twice(founds)
    signature_asked_twice(founds)
    unread = unread_language(texts)
    if unread:  # its words are no evidence: only what the layout makes certain is placed
        layout_only(founds, texts)
    numbers_by_layout(founds)  # no blank read as the numbers: a numbered list of bare lines
    numbers_continued(founds)  # "11." .. "40." on an annex after slots 1-10: more of them
    lists_side_by_side(founds)  # "these numbers stay: [____] [____]": a number a blank
    signature_in_white_space(founds, texts, blanks)
    signature_by_layout(founds, texts)  # no place to sign read: the line at the foot
    signature_box_beside_date(founds)  # ... or the big box beside the date of signing
    signature_atop_the_dates_column(founds, texts)  # ... or the bare line atop its column
    one_field_many_places(founds)
    kept, review = _settle(founds)
    kept, past_a_hole = slots_past_a_hole(kept)  # slots 1-4, 9-20 found: never a slot off
    review += past_a_hole
    if unread:
        language = "en"  # no language of its own: dates in the customer's country's way
    placements = _placements(kept, texts, country, language)
    return FormMap(placements, review, language, blanks, layout_only_note(placements) if unread else "")


_ONE_EACH_PLACE = frozenset({LoaField.NUMBER, LoaField.REMAINING_NUMBER})


def one_field_many_places(founds: Sequence[Found]) -> None:
    """The widgets of one form field ask one value wherever they sit (the customer's name on
    page 1 and again on page 2, one field): a widget read surely gives its value to the others
    of its field that read nothing else (a weak "Client" beside the second had left it empty).
    Slots are no such field: each slot is its own number."""
    by_field: dict[str, list[Found]] = {}
    for f in founds:
        w = f.blank.widget
        if w is not None and w.kind == "text" and f.blank.kind == "widget":
            by_field.setdefault(w.field_name, []).append(f)
    for group in by_field.values():
        if len(group) < 2:
            continue
        sure = max(group, key=lambda f: f.confidence)
        if not isinstance(sure.field, LoaField) or sure.field in _ONE_EACH_PLACE or \
                sure.confidence < 0.7 or sure.against:
            continue
        if any(f.field not in (None, sure.field) for f in group):
            continue  # the field's places read differently: each keeps its own reading
        for f in group:
            if f is not sure and f.confidence < sure.confidence:
                f.field, f.confidence = sure.field, sure.confidence
                f.note(f"the same form field as the one read '{sure.evidence}'")


LAYOUT_ONLY = ("its labels are in a language PortDesk does not read: only what the layout "
               "makes certain was placed (lines numbered 1., 2., ... as the numbers, the long "
               "line at the foot as the signature and the short one beside it as its date); "
               "place every other value by clicking in the desk")
_NO_PLACE_TO_SIGN = ("; no place to sign was found by its layout either: place the signature "
                     "by clicking before signing, or print it and sign by hand")


def layout_only_note(placements: Sequence[Placement]) -> str:
    """What the fill says of a form read by its layout alone: a form it can fill must sign,
    or the fill says why not (signing would fail with no place to put the ink)."""
    signs = any(p.field == LoaField.SIGNATURE for p in placements)
    return LAYOUT_ONLY + ("" if signs else _NO_PLACE_TO_SIGN)


_LINES = {LoaField.SERVICE_ADDRESS: "service", LoaField.STREET: "service",
          LoaField.BILLING_ADDRESS: "billing", LoaField.BILLING_STREET: "billing"}
_TO_BILLING = {LoaField.CITY: LoaField.BILLING_CITY, LoaField.STATE: LoaField.BILLING_STATE,
               LoaField.POSTAL_CODE: LoaField.BILLING_POSTAL_CODE}
_BLOCK_REACH = 80.0  # points: a town or postcode blank belongs to the address line this close above


def mark_address_blocks(founds: list[Found]) -> None:
    """Town, province and postcode blanks belong to the address line above them (the one over
    them when two blocks stand side by side): under "Billing address" they are the billing
    address's, whatever their own label says."""
    lines = [f for f in founds if f.field in _LINES]
    for f in founds:
        if f.field not in _TO_BILLING:
            continue
        above = [a for a in lines if a.blank.page == f.blank.page
                 and 0 <= a.blank.rect[1] - f.blank.rect[3] + 2 <= _BLOCK_REACH]
        # blocks side by side (service address | billing address): the line over this blank
        over = [a for a in above if min(a.blank.rect[2], f.blank.rect[2])
                > max(a.blank.rect[0], f.blank.rect[0])]
        # "Adresse | Ville | Code postal" on one row: the address line left of it on its row
        row = [a for a in lines if a.blank.page == f.blank.page and a.blank.rect[2]
               <= f.blank.rect[0] + 2 and min(a.blank.rect[3], f.blank.rect[3])
               - max(a.blank.rect[1], f.blank.rect[1]) > 0.5 * (f.blank.rect[3] - f.blank.rect[1])]
        if not above and not row:
            continue
        nearest = max(row, key=lambda a: a.blank.rect[2]) if row else \
            min(over or above, key=lambda a: a.blank.rect[1] - f.blank.rect[3])
        if _LINES[nearest.field] == "billing":  # type: ignore[index]
            f.field = _TO_BILLING[f.field]  # type: ignore[index]
            f.note(f"under '{nearest.evidence}'")


def _settle(founds: list[Found]) -> tuple[list[Found], list[Review]]:
    review: list[Review] = []
    confident: list[Found] = []
    for f in founds:
        if f.field is None or f.field == NOT_OURS:
            if f.field is None and f.evidence and f.blank.kind in ("widget", "check"):
                review.append(Review(f.blank.page, f.blank.rect, "", 0.0,
                                     f"'{f.evidence}' is not one of ours: left empty"))
            continue
        if f.confidence < THRESHOLD:
            review.append(Review(f.blank.page, f.blank.rect, str(f.field), f.confidence,
                                 "not sure enough: left empty"))
            continue
        if why := disagreement(f, founds):
            review.append(Review(f.blank.page, f.blank.rect, str(f.field), f.confidence,
                                 f"{why}: left empty"))
            continue
        confident.append(f)
    by_field: dict[str, list[Found]] = {}
    for f in confident:
        key = f"{f.field}:{f.blank.part}"
        by_field.setdefault(key, []).append(f)
    kept: list[Found] = []
    offsets = copy_offsets(confident)  # the form printed twice side by side: both copies
    for key, group in by_field.items():
        if group[0].field in _REPEATABLE or len(group) == 1:
            kept += group
            continue
        strong = [f for f in group if f.confidence >= _STRONG]
        chosen = strong or [max(group, key=lambda f: f.confidence)]
        chosen += _contact_beside_signer(group, chosen)
        chosen += [f for f in group if f not in chosen
                   and any(is_copy_of(f, c, offsets) for c in chosen)]
        kept += chosen
        for f in group:
            if f not in chosen:
                review.append(Review(f.blank.page, f.blank.rect, key.split(":")[0], f.confidence,
                                     "another blank fits this value better: left empty"))
    kept, clashes = one_value_per_blank(kept)  # two values never share one box
    return kept, review + clashes


# "Contact person" / "Contact name": the case's one person, who also signs
_CONTACT_PERSON = re.compile(r"\bcontact (person|name)\b")


def _contact_beside_signer(group: list[Found], chosen: list[Found]) -> list[Found]:
    """A "Contact person" blank and the signatory's name blank both ask for the case's one
    person (the signer is the contact: the case holds one): the name goes in each, not only in
    the surer one."""
    if group[0].field != LoaField.AUTHORIZED_NAME or \
            any(_CONTACT_PERSON.search(normalise(f.evidence)) for f in chosen):
        return []
    return [f for f in group if f not in chosen and _CONTACT_PERSON.search(normalise(f.evidence))][:1]


def _placements(kept: list[Found], texts: dict[int, PageText], country: str,
                language: str) -> list[Placement]:
    out: list[Placement] = []
    numbers = [f for f in kept if f.field == LoaField.NUMBER
               and not f.blank.part.startswith(RANGE)]  # a range's ends: no slots
    offsets = copy_offsets(kept)  # the form printed twice: a copy's slot is its original's
    copy_of = {id(f): o for f in numbers for o in numbers if is_copy_of(f, o, offsets)}
    slots = order_slots([f for f in numbers if id(f) not in copy_of])
    slot_of = {id(f): n for n, f in enumerate(slots)}
    slot_of |= {i: slot_of[id(o)] for i, o in copy_of.items() if id(o) in slot_of}
    staying = order_slots([f for f in kept if f.field == LoaField.REMAINING_NUMBER])
    slot_of |= {id(f): n for n, f in enumerate(staying)}
    for f in kept:
        if f.row_of is not None and id(f.row_of) not in slot_of:
            continue  # its row's number cell is no slot: nothing of ours on that row
        b = f.blank
        assert isinstance(f.field, LoaField)
        p = Placement(f.field, f.confidence, f.source, b.widget.key if b.widget else None, b.page,
                      evidence=f.said(), slot=slot_of.get(id(f)), rect=b.rect, part=b.part,
                      lines=b.lines, kind=b.kind)
        p.x, p.y, p.width = _origin(b)
        p.mark = f.field not in DATE_FIELDS and b.kind in ("box", "cell", "widget") and \
            f.source in ("label (right)", "label (left)", "yes/no", "tooltip", "name") \
            and b.width <= 32 and b.height <= 32 and f.field.value in _TICKS
        if f.field in DATE_FIELDS and not b.part:
            p.fmt = date_format(b, texts[b.page], f.evidence, country, language)
        p.month_words = b.extra.get("month") == "name"
        p.comb = int(b.extra.get("comb", 0))
        p.boxes, p.part_widgets = spans(b.extra), widget_keys(b.extra)
        p.cells = spans(b.extra, CELLS)
        p.unless_holder = f.field in _ASKED_OF_THE_SIGNER and \
            UNLESS_HOLDER.search(normalise(f.said())) is not None
        p.starts = _line_starts(b)
        p.other_of = [o for o in b.extra.get(OTHER_OF, "").split("\n") if o]
        if b.extra.get(OPTIONS_ONLY):
            p.options_only = [o.shown for o in options(b.widget)] if b.widget is not None \
                and is_choice(b.widget) else [o for o in b.extra.get(CHOICE, "").split("\n") if o]
        if f.row_of is not None:
            p.row, p.choice = slot_of[id(f.row_of)], f.choice
        if f.field == LoaField.CONTACT_EMAIL and _at_sign_after(b, texts[b.page]):
            p.part = BEFORE_AT  # "[______] @ [______]": the box before the printed "@"
        out.append(p)
    _beside_the_main(out)
    return out


BEFORE_AT = "before @"
_AT_GAP = 8.0  # points between an e-mail's box and the "@" printed after it


def _at_sign_after(b: Blank, text: PageText) -> bool:
    """An "@" printed right after the e-mail's box: the box asks the part before it (the
    address written whole there would print its "@" and domain twice)."""
    return any(w.text == "@" and 0 <= w.x0 - b.rect[2] <= _AT_GAP
               for w in text.line_of(b.rect))


_MAIN_GAP = 6.0  # points between a numbers table's main-number cell and its next column


def _beside_the_main(placements: Sequence[Placement]) -> None:
    """"# | Main number | Additional numbers | Fax": the main number's cell on the table's first
    row holds the main number (the BTN); the column beside it, whose first slot shares its row,
    takes the other numbers (the main one written there again would be written twice)."""
    slots = [p for p in placements if p.field == LoaField.NUMBER and p.slot is not None
             and p.rect is not None]
    first = [p for p in slots if p.slot == 0]
    for main in (p for p in placements if p.field == LoaField.BTN and p.rect is not None):
        assert main.rect is not None
        for p in first:
            assert p.rect is not None
            share = min(main.rect[3], p.rect[3]) - max(main.rect[1], p.rect[1])
            if p.page == main.page and share > 0.6 * (p.rect[3] - p.rect[1]) and \
                    0 <= p.rect[0] - main.rect[2] <= _MAIN_GAP:
                for q in slots:
                    q.after_main = True
                return


# the signer's own details, asked "if different from the account holder": written only when
# the signer is not the holder
_ASKED_OF_THE_SIGNER = frozenset({LoaField.AUTHORIZED_NAME, LoaField.AUTHORIZED_TITLE,
                                  LoaField.CONTACT_PHONE, LoaField.CONTACT_EMAIL})
_TICKS = {"full_port", "partial_port", "business", "residential", "toll_free", "btn_ported",
          "btn_stays"}


def _line_starts(b: Blank) -> list[tuple[float, float]]:
    """A printed blank on several lines: the first line starts after its label."""
    if b.kind != "leader" or b.anchor is None or b.lines < 2:
        return []
    first = (b.anchor[0] + 2, b.anchor[1] + _LEADER_BASELINE)
    last_y = b.rect[1] + _LEADER_BASELINE
    step = (first[1] - last_y) / (b.lines - 1)
    return [first] + [(b.rect[0] + 2, first[1] - step * n) for n in range(1, b.lines)]


def _origin(b: Blank) -> tuple[float, float, float]:
    """Where overlaid text starts on a printed blank: on the line, or centred in a cell."""
    x0, y0, x1, y1 = b.rect
    if b.kind in ("leader", "gap"):
        return x0 + 2, y0 + _LEADER_BASELINE, x1 - x0 - 2
    if b.kind in ("cell", "box"):
        return x0 + 2, y0 + max(1.5, (min(y1 - y0, 14) - 7) / 2), x1 - x0 - 4
    return x0 + 2, y0 + 2, x1 - x0 - 2

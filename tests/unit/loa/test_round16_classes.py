"""Classes of issue 11 fixed in round 16 (known open classes from earlier rounds, then round 16's
tuning batches): each drawn here in the smallest form that has it, in words of its own (not any
round's forms'), and failing on the code before its fix."""

from __future__ import annotations

from datetime import UTC, datetime

import pypdfium2 as pdfium
import pytest

from portdesk.domain.numbers import area_and_local
from portdesk.loa.fields import values_from_case
from portdesk.loa.fill import analyse_form, fill_form
from portdesk.loa.sign import place_signature
from portdesk.loa.signature import typed_to_png
from portdesk.loa.tickwords import check_field
from portdesk.loa.vocabulary import classify, classify_in
from tests.loaforms.kit import a4, letter
from tests.unit.loa.helpers import world_case


def _fields(pdf: bytes, country: str) -> dict[str, str]:
    analysis = analyse_form(pdf, "form.pdf", country=country, strict=False)
    return {p.widget or p.target(): p.field.value for p in analysis.placements}


@pytest.mark.parametrize(("country", "heading", "asap", "on"), [
    ("US", "WHEN TO MOVE THE NUMBERS", "as soon as possible", "on:"),
    ("DE", "Tempi del trasferimento", "appena possibile", "il giorno:"),  # South Tyrol, say
])
def test_a_date_blank_offered_by_a_tick_is_the_requested_date(
        country: str, heading: str, asap: str, on: str) -> None:
    """'[ ] as soon as possible  [ ] on: ______': the blank after a tick's bare "on" is the day
    the customer picks for the port, never the signing date (the tick's label is a choice)."""
    s = (letter if country == "US" else a4)("tick-date", country, "en", [], "")
    s.band(40, 700, 500, heading, 9)
    s.checkbox("soon", 40, 680, None, asap)
    s.checkbox("onday", 200, 680, None, on)
    s.widget("when", 262, 677, 90, 15, "requested_date")
    s.text(40, 600, "Date", 8)
    s.widget("signed_on", 80, 596, 90, 15, "date_signed")
    s.sign_line("Signature", 200, 600, 450)
    fields = _fields(s.build()[0], country)
    assert fields.get("when") == "requested_date"
    assert fields.get("signed_on") == "date_signed"


def _in_band(pdf: bytes, country: str, low: float, high: float) -> list[str]:
    """The fields placed on blanks whose bottom edge lies between two heights (left to right)."""
    analysis = analyse_form(pdf, "form.pdf", country=country, strict=False)
    placed = [p for p in analysis.placements if p.rect is not None and low <= p.rect[1] <= high]
    return [p.field.value for p in sorted(placed, key=lambda p: (-p.rect[1], p.rect[0]))]  # type: ignore[index]


@pytest.mark.parametrize("widgets", [False, True])
def test_bare_lines_under_a_partial_ticks_list_label_take_the_numbers_that_stay(
        widgets: bool) -> None:
    """'[ ] Port some numbers only - these stay:' then rows of bare lines: the tick's label opens
    the list under it (the lines have no label of their own)."""
    s = letter("tick-list", "US", "en", [], "")
    s.tick(40, 699, "check:full_port", "Port all numbers")
    s.tick(180, 699, "check:partial_port", "Port some numbers only - these stay:")
    for row in range(2):
        for col in range(3):
            x, y = 40 + col * 170, 676 - row * 20
            if widgets:
                s.widget(f"keep{row}{col}", x, y, 150, 14, "remaining_number")
            else:
                s.line_under(x, y, x + 150, "remaining_number", "keeps")
    s.text(40, 620, "Street address:", 8.5)
    s.widget("street", 120, 616, 200, 14, "street")
    assert _in_band(s.build()[0], "US", 650, 690) == ["remaining_number"] * 6


def test_a_line_under_an_other_ticks_label_stays_empty() -> None:
    """'[ ] Other (please specify):' then a line: the tick is none of ours, nor is its line."""
    s = letter("tick-other", "US", "en", [], "")
    s.text(40, 700, "Service type:", 8.5)
    s.tick(120, 699, "check:business", "Business")
    s.tick(200, 699, None, "Other (please specify):")
    s.line_under(40, 676, 300, None, "other")
    assert _in_band(s.build()[0], "US", 660, 690) == []


def test_a_line_read_only_by_the_question_its_ticks_answer_joins_the_list_under_no() -> None:
    """'Will all numbers on the bill transfer? [ ] Yes [ ] No - give the others:' over three
    lines, the first under the question: the question (it reads as numbers) is the ticks', not
    the first line's label."""
    s = letter("tick-question", "US", "en", [], "")
    s.text(40, 700, "Will all numbers on the bill transfer?", 8.5)
    s.tick(250, 699, "check:full_port", "Yes")
    s.tick(300, 699, "check:partial_port", "No - give the others:")
    for col in range(3):
        s.line_under(40 + col * 170, 680, 190 + col * 170, "remaining_number", "others")
    assert _in_band(s.build()[0], "US", 670, 690) == ["remaining_number"] * 3


def test_a_caption_tight_under_the_box_above_is_its_own_when_this_box_has_one_below() -> None:
    """Boxes captioned under them, stacked so close that the upper box's caption nearly touches
    the lower box: the lower box's label is its own caption, not the one over it."""
    s = letter("stacked-captions", "US", "en", [], "")
    s.widget("upper", 40, 300, 240, 15, "authorized_name")
    s.text(40, 291, "Printed name of the person signing", 6.5)
    s.widget("lower", 40, 272, 240, 15, "authorized_title")
    s.text(40, 263, "Job title", 6.5)
    fields = _fields(s.build()[0], "US")
    assert fields.get("upper") == "authorized_name"
    assert fields.get("lower") == "authorized_title"


def test_a_row_of_square_boxes_edge_to_edge_is_a_comb_not_ticks() -> None:
    """'Post code [][][][]' drawn as squares sharing their sides (in a grey label's row): one
    value a character a box; a real tick a gap apart stays a tick."""
    s = a4("square-comb", "AU", "en", [], "")
    s.c.setFillGray(0.85)
    s.c.rect(40, 700, 70, 18, stroke=1, fill=1)
    s.c.setFillGray(0)
    s.text(43, 706, "Post code", 7.5)
    s.frame(110, 700, 80, 18)
    for n in range(4):
        s.frame(112 + n * 14, 702, 14, 14)
    s.tick(40, 660, "check:business", "Business")
    s.tick(140, 660, "check:residential", "Residential")
    analysis = analyse_form(s.build()[0], "form.pdf", country="AU", strict=False)
    combs = [p for p in analysis.placements if p.comb]
    assert [(p.field.value, p.comb) for p in combs] == [("postal_code", 4)]
    assert {p.field.value for p in analysis.placements if p.mark or p.kind == "box"} >= {
        "business", "residential"}


def test_lines_read_by_the_tail_of_the_heading_over_their_grid_are_its_slots() -> None:
    """A section heading "B. Lines kept by the existing provider" over three columns of bare
    lines: its last words run into the first lines (read as the carrier) but the heading
    governs the whole grid: the numbers that stay, never the carrier's name."""
    s = a4("heading-tail", "GB", "en", [], "")
    s.band(40, 700, 515, "B. Numbers remaining with your existing provider (partial port)", 9)
    for col in range(3):
        for row in range(2):
            x = 40 + col * 180
            s.line_under(x, 676 - row * 22, x + 155, "remaining_number", "stays")
    got = _in_band(s.build()[0], "GB", 640, 690)
    assert got == ["remaining_number"] * 6


def _image_count(pdf: bytes, page: int) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(list(doc[page].get_objects(filter=[3], max_depth=3)))
    finally:
        doc.close()


@pytest.mark.parametrize("initials", [True, False])
def test_a_uk_page_the_customer_initials_gets_no_margin_signature(initials: bool) -> None:
    """UK forms are signed and dated on every page, except that a page asking for the
    customer's initials is marked by them (by hand): no second signature in its margin."""
    s = a4("initialled", "GB", "en", [], "")
    s.text(40, 780, "Terms of the port", 11, bold=True)
    s.para(40, 760, "The numbers listed overleaf move to the new provider on the agreed day. "
           "Services on them with the old provider end then.", 500, 8)
    if initials:
        s.blank("Initials of the customer:", 40, 80, 170, None, size=7.5)
    s.next_page()
    s.sign_line("Signature", 40, 300, 300)
    s.blank("Date", 330, 300, 450, "date_signed")
    filled = fill_form(s.build()[0], values_from_case(world_case("GB")), "uk.pdf").pdf
    ink = typed_to_png("Zoë Dvořák")
    when = datetime(2026, 12, 5, 10, 30, tzinfo=UTC)
    signed, _where, _notes = place_signature(filled, ink, "Zoë Dvořák", "", when, "uk")
    assert _image_count(signed, 1) == 1
    assert _image_count(signed, 0) == (0 if initials else 1)


def test_an_aside_listing_kinds_of_numbers_leaves_the_heading_a_numbers_heading() -> None:
    """"Números a portar (cabecera y asociados)" over widgets numbered 1-6 across two rows: the
    aside says which numbers the list includes, it is no column that is not ours."""
    s = a4("aside-numbers", "NL", "es", [], "")
    s.text(40, 700, "Números a portar (cabecera y asociados):", 8, bold=True)
    for n in range(6):
        row, col = divmod(n, 3)
        x, y = 40 + col * 170, 676 - row * 20
        s.right_text(x + 20, y + 4, f"{n + 1}.", 8)
        s.widget(f"linea{n + 1}", x + 24, y, 130, 14, "number")
    analysis = analyse_form(s.build()[0], "form.pdf", country="ES", strict=False)
    slots = {p.widget: p.slot for p in analysis.placements if p.field.value == "number"}
    assert slots == {f"linea{n + 1}": n for n in range(6)}


@pytest.mark.parametrize("where", ["note", "name"])
def test_a_name_blank_qualified_after_it_as_asked_only_if_different_stays_empty(
        where: str) -> None:
    """'Name on the old account [______] (fill in only if not the same as above)', or a widget
    named so: the case has one account name, given above; this blank is for another one."""
    s = letter("if-different-after", "US", "en", [], "")
    s.text(40, 704, "Customer name:", 8)
    s.widget("cust", 120, 700, 200, 14, "account_name")
    s.text(40, 684, "Name on the old account:", 8)
    s.widget("Text7" if where == "note" else "Old name if not the same", 150, 680, 170, 14,
             None)
    if where == "note":
        s.text(326, 684, "(fill in only if not the same as above)", 6.5)
    fields = _fields(s.build()[0], "US")
    assert fields.get("cust") == "account_name"
    assert "Text7" not in fields and "Old name if not the same" not in fields


@pytest.mark.parametrize(("label", "field"), [
    ("Date de portage convenue", "not_ours"),  # the date the providers agree: their answer
    ("Fecha de portabilidad acordada", "not_ours"),
    ("Umstellungstermin vereinbart", "not_ours"),
    ("Fecha de portabilidad", "requested_date"),
    ("Company name (in Japanese characters)", "not_ours"),  # a script the case does not hold
    ("Company name (English)", "account_name"),
])
def test_agreed_dates_and_names_in_another_script_are_not_ours(label: str, field: str) -> None:
    read = classify(label)
    assert read is not None and str(read.field) == field


@pytest.mark.parametrize(("number", "region", "parts"), [
    ("+3615550140", "HU", ("1", "5550140")),  # "Körzetszám": 1, never the trunk "06" too
    ("+3662555170", "HU", ("62", "555170")),
    ("+4930555120", "DE", ("030", "555120")),  # "Vorwahl": the trunk 0 is part of it
    ("+74955550101", "RU", ("495", "5550101")),
])
def test_an_area_code_column_takes_the_trunk_prefix_only_when_it_is_0(
        number: str, region: str, parts: tuple[str, str]) -> None:
    assert area_and_local(number, region) == parts


def test_a_lead_date_word_before_two_captioned_blanks_dates_only_the_date_one() -> None:
    """'Dated: ________  ________' captioned "place" and "date": the lead word dates the row, the
    captions say which blank is which (the place of signing is not ours)."""
    s = a4("dated-row", "GB", "en", [], "")
    end = s.text(40, 300, "Dated:", 8.5) + 4
    s.line_under(end, 298, end + 110, None, "place")
    s.text(end, 289, "place", 6.5)
    s.line_under(end + 120, 298, end + 220, "date_signed", "date")
    s.text(end + 120, 289, "date", 6.5)
    assert _in_band(s.build()[0], "GB", 290, 305) == ["date_signed"]


@pytest.mark.parametrize(("label", "country", "written"), [
    ("Dátum (éééé.hh.nn.)", "HU", "2026.12.05"),  # the format printed in the label
    ("Data (zz.ll.aaaa)", "RO", "05.12.2026"),
    ("Dátum", "HU", "2026.12.05."),  # else the country's way
    ("Data", "RO", "05.12.2026"),
])
def test_hungarian_and_romanian_dates_are_written_their_way(
        label: str, country: str, written: str) -> None:
    s = a4("dates-east", "DE", "hu", [], "")
    s.text(40, 304, label, 8)
    s.widget("when", 160, 300, 100, 14, "date_signed")
    analysis = analyse_form(s.build()[0], "form.pdf", country=country, strict=False)
    fmt = next(p.fmt for p in analysis.placements if p.widget == "when")
    assert datetime(2026, 12, 5, tzinfo=UTC).strftime(fmt) == written


@pytest.mark.parametrize(("label", "field"), [
    ("Az előfizető neve", "account_name"), ("Irányítószáma", "postal_code"),
    ("Település neve", "city"), ("Megye", "state"), ("Képviselője neve", "authorized_name"),
    ("Ügyfélszám", "account_number"), ("Adóazonosító jel", "not_ours"),
    ("Átvevő szolgáltató", "not_ours"), ("Tanú aláírása", "not_ours"),
    ("Kért hordozási időpont", "requested_date"),
    ("Numele abonatului", "account_name"), ("Localitatea", "city"), ("Județul", "state"),
    ("Numărul de contract", "account_number"), ("Cod numeric personal (CNP)", "not_ours"),
    ("Numere care rămân la furnizor", "remaining_numbers"),
    ("Data dorită pentru portare", "requested_date"), ("Semnătura abonatului", "signature"),
])
def test_hungarian_and_romanian_labels_read_as_our_values(label: str, field: str) -> None:
    read = classify_in(label, ("hu", "ro"))  # read on a form in these languages only
    assert read is not None and str(read.field) == field


@pytest.mark.parametrize(("label", "tick"), [
    ("Részleges hordozás", "partial_port"), ("Teljes hordozás", "full_port"),
    ("Gazdálkodó szervezet (cég)", "business"), ("Persoană fizică", "residential"),
    ("Doar numerele de mai jos", "partial_port"), ("Toate numerele contului", "full_port"),
])
def test_hungarian_and_romanian_ticks(label: str, tick: str) -> None:
    assert str(check_field(label)) == tick


@pytest.mark.parametrize(("label", "field"), [
    ("Zeichnungsberechtigter", "authorized_name"),  # Austria: who may sign for the company
    ("Bisheriger Betreiber", "carrier"), ("Teilnehmernummern", "number"),
])
def test_austrian_labels(label: str, field: str) -> None:
    read = classify(label)
    assert read is not None and str(read.field) == field


def test_austrian_partial_tick() -> None:
    assert str(check_field("nur die unten aufgeführten")) == "partial_port"


def test_a_bare_phone_header_over_numbered_rows_heads_the_numbers() -> None:
    """'# | Tel. Nr. | Line kind' with rows numbered 1-4: the phone column is the numbers to
    port (the line-kind column stays empty)."""
    s = a4("tel-column", "GB", "en", [], "")
    s.text(40, 700, "Lines", 9, bold=True)
    for head, x, w in (("#", 40, 24), ("Tel. Nr.", 64, 140), ("Line kind", 204, 100)):
        s.frame(x, 676, w, 16)
        s.text(x + 3, 681, head, 7.5, bold=True)
    for r in range(4):
        y = 676 - 16 * (r + 1)
        s.frame(40, y, 24, 16)
        s.right_text(58, y + 5, str(r + 1), 8)
        s.frame(64, y, 140, 16)
        s.frame(204, y, 100, 16)
    got = _in_band(s.build()[0], "GB", 600, 676)
    assert got == ["number"] * 4


@pytest.mark.parametrize(("label", "field"), [
    ("Role", "authorized_title"), ("District", "city"),
    ("Carta d'identità n.", "not_ours"), ("Passport number", "not_ours"),  # the signer's papers
    ("Signature (as on your identity card)", "signature"),  # ... not a signature beside them
    ("Full name (as on identity card)", "authorized_name"),  # ... nor a name written as in them
])
def test_labels_round16_taught(label: str, field: str) -> None:
    read = classify(label)
    assert read is not None and str(read.field) == field


def test_a_bare_full_name_under_the_legal_representatives_heading_is_the_signer() -> None:
    s = a4("rappresentante", "DE", "it", [], "")
    s.band(40, 700, 515, "2. Rappresentante legale", 9)
    s.text(40, 676, "Nome e cognome", 8)
    s.widget("chi", 40, 660, 250, 14, "authorized_name")
    assert _fields(s.build()[0], "DE").get("chi") == "authorized_name"


def test_two_blanks_for_the_one_person_are_both_filled() -> None:
    """"Contact person" on page 1 and "Name of authorised person" by the signature: the case
    has one person, written in both (not one dropped as a weaker duplicate)."""
    s = a4("contact-twice", "GB", "en", [], "")
    s.blank("Contact person:", 40, 700, 300, "authorized_name")
    s.line_under(40, 300, 300, "authorized_name", "name")
    s.text(40, 290, "Name of authorised person", 7)
    assert _in_band(s.build()[0], "GB", 290, 710) == ["authorized_name"] * 2


def test_a_date_sentence_on_drawn_lines_is_read_on_a_page_with_widgets() -> None:
    """A partly fillable page (widgets above) ending on paper with "Firmado en ____, el __ de
    ______ de 20__" on drawn lines: day, month and year are the signing date's parts."""
    s = a4("es-partly-date", "NL", "es", [], "")
    s.text(40, 704, "Nombre o razón social", 8)
    s.widget("razon", 150, 700, 300, 14, "account_name")
    s.para(40, 440, "El abonado solicita la portabilidad de las numeraciones indicadas y consiente "
           "la baja del servicio con el operador donante para ellas.", 515, 8)
    y = 400
    x = s.text(40, y, "Firmado en", 9) + 4
    s.rule(x, y - 2, x + 110)
    x = s.text(x + 114, y, ", el", 9) + 4
    s.rule(x, y - 2, x + 24)
    x = s.text(x + 28, y, "de", 9) + 4
    s.rule(x, y - 2, x + 80)
    x = s.text(x + 84, y, "de 20", 9) + 2
    s.rule(x, y - 2, x + 18)
    analysis = analyse_form(s.build()[0], "form.pdf", country="ES", strict=False)
    parts = sorted(p.part for p in analysis.placements if p.field.value == "date_signed")
    assert parts == ["day", "month", "year2"]


@pytest.mark.parametrize(("label", "tick"), [
    ("¿Quiere mantener alguna línea con su operador actual?", "partial_port"),
])
def test_a_spanish_question_on_keeping_lines_is_the_partial_port(label: str, tick: str) -> None:
    assert str(check_field(label)) == tick


def test_a_bare_full_name_under_a_representative_heading_is_the_signer_in_spanish() -> None:
    s = a4("representante", "NL", "es", [], "")
    s.band(40, 700, 515, "REPRESENTANTE DE LA EMPRESA", 9)
    s.text(40, 676, "Apellidos y nombre", 8)
    s.widget("quien", 40, 660, 250, 14, "authorized_name")
    assert _fields(s.build()[0], "ES").get("quien") == "authorized_name"


@pytest.mark.parametrize("name", ["BusinessName", "Text3"])
def test_a_text_box_beside_a_bare_signatory_label_holds_the_signers_name(name: str) -> None:
    """'Authorised signatory: [______]' with a widget named for something else (or nothing):
    the signer's name; the same words under a drawn line stay the signature's caption."""
    s = a4("signatory-box", "GB", "en", [], "")
    s.text(40, 704, "Company:", 8)
    s.widget("co", 130, 700, 250, 14, "account_name")
    s.text(40, 684, "Authorised signatory:", 8)
    s.widget(name, 130, 680, 250, 14, "authorized_name")
    s.rule(40, 300, 300)
    s.text(40, 290, "Authorised signatory", 7)
    analysis = analyse_form(s.build()[0], "form.pdf", country="GB", strict=False)
    fields = {p.widget or p.target(): p.field.value for p in analysis.placements}
    assert fields.get(name) == "authorized_name" and fields.get("co") == "account_name"
    assert [p.field.value for p in analysis.placements
            if p.rect is not None and p.rect[1] < 320] != ["authorized_name"]


def test_the_providers_agent_block_gets_no_ink_and_no_date() -> None:
    """The customer signs and dates; under "PROCESSED BY (provider)" the agent's signature line,
    name and date, and a dealer code, are the provider's: nothing of ours goes there."""
    s = letter("agent-block", "US", "en", [], "")
    s.sign_line("Customer signature", 40, 400, 300, label_below=True)
    s.line_under(330, 400, 450, "date_signed", "date")
    s.text(330, 390, "Date", 7)
    s.band(40, 300, 530, "PROCESSED BY", 9)
    s.sign_line("Agent signature", 40, 260, 300, label_below=True)
    s.line_under(330, 260, 450, None, "agent date")
    s.text(330, 250, "Date", 7)
    s.blank("Dealer code:", 40, 220, 200, None)
    analysis = analyse_form(s.build()[0], "form.pdf", country="US", strict=False)
    low = [p.field.value for p in analysis.placements if p.rect is not None and p.rect[1] < 300]
    high = sorted(p.field.value for p in analysis.placements
                  if p.rect is not None and p.rect[1] > 380)
    assert low == [] and high == ["date_signed", "signature"]

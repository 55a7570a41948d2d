"""Classes round 13 showed once opened (issue 11): values written into boxes meant for others or
for something else. Each is drawn here in the smallest form that has it, in words of its own (not
the round's forms'), and fails on the code before its fix."""

from __future__ import annotations

import pytest

from portdesk.domain.entries import case_from_entry
from portdesk.loa.fields import values_from_case
from portdesk.loa.fill import analyse_form, fill_form
from portdesk.loa.formscan import extract_words
from portdesk.loa.tickwords import check_field
from portdesk.loa.vocabulary import classify
from tests.loaforms.kit import Sheet, a4, letter
from tests.unit.loa.helpers import make_entry, widget_values


def _three_widgets(s: Sheet, name: str, x: float, y: float) -> None:
    """'[___] - [___] - [____]': no bracket round the first widget."""
    s.widget(f"{name}a", x, y, 30, 14, None)
    s.text(x + 33, y + 5, "-", 8)
    s.widget(f"{name}b", x + 38, y, 30, 14, None)
    s.text(x + 71, y + 5, "-", 8)
    s.widget(f"{name}c", x + 76, y, 40, 14, None)


def _npa_form() -> bytes:
    s = letter("npa-headed", "US", "en", [], "")
    s.text(40, 760, "Zip code", 8)
    s.widget("zip", 100, 756, 80, 14, None)
    s.text(40, 724, "Main billing number", 8)
    _three_widgets(s, "btn", 150, 720)
    for n, word in enumerate(("NPA", "NXX", "LINE")):  # captions under the boxes
        s.text(152 + 38 * n, 712, word, 5.5)
    s.text(40, 690, "NUMBERS TO PORT", 9, bold=True)
    s.text(40, 676, "#", 7)
    for n, word in enumerate(("NPA", "NXX", "LINE")):  # a column heading over the rows only
        s.text(60 + 26 * n, 676, word, 6.5)
    for r in range(3):
        s.text(42, 660 - 18 * r, str(r + 1), 8)
        _three_widgets(s, f"n{r}", 58, 656 - 18 * r)
    return s.build()[0]


def test_number_widgets_named_npa_nxx_by_captions_or_a_heading_take_a_part_each() -> None:
    pdf = _npa_form()
    analysis = analyse_form(pdf, "form.pdf", country="US")
    fields = {p.widget: p.field.value for p in analysis.placements}
    assert fields.get("btna") == "btn" and fields.get("n0a") == "number"
    assert "postal_code" not in {fields.get(f"n{r}{c}") for r in range(3) for c in "abc"}
    filled = fill_form(pdf, values_from_case(case_from_entry(make_entry(2))), "f.pdf").pdf
    got = widget_values(filled)
    assert (got["btna"], got["btnb"], got["btnc"]) == ("212", "555", "0100")
    assert got["zip"] == "62701"
    assert "62701" not in {got[f"n{r}{c}"] for r in range(3) for c in "abc"}


def test_three_dashed_widgets_without_npa_words_stay_three_blanks() -> None:
    s = letter("dashed", "US", "en", [], "")
    s.text(40, 724, "Date of birth", 8)
    _three_widgets(s, "d", 150, 720)
    analysis = analyse_form(s.build()[0], "form.pdf", country="US", strict=False)
    assert not [p for p in analysis.placements if p.boxes]


def test_a_technical_contacts_row_captioned_below_stays_empty() -> None:
    s = letter("tech-row", "US", "en", [], "")
    s.text(40, 760, "Authorized person", 8)
    s.widget("who", 40, 740, 200, 14, None)
    s.text(40, 712, "Cut-over technician (if not the authorized person)", 8)
    s.widget("t_name", 40, 696, 140, 14, None)
    s.widget("t_phone", 190, 696, 110, 14, None)
    s.widget("t_mail", 306, 696, 150, 14, None)
    for x, cap in ((40, "Name"), (190, "Phone"), (306, "E-mail")):
        s.text(x, 688, cap, 6)
    fields = {p.widget: p.field.value
              for p in analyse_form(s.build()[0], "form.pdf", country="US").placements}
    assert fields.get("who") == "authorized_name"
    assert not {"t_name", "t_phone", "t_mail"} & set(fields)


def _signature_blocks() -> Sheet:
    s = a4("sig-blocks", "GB", "en", [], "")
    s.text(40, 780, "Customer name", 8)
    s.rule(120, 778, 400)
    s.text(40, 740, "CUSTOMER", 9, bold=True)
    s.text(310, 740, "TUI PHONE CO REPRESENTATIVE", 9, bold=True)
    for x in (40, 310):
        s.frame(x, 690, 240, 36)
        s.text(x, 682, "Signature", 6)
        s.text(x, 662, "Name", 8)
        s.rule(x + 30, 660, x + 240)
        s.text(x, 642, "Date", 8)
        s.rule(x + 30, 640, x + 240)
    s.text(40, 622, "Preferred port date", 8)
    s.rule(130, 620, 250)
    s.text(40, 604, "I ask Tui Phone Co to move my numbers and will pay for services up to the "
                    "port date.", 8)
    return s


def test_the_providers_representatives_block_stays_empty_and_the_name_under_the_signature_is_the_signers(
) -> None:
    pdf, _truth = _signature_blocks().build()
    analysis = analyse_form(pdf, "form.pdf", country="NZ")
    right = [p for p in analysis.placements if p.rect is not None and p.rect[0] > 300
             and p.rect[3] < 740]
    assert right == []
    names = [p.field.value for p in analysis.placements if p.rect is not None
             and 655 <= p.rect[1] <= 665 and p.rect[0] < 300]
    assert names == ["authorized_name"]


def test_a_sentence_ending_in_date_leaves_no_blank_after_it() -> None:
    pdf, _truth = _signature_blocks().build()
    entry = make_entry(1, requested_date="2027-05-27")
    filled = fill_form(pdf, values_from_case(case_from_entry(entry)), "f.pdf").pdf
    assert not [w for w in extract_words(filled) if 598 <= w.y0 <= 612 and "2027" in w.text]


@pytest.mark.parametrize(("label", "field"), [
    ("N° de client auprès de l'opérateur actuel", "account_number"),
    ("Nummer som ska stanna kvar hos operatören", "remaining_numbers"),
    ("Installateur (nom, téléphone)", "not_ours"),
    ("Teknisk kontakt", "not_ours"),
    ("Technician on site: phone", "not_ours"),
])
def test_labels_round_13_read_wrongly(label: str, field: str) -> None:
    read = classify(label)
    assert read is not None and str(read.field) == field


@pytest.mark.parametrize(("label", "field"), [
    ("Önskat flyttdatum", "requested_date"),
    ("Denominação social", "account_name"),
    ("N.º principal da conta", "btn"),
    ("Personne habilitée à signer", "authorized_name"),
    ("Tél. joignable en journée", "contact_phone"),
])
def test_labels_round_13_left_unread(label: str, field: str) -> None:
    read = classify(label)
    assert read is not None and str(read.field) == field


@pytest.mark.parametrize(("label", "tick"), [
    ("Empresarial", "business"), ("Företag", "business"), ("Client professionnel", "business"),
    ("Client privé", "residential"), ("Privatkund", "residential"),
])
def test_customer_type_ticks_round_13_left_unread(label: str, tick: str) -> None:
    assert str(check_field(label)) == tick


def test_a_company_name_label_is_no_business_tick() -> None:
    assert check_field("Företagsnamn") is None


def test_a_format_hint_over_numbered_lines_is_no_column_header() -> None:
    s = a4("format-hint", "GB", "en", [], "")
    s.text(40, 800, "Account name", 8)
    s.rule(110, 798, 400)
    s.band(40, 780, 515, "NUMBERS TO MOVE", 9)
    s.text(330, 752, "Format: 0XXXX XXXXXX", 7)
    for r in range(3):
        for col, x in enumerate((40, 300)):
            y = 730 - 20 * r
            s.right_text(x + 18, y, f"{col * 3 + r + 1}.", 8)
            s.rule(x + 22, y - 2, x + 240)
    analysis = analyse_form(s.build()[0], "form.pdf", country="GB")
    slots = sorted(p.slot for p in analysis.placements if p.field.value == "number")
    assert slots == [0, 1, 2, 3, 4, 5]


def test_a_widget_name_agreeing_with_what_the_section_made_of_its_label_is_no_disagreement(
) -> None:
    s = a4("contact-name", "GB", "en", [], "")
    s.text(40, 790, "Company name", 8)
    s.widget("firm", 40, 770, 250, 14, None)
    s.band(40, 740, 515, "CONTACT PERSON", 9)
    s.text(40, 720, "Name", 8)
    s.widget("Contact", 40, 702, 200, 14, None)
    fields = {p.widget: p.field.value
              for p in analyse_form(s.build()[0], "form.pdf", country="GB").placements}
    assert fields.get("Contact") == "authorized_name"

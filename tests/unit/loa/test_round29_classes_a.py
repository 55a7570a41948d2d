"""Classes round 29 showed once opened (issue 11), the first half (the Tyrolean, Kansas,
Sardinian and Newfoundland forms' layouts). Each is drawn or read here in words of its own (not
the round's forms'), and fails on the code before its fix."""

from __future__ import annotations

import pytest

from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import FormAnalysis, analyse_form, fill_form
from portdesk.loa.vocabulary import NOT_OURS, classify_in
from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round27_kit import widget
from tests.loaforms.round29_kit import comb
from tests.unit.loa.helpers import make_case, world_case

_DE_INTRO = "Hiermit beauftrage ich den neuen Anbieter, die unten genannten Rufnummern zu portieren."
_EN_INTRO = ("I authorize the new provider to act as my agent and to transfer the telephone "
             "numbers listed below from my current provider.")


def _analyse(s: Sheet, country: str) -> FormAnalysis:
    return analyse_form(s.build()[0], "form.pdf", country=country, strict=False)


def _written(s: Sheet, country: str) -> dict[str, list[str]]:
    values = values_from_case(world_case(country) if country != "US" else make_case(4))
    out = fill_form(s.build()[0], values, "form.pdf")
    found: dict[str, list[str]] = {}
    for r in out.rows:
        if r.value:
            found.setdefault(str(r.field), []).append(r.value)
    return found


def _german(name: str) -> Sheet:
    s = a4(name, "DE", "de", [], "")
    s.date_formats = ["%d.%m.%Y"]
    s.text(40, 800, "Auftrag zur Rufnummernmitnahme", 13, bold=True)
    s.para(40, 780, _DE_INTRO, 500, 8)
    return s


# -- the name as the bill prints it ---------------------------------------------------------------

@pytest.mark.parametrize(("label", "language"), [
    ("Name wie auf der Rechnung des bisherigen Anbieters", "de"),
    ("Name laut Rechnung des bisherigen Betreibers", "de"),
    ("Nom tel qu'il figure sur la facture de l'opérateur actuel", "fr")])
def test_the_name_as_the_bill_prints_it_is_the_customer_s(label: str, language: str) -> None:
    read = classify_in(label, (language,))
    assert read is not None and read.field == LoaField.ACCOUNT_NAME


def test_the_name_as_the_bill_prints_it_stays_the_customer_s_on_the_form() -> None:
    """The provider named after 'wie auf der Rechnung' only says which bill: the box is not
    the carrier's (the context had turned it into the provider's name)."""
    s = _german("bill-name")
    s.text(40, 736, "Name wie auf der Rechnung des bisherigen Anbieters", 7)
    widget(s, "Name", 40, 720, 300, 14, "account_name")
    s.text(40, 700, "Bisheriger Anbieter", 7)
    widget(s, "Anbieter", 40, 684, 200, 14, "carrier")
    s.sign_line("Unterschrift", 40, 560, 300, label_below=True)
    got = {p.widget: str(p.field) for p in _analyse(s, "DE").placements if p.widget}
    assert got.get("Name") == "account_name", got
    assert got.get("Anbieter") == "carrier", got


# -- a number's printed brackets and prefixes -----------------------------------------------------

def test_an_area_code_cell_between_printed_brackets_takes_the_code_without_its_trunk_0() -> None:
    """'Nr. | ( 0 Vorwahl ) | Rufnummer' rows, '( 0' and ')' printed in each area-code cell:
    the code goes between the brackets without the printed 0, the rest of the number beside it
    (the whole number had gone into the number column, the area-code cells left empty)."""
    s = _german("brackets")
    top = 700.0
    for head, x, w in (("Nr.", 40, 24), ("( 0  Vorwahl )", 64, 80), ("Rufnummer", 144, 160)):
        s.frame(x, top - 14, w, 14)
        s.text(x + 3, top - 10, head, 7, bold=True)
    for r in range(4):
        ry = top - 14 - (r + 1) * 17
        s.frame(40, ry, 24, 17)
        s.right_text(58, ry + 5, f"{r + 1}.", 7.5)
        s.frame(64, ry, 80, 17)
        s.text(67, ry + 5, "( 0", 8.5)
        s.text(136, ry + 5, ")", 8.5)
        s.frame(144, ry, 160, 17)
    s.sign_line("Unterschrift", 40, 480, 300, label_below=True)
    written = _written(s, "DE")
    assert written.get("area_code") == ["30", "30", "30"], written
    assert written.get("number") == ["555010", "555011", "555012"], written


def test_a_country_code_printed_before_a_phone_box_is_not_written_again() -> None:
    """'Telefon tagsüber' over '+49 [______]': the printed code is no label; the box takes the
    national number after it."""
    s = _german("country-code")
    s.text(40, 736, "Telefon tagsüber", 7)
    s.text(40, 724, "+49", 9)
    widget(s, "Tel", 62, 720, 160, 14, "contact_phone")
    s.sign_line("Unterschrift", 40, 560, 300, label_below=True)
    values = values_from_case(world_case("DE", contact_phone="+4930555099"))
    out = fill_form(s.build()[0], values, "form.pdf")
    phone = [r.value for r in out.rows if str(r.field) == "contact_phone"]
    assert phone == ["30555099"], [(r.field, r.value) for r in out.rows]


def test_a_country_code_of_another_country_leaves_the_phone_box_empty() -> None:
    s = _german("other-country")
    s.text(40, 736, "Telefon tagsüber", 7)
    s.text(40, 724, "+43", 9)
    widget(s, "Tel", 62, 720, 160, 14, "contact_phone")
    s.sign_line("Unterschrift", 40, 560, 300, label_below=True)
    values = values_from_case(world_case("DE", contact_phone="+4930555099"))
    out = fill_form(s.build()[0], values, "form.pdf")
    assert not [r.value for r in out.rows if str(r.field) == "contact_phone" and r.value]


# -- a list asked in blanks side by side ----------------------------------------------------------

def test_one_line_blanks_side_by_side_for_the_numbers_that_stay_take_one_each() -> None:
    """'these numbers stay with the current provider' over two boxes on one row: a number each,
    never the whole list in both."""
    s = letter("stay-row", "US", "en", [], "")
    s.text(40, 760, "Letter of Authorization", 13, bold=True)
    s.para(40, 740, _EN_INTRO, 500, 8)
    s.blank("Account holder name:", 40, 700, 400, "account_name")
    s.text(40, 672, "Partial ports only: these numbers stay with the current provider", 7.5)
    widget(s, "Stay1", 40, 652, 190, 14, None)
    widget(s, "Stay2", 240, 652, 190, 14, None)
    s.sign_line("Signature", 40, 560, 300, label_below=True)
    values = values_from_case(make_case(4, port_type="partial",
                                        remaining_numbers=["+12125550190", "+12125550191"]))
    out = fill_form(s.build()[0], values, "form.pdf")
    stay = sorted(r.value for r in out.rows if r.target in ("Stay1", "Stay2") and r.value)
    assert len(stay) == 2 and stay[0] != stay[1], stay


# -- counts and kinds of lines --------------------------------------------------------------------

@pytest.mark.parametrize(("label", "language"), [
    ("Number of employees", "en"), ("Anzahl der Mitarbeiter", "de"),
    ("Nombre de salariés", "fr")])
def test_a_count_of_something_the_case_does_not_hold_is_not_ours(label: str,
                                                                 language: str) -> None:
    read = classify_in(label, (language,))
    assert read is not None and read.field == NOT_OURS


def test_a_count_of_lines_is_still_the_count() -> None:
    read = classify_in("Number of lines", ("en",))
    assert read is not None and read.field == LoaField.NUMBER_COUNT


def test_additional_lines_over_a_column_are_numbers() -> None:
    read = classify_in("Additional lines", ("en",))
    assert read is not None and read.field == LoaField.NUMBER


def test_an_empty_cell_shaded_grey_is_no_blank() -> None:
    """'Main (BTN)' over one white cell and grey-shaded cells under it: the BTN once, in the
    white cell; the shaded ones take nothing."""
    s = letter("shaded", "US", "en", [], "")
    s.text(40, 760, "Letter of Authorization", 13, bold=True)
    s.para(40, 740, _EN_INTRO, 500, 8)
    s.blank("Account holder name:", 40, 700, 400, "account_name")
    top = 670.0
    s.frame(40, top - 14, 120, 14)
    s.text(43, top - 10, "Main (BTN)", 7, bold=True)
    for r in range(4):
        ry = top - 14 - (r + 1) * 17
        if r:
            s.c.setFillGray(0.8)
            s.c.rect(40, ry, 120, 17, stroke=1, fill=1)
            s.c.setFillGray(0)
        else:
            s.frame(40, ry, 120, 17)
    s.sign_line("Signature", 40, 480, 300, label_below=True)
    placed = [p for p in _analyse(s, "US").placements if p.rect and p.rect[3] < top - 12
              and p.rect[1] > top - 90]
    assert len(placed) == 1 and placed[0].rect and placed[0].rect[1] > top - 33, placed


# -- a code label and the form's legend -----------------------------------------------------------

def test_a_code_label_reads_the_legend_printed_on_another_page() -> None:
    """Page 1 prints the key of the codes, page 2 the boxes labelled only 'A1', 'A2 ²' (with a
    footnote mark) and a side note 'A2: see note 2': each box reads the legend's words."""
    s = letter("legend", "US", "en", [], "")
    s.text(40, 760, "Instructions", 13, bold=True)
    s.para(40, 740, _EN_INTRO, 500, 8)
    key = [("A1", "Name of the account holder"), ("A2", "Account number with the current "
                                                        "provider"),
           ("A3", "Current provider"), ("B1", "Service address (street and number)"),
           ("B2", "City")]
    for k, (code, words) in enumerate(key):
        s.text(50, 700 - 12 * k, code, 7.5, bold=True)
        s.text(80, 700 - 12 * k, words, 7.5)
    s.next_page()
    s.text(40, 760, "Request", 13, bold=True)
    s.text(40, 720, "A1", 7)
    widget(s, "Campo1", 40, 702, 300, 14, "account_name")
    s.text(40, 690, "A2 ²", 7)
    widget(s, "Campo2", 40, 672, 300, 14, "account_number")
    s.text(420, 690, "A2: see note 2", 6.5)
    s.sign_line("Signature", 40, 560, 300, label_below=True)
    got = {p.widget: str(p.field) for p in _analyse(s, "US").placements if p.widget}
    assert got == {"Campo1": "account_name", "Campo2": "account_number"}, got


@pytest.mark.parametrize(("label", "field"), [
    ("Qualifica del firmatario", LoaField.AUTHORIZED_TITLE),
    ("Data di sottoscrizione (gg/mm/aaaa)", LoaField.DATE_SIGNED)])
def test_italian_signer_s_title_and_signing_date(label: str, field: LoaField) -> None:
    read = classify_in(label, ("it",))
    assert read is not None and read.field == field


# -- a signature table that names its parties in printed cells ------------------------------------

def test_signed_on_is_the_signing_date() -> None:
    read = classify_in("Signed on", ("en",))
    assert read is not None and read.field == LoaField.DATE_SIGNED


def test_a_party_s_printed_row_name_leaves_the_signature_cell_to_its_column_head() -> None:
    """'| (corner) | Signature | Print name | Date' over 'Customer' and 'Witness' rows whose
    first cell is printed: the cell under 'Signature' on the customer's row is the ink's (not
    the name the word 'Customer' beside it reads), the empty corner cell takes nothing."""
    s = letter("party-rows", "US", "en", [], "")
    s.date_formats = ["%m/%d/%Y"]
    s.text(40, 760, "Letter of Authorization", 13, bold=True)
    s.para(40, 740, _EN_INTRO, 500, 8)
    top, heads = 700.0, [("", 60), ("Signature", 170), ("Print name", 130), ("Date", 80)]
    x = 40.0
    for head, w in heads:
        s.frame(x, top - 13, w, 13)
        if head:
            s.text(x + 2, top - 9.5, head, 6.5, bold=True)
        x += w
    for k, party in enumerate(("Customer", "Witness")):
        ry = top - 13 - (k + 1) * 30
        x = 40.0
        for _head, w in heads:
            s.frame(x, ry, w, 30)
            x += w
        s.text(42, ry + 12, party, 6.5, bold=True)
    analysis = _analyse(s, "US")
    table = {(str(p.field), round(p.rect[0])) for p in analysis.placements
             if p.rect and p.rect[1] < top}
    assert ("signature", 101) in table or ("signature", 100) in table, table
    corner = [p for p in analysis.placements if p.rect and p.rect[1] >= top - 14
              and p.rect[3] <= top + 1 and p.rect[0] < 100]
    assert not corner, corner
    witness = [p for p in analysis.placements if p.rect and top - 110 < p.rect[3] < top - 43]
    assert not witness, witness


# -- a number in paper combs ----------------------------------------------------------------------

def test_a_number_in_a_comb_of_three_groups_with_its_printed_brackets_and_dash() -> None:
    """'Main billing number  ( [][][] ) [][][] - [][][][]': one blank of ten boxes (the
    bracket and the dash printed between its groups are the number's, neither makes it no comb
    nor labels it), the BTN written a digit a box."""
    s = letter("comb-number", "US", "en", [], "")
    s.text(40, 760, "Letter of Authorization", 13, bold=True)
    s.para(40, 740, _EN_INTRO, 500, 8)
    s.blank("Account holder name:", 40, 700, 400, "account_name")
    s.text(40, 673, "Main billing number", 8)
    comb(s, 140, 670, "(___) ___-____", "btn", "main billing number")
    s.sign_line("Signature", 40, 560, 300, label_below=True)
    placed = [p for p in _analyse(s, "US").placements if p.rect and 660 < p.rect[1] < 680]
    assert [str(p.field) for p in placed] == ["btn"], placed


def test_transfer_requested_for_is_the_requested_date() -> None:
    read = classify_in("Transfer requested for", ("en",))
    assert read is not None and read.field == LoaField.REQUESTED_DATE


# -- what is printed under a box that has its own caption above -----------------------------------

def test_a_heading_under_a_box_with_its_own_caption_is_not_its_caption() -> None:
    """'Telefono di contatto' over its box, then right under the box the bold heading
    'Firmatario' over a 'Qualifica | Codice cliente' row: the heading is the block's below,
    the box stays the phone's (the signer's name had gone into the phone's box)."""
    s = a4("under-a-box", "IT", "it", [], "")
    s.date_formats = ["%d/%m/%Y"]
    s.text(40, 800, "Richiesta di portabilità", 13, bold=True)
    s.para(40, 780, "Il sottoscritto chiede la portabilità dei numeri indicati verso il nuovo "
           "operatore e dichiara che i dati sono veritieri.", 500, 8)
    s.text(40, 737, "Telefono di contatto", 7)
    widget(s, "Tel", 40, 720, 150, 14, "contact_phone")
    s.text(40, 714, "Firmatario", 8, bold=True)
    s.text(40, 701, "Qualifica", 7)
    widget(s, "Qual", 40, 684, 150, 14, "authorized_title")
    s.text(200, 701, "Codice cliente", 7)
    widget(s, "Cod", 200, 684, 150, 14, "account_number")
    s.sign_line("Firma", 40, 560, 300, label_below=True)
    got = {p.widget: str(p.field) for p in _analyse(s, "IT").placements if p.widget}
    assert got.get("Tel") == "contact_phone", got

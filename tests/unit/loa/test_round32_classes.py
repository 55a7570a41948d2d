"""Round 32's classes (issue 11, session 18: a first-sight gate and abstention), each in a small
drawn form of its own words; each test failed before its fix. The rules are general (how forms
are drawn and worded), never one form's literal. Most were found by the own-case probe
(`python -m tests.loaforms.own`), which fills every open drawn form with variants of its cases."""

from __future__ import annotations

import pytest

from portdesk.loa.choices import Option, option_for
from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import FormAnalysis, analyse_form, fill_form
from portdesk.loa.formscan import extract_words
from portdesk.loa.lexicon import reading_in
from portdesk.loa.tickwords import check_field
from portdesk.loa.vocabulary import NOT_OURS, classify_in
from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round30_kit import sign_table
from tests.loaforms.round32_kit import grey, role_matrix, transposed, vtext
from tests.unit.loa.helpers import make_case, widget_values

_INTRO = "I authorize the new provider to act as my agent and to transfer the numbers below."


def _analyse(s: Sheet, country: str) -> FormAnalysis:
    return analyse_form(s.build()[0], "form.pdf", country=country, strict=False)


def _at(analysis: FormAnalysis, field: LoaField) -> list[str]:
    return sorted(p.widget or p.target() for p in analysis.placements if p.field == field)


def _head(s: Sheet) -> None:
    s.text(40, 790, "Letter of Authorization", 13, bold=True)
    s.para(40, 770, _INTRO, 500, 8)


# -- a value that does not fit its box is not written (a cut or spilled value is wrong) -------

_LONG_TITLE = "Director of Group Telecommunications Procurement and Facilities Management"


def test_a_value_too_long_for_its_printed_blank_even_small_is_left_empty_and_said() -> None:
    """'Title: [short line]  Date: [line]': a title running past its blank at the smallest font
    would run into the next blank; it stays empty and the report asks for it by hand."""
    s = letter("long-blank", "US", "en", [], "")
    _head(s)
    s.blank("Account holder name:", 40, 700, 400, "account_name")
    s.blank("Title:", 40, 676, 140, "authorized_title")
    s.blank("Contact phone:", 150, 676, 400, "contact_phone")
    s.sign_line("Signature", 40, 600, 300, label_below=True)
    out = fill_form(s.build()[0], values_from_case(make_case(authorized_title=_LONG_TITLE)),
                    "form.pdf")
    title = [r for r in out.rows if r.field == "authorized_title"]
    assert [r.value for r in title] == [""], title
    assert any("authorized_title" in p and "by hand" in p for p in out.problems), out.problems
    names = [r.value for r in out.rows if r.field == "account_name"]
    assert names == ["José Núñez Plumbing & Heating LLC"]  # what fits is still written


def test_a_value_too_long_for_its_widget_even_small_is_left_empty_and_said() -> None:
    s = letter("long-widget", "US", "en", [], "")
    _head(s)
    s.text(40, 704, "Account holder name", 8)
    s.widget("name", 140, 700, 260, 15, "account_name")
    s.text(40, 684, "Title", 8)
    s.widget("title", 140, 680, 70, 15, "authorized_title")
    s.sign_line("Signature", 40, 600, 300, label_below=True)
    out = fill_form(s.build()[0], values_from_case(make_case(authorized_title=_LONG_TITLE)),
                    "form.pdf")
    got = widget_values(out.pdf)
    assert got.get("title", "") == "" and got["name"].startswith("José"), got
    assert any("authorized_title" in p and "by hand" in p for p in out.problems), out.problems


# -- a date mask whose century is glued to the separator: "__ . __ .20__" ---------------------

def test_a_date_mask_with_the_century_glued_to_its_dot_is_three_parts() -> None:
    """'Date: ___ . ___ .20___': the printed '.20' is the separator and the century together;
    the three short rules are the day, the month and the year's last two digits (the whole
    date written into the first rule spilled over the others)."""
    s = a4("glued-century", "GB", "en", [], "")
    _head(s)
    s.blank("Account holder name:", 40, 700, 400, "account_name")
    x = s.text(40, 640, "Date:", 9) + 4
    s.line_under(x, 638, x + 20, "date_signed_day", "day")
    x = s.text(x + 22, 640, ".", 9) + 2
    s.line_under(x, 638, x + 20, "date_signed_month", "month")
    x = s.text(x + 22, 640, ".20", 9) + 1
    s.line_under(x, 638, x + 18, "date_signed_year2", "year")
    s.sign_line("Signature:", 300, 640, 540)
    analysis = _analyse(s, "GB")
    parts = sorted((p.rect[0], p.part) for p in analysis.placements
                   if p.field == LoaField.DATE_SIGNED and p.rect)
    assert [part for _x, part in parts] == ["day", "month", "year2"], parts


# -- a date heading a table's column is no date phrase: its column's cell is the blank ---------

def test_a_date_column_heading_takes_no_date_its_row_cell_does() -> None:
    """'| Signature | Name | Date |' over the customer's row, under a line asking the desired
    date: the white space after 'Date' in the heading cell is padding, not a blank (the
    requested date was written there); the customer's cell in that column takes the date."""
    s = letter("date-head", "US", "en", [], "")
    s.date_formats = ["%m/%d/%Y"]
    _head(s)
    s.right_text(560, 560, "Form LOA-1 (rev. 2026)", 7)  # the page's text runs on past the table
    s.blank("Account holder name:", 40, 700, 400, "account_name")
    s.blank("Desired port date:", 40, 676, 300, "requested_date")
    sign_table(s, 40, 650, [("", 70), ("Signature", 150), ("Print name", 120), ("Date", 70)],
               [("Customer", [None, "signature", "authorized_name", "date_signed"]),
                ("Witness", [None, None, None, None])], row_h=24, head_h=12)
    analysis = _analyse(s, "US")
    in_head = [p for p in analysis.placements if p.rect and 638 <= p.rect[1] <= 650]
    assert in_head == [], in_head
    dates = [p for p in analysis.placements if p.field == LoaField.DATE_SIGNED and p.rect]
    assert len(dates) == 1 and 610 < dates[0].rect[1] < 616, dates  # type: ignore[index]


# -- a negative tick means the opposite of its concept ------------------------------------------

def _port_ticks(label_full: str, label_other: str, partial: bool) -> dict[str, str]:
    s = letter("negative-tick", "US", "en", [], "")
    _head(s)
    s.blank("Account holder name:", 40, 700, 400, "account_name")
    s.checkbox("neg", 40, 670, None, label_full)
    s.checkbox("bill", 40, 650, None, label_other)
    s.sign_line("Signature", 40, 600, 300, label_below=True)
    entry = {"port_type": "partial", "remaining_numbers": ["+12125550190"],
             "remaining_action": "keep"} if partial else {}
    out = fill_form(s.build()[0], values_from_case(make_case(**entry)), "form.pdf")
    return {r.target: r.value for r in out.rows if r.field in ("full_port", "partial_port")}


def test_a_tick_whose_words_deny_a_full_port_is_ticked_only_for_a_partial_one() -> None:
    """'Tick if you do NOT want all numbers ported': the words name the full port and deny it;
    the box is the partial port's (ticked for a full port it says the opposite of the case)."""
    label = "Tick if you do NOT want all numbers ported"
    full = _port_ticks(label, "I do not have a recent bill", partial=False)
    assert list(full.values()) in ([], ["unchecked"]), full
    partial = _port_ticks(label, "I do not have a recent bill", partial=True)
    assert list(partial.values()) == ["checked"], partial


# -- the trade's abbreviation of a signature's label, on an English form ------------------------

def test_an_abbreviated_signature_label_is_the_signature_box() -> None:
    s = letter("auth-sig", "US", "en", [], "")
    _head(s)
    s.blank("Account holder name:", 40, 700, 400, "account_name")
    s.frame(40, 600, 250, 50)
    s.text(44, 642, "Auth. Sig.", 7, bold=True)
    s.frame(300, 600, 250, 50)
    s.text(304, 642, "Official use only", 7, bold=True)
    analysis = _analyse(s, "US")
    signs = [p for p in analysis.placements if p.field == LoaField.SIGNATURE and p.rect]
    assert len(signs) == 1 and signs[0].rect[2] < 295, signs  # type: ignore[index]


# -- words that read a label by the language's abbreviations and its "whose X" ------------------

@pytest.mark.parametrize(("label", "language", "field"), [
    ("Physical address (where the lines are) Building name", "en", NOT_OURS),
    ("c/o", "en", NOT_OURS),
    ("Kd.-Nr. beim abgebenden Anbieter", "de", LoaField.ACCOUNT_NUMBER),
    ("Kundenr. hos nåværende operatør", "nb", LoaField.ACCOUNT_NUMBER),
    ("Nåværende operatør", "nb", LoaField.CARRIER),
    ("Tālr. nr. (+371 ...)", "lv", LoaField.NUMBER),
    ("Tel. No(s).", "en", LoaField.NUMBER),
    ("Svc. Addr.", "en", LoaField.SERVICE_ADDRESS),
])
def test_abbreviated_and_whose_labels_read_in_their_language(label: str, language: str,
                                                             field: object) -> None:
    reading = classify_in(label, (language,))
    assert reading is not None and reading.field == field, reading


@pytest.mark.parametrize(("label", "language", "field"), [
    ("Nepřeji si přenést všechna čísla", "cs", LoaField.PARTIAL_PORT),
    ("Přenést všechna čísla", "cs", LoaField.FULL_PORT),
    ("Atzīmējiet, ja NEVĒLATIES pārnest visus līgumā esošos numurus", "lv",
     LoaField.PARTIAL_PORT),
    ("Cochez si vous NE souhaitez PAS porter tous les numéros du contrat", "fr",
     LoaField.PARTIAL_PORT),
])
def test_a_tick_denied_by_its_verb_means_the_opposite(label: str, language: str,
                                                       field: LoaField) -> None:
    with reading_in((language,)):
        assert check_field(label) == field


def test_a_drop_down_option_naming_the_brand_in_brackets_says_it() -> None:
    offered = [Option("Telefónica de España S.A.U. (Movistar)", "Telefónica de España S.A.U. "
                      "(Movistar)"), Option("Vodafone España S.A.U.", "Vodafone España S.A.U.")]
    chosen = option_for("Movistar", offered, "ES")
    assert chosen is not None and chosen.export.startswith("Telefónica")


# -- text turned 90 degrees is read as words ------------------------------------------------------

def test_a_label_turned_90_degrees_is_one_word() -> None:
    s = letter("turned", "GB", "en", [], "")
    _head(s)
    vtext(s, 570, 150, "Initials", 7)
    words = [w.text for w in extract_words(s.build()[0])]
    assert "Initials" in words, words


# -- a role matrix: a party's column is the party's -----------------------------------------------

def test_the_losing_carrier_s_column_of_a_role_matrix_stays_empty() -> None:
    """Rows 'Name | VAT number | Address', columns 'Customer | Current provider | New
    provider': the carrier's heading does not make the carrier's name go into its cells."""
    s = letter("matrix", "US", "en", [], "")
    _head(s)
    role_matrix(s, 40, 720, 110, [("Customer", 150), ("Current provider (it fills this)", 135),
                                  ("New provider", 120)],
                [("Name", ["account_name", None, None]), ("VAT number", [None, None, None]),
                 ("Address", ["street", None, None])], names="M")
    s.sign_line("Signature", 40, 560, 300, label_below=True)
    analysis = _analyse(s, "US")
    column = [p for p in analysis.placements if p.widget and p.widget.endswith("B")]
    assert column == [], column


# -- several accounts on one form: only the first is the case's ------------------------------------

def test_the_second_account_s_block_stays_empty() -> None:
    s = letter("accounts", "GB", "en", [], "")
    _head(s)
    s.blank("Account holder name:", 40, 720, 400, "account_name")
    for k in range(3):
        bx = 40 + k * 175
        s.frame(bx, 560, 165, 128)
        s.text(bx + 4, 676, f"Account {k + 1}", 8, bold=True)
        s.text(bx + 4, 662, "Account no.", 6.5)
        s.widget(f"a{k + 1}_acct", bx + 48, 658, 112, 13, "account_number" if k == 0 else None)
    s.sign_line("Signature", 40, 500, 300, label_below=True)
    analysis = _analyse(s, "GB")
    assert _at(analysis, LoaField.ACCOUNT_NUMBER) == ["a1_acct"]


# -- the numbers that stay: the box under the tail of their label, not a table's column ----------

def test_the_box_under_the_end_of_the_staying_label_is_one_of_the_list() -> None:
    s = letter("stay-tail", "GB", "en", [], "")
    _head(s)
    s.blank("Account holder name:", 40, 720, 400, "account_name")
    s.text(40, 660, "Numbers that stay with the current provider (partial ports only)", 8)
    for k in range(2):
        s.frame(40 + k * 180, 638, 170, 15)
    s.sign_line("Signature", 40, 560, 300, label_below=True)
    analysis = _analyse(s, "GB")
    fields = sorted(str(p.field) for p in analysis.placements if p.rect and 630 < p.rect[1] < 655)
    assert fields == ["remaining_number", "remaining_number"], fields


def test_a_numbers_column_beside_the_staying_boxes_is_not_the_staying_list() -> None:
    """A numbers table 'No. | Telephone number | Service' and, right of it on the same rows,
    two boxes for the numbers that stay: the table's number column is no more room for them."""
    s = letter("stay-beside", "GB", "en", [], "")
    _head(s)
    s.blank("Account holder name:", 40, 720, 400, "account_name")
    heads = [("No.", 28), ("Telephone number", 180), ("Service", 100)]
    y, cx = 660.0, 40.0
    for head, hw in heads:
        s.frame(cx, y, hw, 15)
        s.text(cx + 3, y + 4.5, head, 7, bold=True)
        cx += hw
    y -= 15
    s.frame(40, y, 308, 15)  # an example row in grey under the header
    grey(s, 43, y + 4.5, "e.g.", 7)
    grey(s, 71, y + 4.5, "+44 20 7946 0000", 7.5)
    for r in range(6):
        ry, cx = y - 15 * (r + 1), 40.0
        for k, (_, hw) in enumerate(heads):
            s.frame(cx, ry, hw, 15)
            if k == 0:
                s.right_text(cx + hw - 4, ry + 4.5, str(r + 1), 7.5)
            cx += hw
    s.text(370, y + 4.5, "Numbers that stay with", 7)
    s.text(370, y - 4.5, "the current provider:", 7)
    for k in range(2):
        s.frame(370, y - 30 - k * 20, 185, 15)
    s.sign_line("Signature", 40, 500, 300, label_below=True)
    analysis = _analyse(s, "GB")
    staying = [p for p in analysis.placements if p.rect and p.rect[0] < 300
               and str(p.field).startswith("remaining")]
    assert staying == [], staying


# -- a table on its side in two parts, its number row named by the number sign ---------------------

def test_a_table_on_its_side_in_two_parts_puts_numbers_only_in_its_number_row() -> None:
    s = letter("sideways-parts", "GB", "en", [], "")
    _head(s)
    s.blank("Account holder name:", 40, 720, 400, "account_name")
    slots = s.slot_group(ordered=False)
    rows = [("No. (11 digits)", "number", ""), ("Line type", None, ""), ("Fax?", None, "")]
    y = transposed(s, 40, 690, 85, 78, 5, rows, slots, head="Number")
    transposed(s, 40, y - 10, 85, 78, 5, rows, slots, head="Number", first=6)
    s.sign_line("Signature", 40, 500, 300, label_below=True)
    analysis = _analyse(s, "GB")
    numbers = [p for p in analysis.placements if p.field == LoaField.NUMBER and p.rect]
    rows_y = {round(p.rect[1]) for p in numbers}  # type: ignore[index]
    assert len(numbers) == 10 and len(rows_y) == 2, sorted(rows_y)


# -- a worked sample: grey values in boxes labelled outside them are the form's print ------------

def test_grey_values_in_a_worked_sample_are_no_blanks() -> None:
    s = letter("sample", "GB", "en", [], "")
    _head(s)
    s.text(46, 720, "EXAMPLE", 9, bold=True)
    for n, (label, value) in enumerate([("Account holder", "Jane Smith"),
                                         ("Address", "1 High Street, London")]):
        y = 700 - 19 * n
        s.text(100, y, label, 7.5)  # its label printed before the box
        s.frame(160, y - 4, 330, 14)
        grey(s, 164, y, value, 8)
    s.blank("Account holder name:", 40, 620, 400, "account_name")
    s.sign_line("Signature", 40, 540, 300, label_below=True)
    analysis = _analyse(s, "GB")
    in_sample = [p for p in analysis.placements if p.rect and 670 < p.rect[1] < 705]
    assert in_sample == [], in_sample


def test_french_ne_que_is_only_not_a_denial() -> None:
    """'Je ne transfère que certains de mes numéros' (I transfer only some of my numbers): the
    partial port itself; French denies with 'pas' (a real form of the tuned set)."""
    with reading_in(("fr",)):
        assert check_field("Je ne transfère que certains de mes numéros de mon opérateur "
                           "actuel.") == LoaField.PARTIAL_PORT

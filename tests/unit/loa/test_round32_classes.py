"""Round 32's classes (issue 11, session 18: a first-sight gate and abstention), each in a small
drawn form of its own words; each test failed before its fix. The rules are general (how forms
are drawn and worded), never one form's literal. Most were found by the own-case probe
(`python -m tests.loaforms.own`), which fills every open drawn form with variants of its cases."""

from __future__ import annotations

from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import FormAnalysis, analyse_form, fill_form
from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round30_kit import sign_table
from tests.unit.loa.helpers import make_case, widget_values

_INTRO = "I authorize the new provider to act as my agent and to transfer the numbers below."


def _analyse(s: Sheet, country: str) -> FormAnalysis:
    return analyse_form(s.build()[0], "form.pdf", country=country, strict=False)


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

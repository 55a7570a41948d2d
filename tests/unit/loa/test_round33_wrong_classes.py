"""Round 33's wrong placements (session 19, fix33), each class in a small drawn form of its own
words (English, so no rule leans on the round's languages); each test failed before its fix.
The rules are general (how forms are drawn), never one form's literal: a value that cannot be
placed whole in its own blank stays empty, for the specialist."""

from __future__ import annotations

from datetime import UTC, datetime

import pypdfium2 as pdfium

from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import FormAnalysis, analyse_form, fill_form
from portdesk.loa.sign import place_signature
from portdesk.loa.signature import typed_to_png
from tests.loaforms.kit import Sheet, letter
from tests.loaforms.round28_kit import tf
from tests.unit.loa.helpers import make_case, widget_values


def _analyse(s: Sheet) -> FormAnalysis:
    return analyse_form(s.build()[0], "form.pdf", country="US", strict=False)


def _head(s: Sheet) -> None:
    s.text(40, 790, "Letter of Authorization", 13, bold=True)
    s.para(40, 770, "I authorize the new provider to act as my agent and to transfer the "
           "numbers below.", 500, 8)


def _page_text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return " ".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()


# -- a date's white space that starts inside a drawn box ends at the box's side ---------------

def test_a_date_written_after_a_placeholder_in_its_box_stays_inside_the_box() -> None:
    """'Port on [MM/DD/YYYY         ] (five business days at least)': the white space after the
    grey placeholder runs on to the next words outside the box; the date must end at the box's
    right side (written past it, the box holds a cut date)."""
    s = letter("boxed-date", "US", "en", [], "")
    _head(s)
    s.blank("Account holder name", 40, 720, 400, "account_name", 8)
    s.text(40, 686, "Requested port date", 8)
    s.frame(140, 680, 100, 18, 0.5)
    s.c.setFillGray(0.6)
    s.c.setFont(s.font, 7)
    s.c.drawString(142.5, 686, "MM/DD/YYYY")
    s.c.setFillGray(0)
    s.text(250, 686, "(five business days at least)", 7)
    s.sign_line("Signature", 40, 560, 300, label_below=True)
    analysis = _analyse(s)
    dates = [p for p in analysis.placements if p.field == LoaField.REQUESTED_DATE]
    assert dates, [(p.field, p.rect) for p in analysis.placements]
    assert all(p.rect is not None and p.rect[2] <= 240 for p in dates), \
        [(p.field, p.rect) for p in dates]


# -- a signing date never written past a blank too short for it -------------------------------

def test_a_signing_date_too_long_for_its_short_line_is_left_empty_when_signing() -> None:
    """'Signed at ________ Date ___ of the month of ________': the short line after 'Date' is
    read as the signing date, but the whole date does not fit on it even at the smallest font,
    so signing leaves it empty and says so (written past the line it is a cut date, its tail
    in the words after it)."""
    s = letter("short-date", "US", "en", [], "")
    _head(s)
    s.blank("Account holder name", 40, 720, 400, "account_name", 8)
    s.sign_line("Signature", 40, 600, 300, label_below=True)
    x = s.text(40, 560, "Signed at", 8.5) + 4
    s.line_under(x, 558, x + 110, None, "place")
    x = s.text(x + 114, 560, "Date", 8.5) + 4
    s.line_under(x, 558, x + 26, "date_signed", "date")
    x = s.text(x + 30, 560, "of the month of", 8.5) + 4
    s.line_under(x, 558, x + 80, None, "month")
    filled = fill_form(s.build()[0], values_from_case(make_case()), "form.pdf").pdf
    when = datetime(2026, 12, 5, 10, 30, tzinfo=UTC)
    signed, _where, notes = place_signature(filled, typed_to_png("Jane Doe"), "Jane Doe", "",
                                            when, "form")
    text = _page_text(signed)
    assert "2026" not in text and "12/05" not in text, text
    assert any("left empty" in n for n in notes), notes


# -- one label over two boxes: the name once, in the first ------------------------------------

def test_a_name_under_one_label_over_two_boxes_is_written_once_in_the_first() -> None:
    """'Authorized person (who signs the request)  Authorised person (signs the request)' runs
    over two boxes side by side (a language to each, the first spilling over the second): each
    box reads its part of the label as the person's name; written in both, the name reads
    twice across the pair. It goes once, in the first box."""
    s = letter("one-label-two-boxes", "US", "en", [], "")
    _head(s)
    s.text(40, 717, "Account holder name", 7)
    tf(s, "a1", 40, 700, 300, 14, "account_name")
    end = s.text(40, 677, "Authorized person (who signs the request)", 7.5, bold=True)
    s.c.setFillGray(0.35)
    s.text(end + 10, 677, "Authorised person (signs the request)", 6.5)
    s.c.setFillGray(0)
    tf(s, "p1", 40, 660, 120, 14, None)
    tf(s, "p2", 164, 660, 170, 14, None)
    s.text(40, 652, "First name", 6.8)
    s.text(164, 652, "Surname", 6.8)
    s.text(344, 677, "Position", 7)
    tf(s, "p3", 344, 660, 200, 14, "authorized_title")
    s.sign_line("Signature", 40, 560, 300, label_below=True)
    case = make_case()
    filled = fill_form(s.build()[0], values_from_case(case), "form.pdf").pdf
    got = widget_values(filled)
    assert got.get("a1") and got.get("p3"), got  # the form is read: its other boxes are filled
    assert got.get("p1") == case.authorized_name and not got.get("p2"), got


# -- a town on the row of the signing date is where the form is signed ---------------------------

def test_a_town_beside_the_signing_date_is_where_it_is_signed_not_the_service_town() -> None:
    """The service address asks its town; under the signature 'Town ____  Date ____' asks where
    the form is signed, which the case does not say: that blank stays empty."""
    s = letter("signing-town", "US", "en", [], "")
    _head(s)
    s.blank("Account holder name", 40, 720, 400, "account_name", 8)
    s.blank("Service street address", 40, 696, 400, "street", 8)
    s.blank("Town", 40, 672, 220, "city", 8)
    s.blank("ZIP code", 230, 672, 400, "postal_code", 8)
    s.sign_line("Signature", 40, 560, 300, label_below=True)
    s.blank("Town", 40, 520, 200, None, 8)
    s.blank("Date", 210, 520, 330, "date_signed", 8)
    analysis = _analyse(s)
    towns = [p for p in analysis.placements if p.field == LoaField.CITY]
    assert towns and all(p.rect is not None and p.rect[1] > 600 for p in towns), \
        [(p.field, p.rect) for p in towns]


def test_a_town_with_its_state_and_zip_by_it_stays_the_service_town_beside_a_date() -> None:
    """'Street ____', 'City ____  Date ____', then 'State __ Zip ____' under them: the town has
    its address round it, the date on its row does not make it the place of signing."""
    s = letter("town-by-date", "US", "en", [], "")
    _head(s)
    s.blank("Account holder name", 40, 720, 400, "account_name", 8)
    s.blank("Service street address", 40, 696, 400, "street", 8)
    s.blank("City", 40, 672, 180, "city", 8)
    s.blank("Date", 430, 672, 560, "date_signed", 8)
    s.blank("State", 40, 648, 180, "state", 8)
    s.blank("Zip", 260, 648, 400, "postal_code", 8)
    s.sign_line("Signature", 40, 560, 300, label_below=True)
    analysis = _analyse(s)
    assert [p.field for p in analysis.placements if p.rect is not None and p.rect[0] < 180
            and abs(p.rect[1] - 668) < 8] == [LoaField.CITY], \
        [(p.field, p.rect) for p in analysis.placements]


# -- a block whose heading says who else fills it in -------------------------------------------

def test_a_block_headed_completed_by_a_named_company_is_not_the_customers() -> None:
    """'PROVIDER DETAILS (completed by Northwind Telecom)' over 'Company name' and 'Address',
    then the customer's block with the same labels: the first block is the provider's own
    staff's to fill in, nothing of the case goes there."""
    s = letter("completed-by", "US", "en", [], "")
    _head(s)
    s.frame(40, 650, 532, 70)
    s.text(46, 710, "PROVIDER DETAILS  (completed by Northwind Telecom)", 8, bold=True)
    s.blank("Company name", 46, 690, 320, None, 8)
    s.blank("Address", 46, 668, 320, None, 8)
    s.text(40, 620, "CUSTOMER DETAILS", 9, bold=True)
    s.blank("Company name", 40, 598, 380, "account_name", 8)
    s.blank("Service address", 40, 576, 380, "service_address", 8)
    s.sign_line("Signature", 40, 480, 300, label_below=True)
    analysis = _analyse(s)
    ours = [(p.field, p.rect) for p in analysis.placements
            if p.rect is not None and p.rect[1] > 640 and p.rect[1] < 720]
    assert not ours, ours
    names = [p for p in analysis.placements if p.field == LoaField.ACCOUNT_NAME]
    assert names, [(p.field, p.rect) for p in analysis.placements]


def test_a_block_completed_by_the_customer_stays_the_customers() -> None:
    """'(to be completed by the account holder)' names the customer: the block is ours."""
    s = letter("completed-by-holder", "US", "en", [], "")
    _head(s)
    s.text(40, 720, "CUSTOMER DETAILS  (to be completed by the account holder)", 8, bold=True)
    s.blank("Company name", 40, 698, 380, "account_name", 8)
    s.sign_line("Signature", 40, 600, 300, label_below=True)
    analysis = _analyse(s)
    assert [p.field for p in analysis.placements if p.rect is not None
            and abs(p.rect[1] - 694) < 8] == [LoaField.ACCOUNT_NAME], \
        [(p.field, p.rect) for p in analysis.placements]


# -- a row that opens with a line: its labels follow their lines ----------------------------------

def test_the_words_between_two_lines_of_a_row_opening_with_a_line_are_the_first_lines() -> None:
    """'__________ account number   __________ tax code': nothing printed before the row's first
    line, so each line's label is printed after it; 'account number' is the first line's, not
    the label on the left of the second."""
    s = letter("after-lines", "US", "en", [], "")
    _head(s)
    s.blank("Account holder name", 40, 720, 400, "account_name", 8)
    s.rule(40, 694, 200)
    end = s.text(204, 696, "account number at your current provider", 8)
    s.rule(end + 16, 694, 470)
    s.text(474, 696, "tax code", 8)
    s.sign_line("Signature", 40, 560, 300, label_below=True)
    analysis = _analyse(s)
    accounts = [p for p in analysis.placements if p.field == LoaField.ACCOUNT_NUMBER]
    assert accounts and all(p.rect is not None and p.rect[0] < 200 for p in accounts), \
        [(p.field, p.rect) for p in analysis.placements]
    assert not [p for p in analysis.placements if p.rect is not None and p.rect[0] > end
                and abs(p.rect[1] - 692) < 8], [(p.field, p.rect) for p in analysis.placements]


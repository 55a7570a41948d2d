"""Round 34's classes (session 19: the first-sight round of twelve open forms in the Americas,
Africa and Asia-Pacific), each in a small drawn form of its own words; each test failed before
its fix. The rules are general (how forms are drawn and worded), never one form's literal."""

from __future__ import annotations

from portdesk.domain.entries import case_from_entry
from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import FormAnalysis, analyse_form, fill_form
from portdesk.loa.phoneboxes import split_number
from portdesk.loa.vocabulary import NOT_OURS, classify, normalise
from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round3_kit import under
from tests.loaforms.round34_kit import (
    glyph_tick,
    head_row,
    label_after,
    margin_title,
    split_widgets,
    unicode_a4,
    words_date,
)
from tests.unit.loa.helpers import make_case, widget_values, world_entry

_INTRO = "I authorize the new provider to act as my agent and to transfer the numbers below."


def _analyse(s: Sheet, country: str) -> FormAnalysis:
    return analyse_form(s.build()[0], "form.pdf", country=country, strict=False)


def _fields_near(analysis: FormAnalysis, y: float, x0: float = 0, x1: float = 1e9,
                 tol: float = 6) -> list[LoaField]:
    return [p.field for p in analysis.placements
            if p.rect and abs(p.rect[1] - y) < tol and x0 <= p.rect[0] < x1]


def _head(s: Sheet, top: float) -> None:
    s.text(40, top, "Number transfer request", 13, bold=True)
    s.para(40, top - 20, _INTRO, 500, 8)


# -- a footnote mark glued to a label, a second-language caption after the blank ---------------

def test_a_footnote_mark_glued_to_a_label_is_no_part_of_its_words() -> None:
    assert normalise("Compte²") == "compte"
    assert normalise("Date souhaitée³ (JJ/MM/AAAA)") == "date souhaitee jj/mm/aaaa"
    reading = classify("Date souhaitée³")
    assert reading is not None and reading.field == LoaField.REQUESTED_DATE


def test_a_date_word_printed_after_its_blank_is_its_caption_not_a_second_date() -> None:
    """'Date souhaitée ________ Preferred date': the date goes on the line, none after it."""
    s = a4("fr-en-after", "FR", "fr", [], "")
    s.date_formats = ["%d/%m/%Y"]
    _head(s, 800)
    s.blank("Nom du titulaire", 40, 700, 400, "account_name", 8)
    end = s.text(40, 660, "Date souhaitée³ (JJ/MM/AAAA)", 8) + 4
    s.rule(end, 658, 300)
    s.text(304, 660, "Preferred date", 7.5)
    s.sign_line("Signature", 40, 560, 300, label_below=True)
    analysis = _analyse(s, "FR")
    requested = [p for p in analysis.placements if p.field == LoaField.REQUESTED_DATE]
    assert requested and all(p.rect is not None and p.rect[0] < 300 for p in requested), \
        [(p.rect, p.field) for p in requested]


# -- the signing date in words under a requested-date caption ----------------------------------

def test_signed_this_day_of_is_the_signing_date_under_a_requested_date_caption() -> None:
    s = letter("signed-this", "US", "en", [], "")
    _head(s, 760)
    under(s, "Requested port date (MM/DD/YYYY)", 40, 690, 200, "requested_date")
    words_date(s, 40, 664, ["Signed this", "day of", ","],
               [(30, "date_signed_day"), (100, "date_signed_month"), (22, "date_signed_year2")])
    s.sign_line("Signature", 40, 600, 300, label_below=True)
    analysis = _analyse(s, "US")
    assert set(_fields_near(analysis, 660, tol=8)) == {LoaField.DATE_SIGNED}, \
        [(p.field, p.rect) for p in analysis.placements]


# -- a signature line captioned under it, then "Date ____ Date" on its row ----------------------

def test_a_captioned_signature_line_keeps_its_caption_beside_a_label_after_row() -> None:
    s = a4("sign-date-after", "MU", "fr", [], "")
    s.date_formats = ["%d/%m/%Y"]
    _head(s, 800)
    s.blank("Nom du titulaire", 40, 700, 400, "account_name", 8)
    s.sign_line("Signature / Signature", 40, 600, 250, label_below=True)
    end = s.text(270, 604, "Date", 8) + 4
    s.rule(end, 602, 380)
    s.text(384, 604, "Date", 7.5)
    analysis = _analyse(s, "MU")
    assert LoaField.SIGNATURE in _fields_near(analysis, 597, 0, 260, tol=8), \
        [(p.field, p.rect) for p in analysis.placements]


# -- a page captioning its lines under them ----------------------------------------------------

def test_the_captions_of_the_row_above_are_no_label_of_a_captioned_line() -> None:
    """Rows of lines captioned under them (a second language under each caption) and a row of
    tick glyphs: the e-mail line takes its own caption, not the BTN caption over it."""
    s = unicode_a4("caption-under", "US", "en", [], "")
    _head(s, 800)
    y = 700
    for label, second, x0, x1, _fld in (("Current phone company", "Operátor", 40, 260, "carrier"),
                                        ("Billing telephone number (BTN)", "Hlavní číslo", 270,
                                         420, "btn")):
        under(s, label, x0, y, x1, _fld)
        s.text(x0, y - 17, second, 6.5)
    y -= 38
    under(s, "E-mail", 40, y, 300, "contact_email")
    s.text(40, y - 17, "E-mail", 6.5)
    glyph_tick(s, 40, y - 34, "check:business", "Business / Firma")
    s.sign_line("Signature", 40, 560, 300, label_below=True)
    analysis = _analyse(s, "US")
    assert LoaField.BTN not in _fields_near(analysis, y - 2, 0, 60), \
        [(p.field, p.rect) for p in analysis.placements]


# -- where and when it is signed --------------------------------------------------------------

def test_the_place_and_day_of_the_signing_is_no_signature_place() -> None:
    reading = classify("Luogo, giorno, mese e anno della firma")
    assert reading is not None and reading.field == NOT_OURS
    dated = classify("Data della firma")
    assert dated is not None and dated.field == LoaField.DATE_SIGNED
    signed = classify("Firma del titolare")
    assert signed is not None and signed.field == LoaField.SIGNATURE


# -- several sites: the second site's block stays empty ----------------------------------------

def test_a_second_location_block_takes_no_numbers() -> None:
    """'Location 1' and 'Location 2', each an address row and a numbers table of two columns
    labelled in its header row: the numbers past the first column go on in the first site's
    second column, never down into the second site's table."""
    s = a4("locations", "AU", "en", [], "")
    s.date_formats = ["%d/%m/%Y"]
    _head(s, 800)
    s.blank("Account holder", 40, 740, 400, "account_name", 8)
    top = 700
    for n in (1, 2):
        s.text(40, top, f"Location {n}", 9, bold=True)
        y = head_row(s, 40, top - 6, [("Street address", 300), ("Postcode", 80)])
        s.box(40, y - 16, 300, 16, "street" if n == 1 else None, "street")
        s.box(340, y - 16, 80, 16, "postal_code" if n == 1 else None, "postcode")
        y -= 26
        heads = [("No.", 22), ("Telephone number", 120)]
        head_row(s, 40, y, heads)
        head_row(s, 240, y, heads)
        for k in range(6):
            col, row = divmod(k, 3)
            bx, by = 40 + col * 200, y - 13 - 15 * (row + 1)
            s.frame(bx, by, 22, 15)
            s.right_text(bx + 17, by + 4, str(k + 1), 7.5)
            s.box(bx + 22, by, 120, 15, None, f"location {n} number {k + 1}")
        top = y - 13 - 15 * 3 - 24
    s.sign_line("Signature", 40, top - 40, 300, label_below=True)
    out = fill_form(s.build()[0], values_from_case(make_case(count=6)), "form.pdf")
    below = [r for r in out.rows if r.field == "number" and r.value
             and float(r.target.split(", ")[-1].rstrip(")")) < top + 100]
    assert not below, [(r.target, r.value) for r in out.rows if r.field == "number"]


# -- a title turned up the margin is a line of its own ----------------------------------------

def test_a_margin_title_does_not_lift_the_signature_caption_beside_it() -> None:
    s = unicode_a4("margin-title", "GB", "en", [], "")
    s.date_formats = ["%d/%m/%Y"]
    _head(s, 800)
    s.blank("Account holder", 54, 720, 400, "account_name", 8)
    s.sign_line("Signature / Llofnod", 54, 640, 300, label_below=True)
    margin_title(s, 36, 620, 700, "SIGN / LLOFNOD")
    analysis = _analyse(s, "GB")
    signs = [p for p in analysis.placements if p.field == LoaField.SIGNATURE]
    assert signs and all(p.rect is not None and p.rect[0] >= 50 for p in signs), \
        [(p.rect, p.source) for p in signs]


# -- a number of another plan split over "( __ ) ___ - ____" widgets ------------------------

def test_another_plans_number_is_written_as_its_country_prints_it() -> None:
    assert split_number(LoaField.NUMBER, "+6435550140", "NZ", nanp_boxes=False) == \
        ["03", "555", "0140"]
    assert split_number(LoaField.NUMBER, "+554135550140", "BR", nanp_boxes=False) == \
        ["41", "3555", "0140"]
    assert split_number(LoaField.NUMBER, "+6435550140", "NZ") == []  # never into NANP boxes


def test_three_widgets_with_the_numbers_shape_printed_round_them_are_one_number() -> None:
    s = a4("nz-boxes", "GB", "en", [], "")
    s.date_formats = ["%d/%m/%Y"]
    _head(s, 800)
    s.text(40, 724, "Customer name", 8)
    s.widget("name", 130, 720, 300, 14, "account_name")
    s.text(40, 690, "Numbers to port (area code, then the number)", 9, bold=True)
    for k in range(2):
        s.right_text(54, 664 - 22 * k, f"{k + 1}.", 8)
        split_widgets(s, 60, 660 - 22 * k, [(22, f"n{k}_a"), (30, f"n{k}_b"), (38, f"n{k}_c")],
                      [")", "-"], lead="(")
    s.sign_line("Signature", 40, 560, 300, label_below=True)
    entry = world_entry("GB", numbers=["+442920180140", "+442920180141"])
    entry["btn"] = entry["numbers"][0]
    out = fill_form(s.build()[0], values_from_case(case_from_entry(entry)), "form.pdf")
    got = widget_values(out.pdf)
    assert [got.get(f"n0_{p}") for p in "abc"] == ["029", "2018", "0140"], got


# -- a label printed after its line: "__________ account number" -------------------------------

def test_a_line_ending_its_row_takes_the_label_printed_right_after_it() -> None:
    """'Name on the account' captioned under its line, then '__________ account number' on the
    same row, and a line of its own with 'current provider' after it: each phrase after a line
    with nothing printed before it names that line (the captioned one keeps its caption)."""
    s = letter("after-line", "US", "en", [], "")
    _head(s, 760)
    under(s, "Name on the account", 40, 690, 330, "account_name")
    label_after(s, 345, 690, 470, "account number", "account_number")
    label_after(s, 40, 650, 200, "current provider", "carrier")
    s.sign_line("Signature", 40, 580, 300, label_below=True)
    analysis = _analyse(s, "US")
    assert LoaField.ACCOUNT_NUMBER in _fields_near(analysis, 686, 340, 480)
    assert LoaField.CARRIER in _fields_near(analysis, 646, 0, 210)
    assert LoaField.ACCOUNT_NUMBER not in _fields_near(analysis, 686, 0, 340)


def test_port_selected_numbers_only_is_a_partial_port() -> None:
    from portdesk.loa.tickwords import check_field

    assert check_field("Port selected numbers only") == LoaField.PARTIAL_PORT
    assert check_field("Port only the specified lines") == LoaField.PARTIAL_PORT
    assert check_field("Port all numbers") == LoaField.FULL_PORT

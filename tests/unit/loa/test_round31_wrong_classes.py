"""Round 31's last wrong placements (issue 11, session 19), each class in a small drawn form of
its own words (English, so no rule leans on the round's languages); each test failed before its
fix. The rules are general (how forms are drawn), never one form's literal."""

from __future__ import annotations

from portdesk.loa.fields import LoaField, values_from_case
from portdesk.loa.fill import FormAnalysis, analyse_form, fill_form
from tests.loaforms.kit import Sheet, letter
from tests.loaforms.round28_kit import tf
from tests.unit.loa.helpers import make_case, widget_values


def _analyse(s: Sheet) -> FormAnalysis:
    return analyse_form(s.build()[0], "form.pdf", country="US", strict=False)


def _at(analysis: FormAnalysis, field: LoaField) -> list[str]:
    return sorted(p.widget or p.target() for p in analysis.placements if p.field == field)


def _head(s: Sheet) -> None:
    s.text(40, 790, "Letter of Authorization", 13, bold=True)
    s.para(40, 770, "I authorize the new provider to act as my agent and to transfer the "
           "numbers below.", 500, 8)


# -- (2) a phone box labelled only by its tooltip, on a person's row --------------------------

def _contact_row_form() -> Sheet:
    """'Contact person [name]  Position [title]  [phone box, tooltip "Phone number"]', then a
    numbers table: the phone box prints no label of its own (an icon at most)."""
    s = letter("tooltip-phone", "US", "en", [], "")
    _head(s)
    s.text(40, 717, "Account holder name", 7)
    tf(s, "a1", 40, 700, 300, 14, "account_name")
    s.text(40, 677, "Contact person", 7)
    tf(s, "a2", 40, 660, 180, 14, "authorized_name")
    s.text(230, 677, "Position", 7)
    tf(s, "a3", 230, 660, 120, 14, "authorized_title")
    s.c.roundRect(363, 659, 8, 14, 1.5, stroke=1, fill=0)  # a handset icon, no words
    tf(s, "a4", 378, 660, 177, 14, "contact_phone", tooltip="Phone number")
    s.text(40, 620, "Numbers to transfer", 9, bold=True)
    for n in range(4):
        s.text(40, 600 - n * 20, f"{n + 1}.", 8)
        tf(s, f"n{n + 1}", 56, 596 - n * 20, 180, 14, None)
    s.sign_line("Signature", 40, 450, 300, label_below=True)
    return s


def test_a_tooltip_only_phone_on_a_persons_row_is_their_phone_not_a_number_to_port() -> None:
    analysis = _analyse(_contact_row_form())
    numbers = {p.widget for p in analysis.placements if p.field == LoaField.NUMBER}
    assert "a4" not in numbers, analysis.placements
    assert _at(analysis, LoaField.CONTACT_PHONE) == ["a4"]
    out = fill_form(_contact_row_form().build()[0],
                    values_from_case(make_case(contact_phone="+12125550177")), "form.pdf")
    got = widget_values(out.pdf)
    assert "555-0177" in got["a4"], got
    assert "555-0100" in got["n1"], got  # the first number still goes in the table


def test_a_tooltip_only_phone_with_no_person_on_its_row_stays_a_number() -> None:
    """Alone on its row, under the numbers' heading, the tooltip's phone is a number to port
    as before: the rule reads the row, not the tooltip's word."""
    s = letter("tooltip-number", "US", "en", [], "")
    _head(s)
    s.text(40, 717, "Account holder name", 7)
    tf(s, "a1", 40, 700, 300, 14, "account_name")
    s.text(40, 670, "Number to transfer", 9, bold=True)
    tf(s, "t1", 40, 640, 177, 14, "number", tooltip="Phone number")
    s.sign_line("Signature", 40, 450, 300, label_below=True)
    analysis = _analyse(s)
    assert _at(analysis, LoaField.CONTACT_PHONE) == []


# -- (1) a signature box captioned below, the name line labelled right under that caption ------

def _boxes_captioned_below() -> Sheet:
    """'[signature box] Signature' and '[box] Second signature (two directors only)', then right
    under those captions 'Name [____]' and 'Second signer's name [____]': each caption is its
    box's, each line under it the next widget's label (no label in two languages)."""
    s = letter("captioned-below", "US", "en", [], "")
    _head(s)
    s.text(40, 717, "Account holder name", 7)
    tf(s, "a1", 40, 700, 300, 14, "account_name")
    s.text(40, 677, "Numbers to transfer", 7)
    tf(s, "a2", 40, 660, 300, 14, "number")
    s.para(40, 620, "The undersigned declares to be authorized to decide on this account and "
           "authorizes the new provider to transfer the numbers named above.", 515, 7)
    y = 540
    s.box(40, y, 200, 42, "signature", "signature")
    s.text(40, y - 9, "Signature", 6.8)
    s.box(300, y, 200, 42, None, "second signature")
    s.text(300, y - 9, "Second signature (only for two directors)", 6.8)
    y -= 34
    s.text(40, y + 16, "Name", 6.8)
    tf(s, "b1", 40, y, 120, 14, "authorized_name")
    s.text(170, y + 16, "Date", 6.8)
    tf(s, "b2", 170, y, 70, 14, "date_signed")
    s.text(300, y + 16, "Second signer's name", 6.8)
    tf(s, "b3", 300, y, 200, 14, None)
    return s


def test_a_caption_under_a_box_is_the_boxs_not_the_first_line_of_the_label_under_it() -> None:
    analysis = _analyse(_boxes_captioned_below())
    signs = [p for p in analysis.placements if p.field == LoaField.SIGNATURE]
    assert [p.widget for p in signs] == [None] and signs[0].rect is not None, signs
    assert signs[0].rect[0] < 60 and signs[0].rect[1] >= 530, signs  # the left box, not b1
    assert "b1" not in {p.widget for p in signs}
    # the second signature box takes neither the declaration above it nor the numbers
    second = [p for p in analysis.placements if p.rect is not None and p.widget is None
              and p.rect[0] >= 290 and 530 <= p.rect[1] <= 545]
    assert second == [], second


# -- (3) a 'SIGN HERE' tab written up the page beside the signature box ------------------------

def _turned_tab() -> Sheet:
    s = letter("turned-tab", "US", "en", [], "")
    _head(s)
    s.text(40, 717, "Account holder name", 7)
    tf(s, "a1", 40, 700, 300, 14, "account_name")
    y = 560
    s.c.saveState()
    s.c.translate(36, y + 2)
    s.c.rotate(90)
    s.c.setFont(s.bold_font, 5.5)
    s.c.drawString(0, 0, "SIGN HERE")  # written up the page, bottom to top
    s.c.restoreState()
    s.box(44, y, 250, 50, "signature", "signature box")
    s.text(46, y - 9, "Signature of the authorized person", 6.5)
    s.box(322, y, 250, 50, None, "company stamp box")
    s.text(324, y - 9, "Company stamp / Official use", 6.5)
    y -= 34
    s.text(40, y + 15, "Print name", 6.8)
    tf(s, "p1", 40, y, 250, 14, "authorized_name")
    return s


def test_a_turned_sign_here_tab_reads_in_its_printed_order_and_marks_the_box() -> None:
    analysis = _analyse(_turned_tab())
    signs = [p for p in analysis.placements if p.field == LoaField.SIGNATURE]
    assert len(signs) == 1 and signs[0].widget is None, signs
    assert "SIGN HERE" in signs[0].evidence or signs[0].source == "mark", signs
    assert _at(analysis, LoaField.AUTHORIZED_NAME) == ["p1"]

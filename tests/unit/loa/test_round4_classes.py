"""Layout habits the fourth round of drawn forms found (issue 11), each drawn in the smallest form
that has it, in words of its own (not round 4's), and each failing before its fix: a bold English
label over a line with an italic French caption under it, a plural numbers label over a two-line
box, "Name (capitals)" and "Customer acct #" beside widgets, small-caps tick-box labels."""

from __future__ import annotations

from portdesk.loa.fill import FormAnalysis, analyse_form
from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round4_kit import bilingual_line, caps_tick, caps_widget


def _mapped(sheet: Sheet, country: str = "US") -> FormAnalysis:
    pdf, _truth = sheet.build()
    return analyse_form(pdf, sheet.name, country=country)


def _on_line(analysis: FormAnalysis, x: float, y: float) -> list[str]:
    """Fields placed on printed blanks drawn over the rule starting at (x, y)."""
    return [str(p.field) for p in analysis.placements if p.rect and p.page == 0
            and abs(p.rect[0] - x) <= 2 and p.rect[1] - 3 <= y <= p.rect[3]]


def test_bold_label_above_and_an_unread_caption_under_name_the_line_between() -> None:
    s = letter("bold-over-italic", "CA", "en", [], "")
    s.text(40, 740, "Transfer request / Demande de transfert", 12, bold=True)
    lines = [("Legal business name", "Appellation officielle", 40, 700, 572, "account_name"),
             ("Apartment or suite", "Logement", 40, 662, 200, "suite"),
             ("Present telephone company", "Compagnie de téléphone actuelle", 40, 624, 300,
              "carrier"),
             ("Signer's full name", "Nom complet du mandataire", 40, 586, 300, "authorized_name")]
    for english, french, x, y, x1, fld in lines:
        bilingual_line(s, english, french, x, y, x1, fld)
    got = _mapped(s, "CA")
    for _english, _french, x, y, _x1, fld in lines:
        assert _on_line(got, x, y) == [fld]  # the long line across the page too


def test_a_plural_numbers_label_over_a_two_line_box_takes_the_whole_list() -> None:
    s = letter("numbers-box", "CA", "en", [], "")
    s.text(40, 700, "Telephone numbers to move", 7.5, bold=True)
    s.box(40, 660, 532, 34, "numbers", "Telephone numbers to move")
    s.c.setFont("Helvetica-Oblique", 6.5)
    s.c.drawString(40, 651, "Lignes à transférer")
    got = _mapped(s, "CA")
    assert [str(p.field) for p in got.placements] == ["numbers"]


def test_name_in_capitals_is_the_signer_and_account_hash_is_the_account_number() -> None:
    s = a4("caps-and-hash", "GB", "en", [], "")
    caps_widget(s, "Full name (caps)", "Text Field 1", 40, 700, 110, 180, "authorized_name")
    end = s.text(40, 664, "Customer acct #:", 8)
    s.widget("Text Field 2", end + 4, 660, 120, 14, "account_number")
    got = {p.widget: str(p.field) for p in analyse_form(s.build()[0], s.name,
                                                        country="GB").placements}
    assert got == {"Text Field 1": "authorized_name", "Text Field 2": "account_number"}


def test_small_caps_tick_labels_right_of_printed_boxes() -> None:
    s = letter("caps-ticks", "US", "en", [], "")
    caps_tick(s, 40, 700, "check:full_port", "Move every number on the account")
    caps_tick(s, 40, 684, "check:partial_port", "Move only the numbers listed (others stay)")
    got = _mapped(s)
    ticks = {round(p.rect[1]): str(p.field) for p in got.placements if p.rect}
    assert ticks == {699: "full_port", 683: "partial_port"}

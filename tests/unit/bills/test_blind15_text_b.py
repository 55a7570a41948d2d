"""Blind15 text classes (second half), each a general rule about how bills are written, tried on
bills drawn here with wordings of their own (none a corpus family's strings)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase
from tests.unit.bills import drawn

_H = 792.0


def _words(path: Path) -> set[str]:
    return {w.text for p in read_bill(path).pages for w in p.words}


def _page(path: Path) -> Canvas:
    c = Canvas(str(path), pagesize=(612, _H))
    c.setFont("Helvetica", 9)
    c.drawString(40, _H - 40, "Lakeshore Telephone Cooperative statement for this month")
    return c


# -- text the page does not show is not on the page --------------------------------------------
def test_text_under_an_opaque_box_painted_after_it_is_not_read(tmp_path: Path) -> None:
    """A template's sample number the billing system blanked with a white box: in the text layer,
    never on the page."""
    path = tmp_path / "covered.pdf"
    c = _page(path)
    c.setFillColor(HexColor("#000000"))
    c.drawString(300, _H - 100, "(715) 555-0142")
    c.drawString(300, _H - 112, "Oldmill Road")
    c.setFillColor(HexColor("#FFFFFF"))
    c.rect(296, _H - 116, 120, 30, stroke=0, fill=1)
    c.setFillColor(HexColor("#000000"))
    c.drawString(40, _H - 100, "(715) 555-0199")
    c.save()
    words = _words(path)
    assert "555-0199" in words
    assert "555-0142" not in words and "Oldmill" not in words


def test_text_drawn_in_the_colour_under_it_is_not_read(tmp_path: Path) -> None:
    """White on white, and cream on a cream panel: nothing shows."""
    path = tmp_path / "white.pdf"
    c = _page(path)
    c.setFillColor(HexColor("#FFFFFF"))
    c.drawString(300, _H - 100, "Sampleton Farms")
    c.setFillColor(HexColor("#FFF3D6"))
    c.rect(290, _H - 160, 200, 40, stroke=0, fill=1)
    c.drawString(300, _H - 140, "Hiddenvale Lane")
    c.save()
    words = _words(path)
    assert "Lakeshore" in words
    assert "Sampleton" not in words and "Hiddenvale" not in words


def test_white_text_on_a_dark_band_and_text_on_a_coloured_band_are_read(tmp_path: Path) -> None:
    """A dark heading band with white words on it, and dark words over a pale band painted first:
    both show, so both are read (a band under words is a background, not a cover)."""
    path = tmp_path / "bands.pdf"
    c = _page(path)
    c.setFillColor(HexColor("#12355B"))
    c.rect(36, _H - 130, 540, 20, stroke=0, fill=1)
    c.setFillColor(HexColor("#FFFFFF"))
    c.drawString(40, _H - 124, "Accountholder Brightwater Dental")
    c.setFillColor(HexColor("#E4EEF7"))
    c.rect(36, _H - 170, 540, 20, stroke=0, fill=1)
    c.setFillColor(HexColor("#333333"))
    c.drawString(40, _H - 164, "Serviceline (715) 555-0163")
    c.save()
    words = _words(path)
    assert {"Accountholder", "Brightwater", "Serviceline", "555-0163"} <= words


def test_text_clipped_away_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "clipped.pdf"
    c = _page(path)
    c.saveState()
    clip = c.beginPath()
    clip.rect(40, _H - 300, 50, 20)
    c.clipPath(clip, stroke=0, fill=0)
    c.drawString(300, _H - 100, "Clippedaway Street")
    c.restoreState()
    c.save()
    words = _words(path)
    assert "Lakeshore" in words and "Clippedaway" not in words


# -- a table's total closes it ------------------------------------------------------------------
_TABLE = [(40, 40, "B:Lakeshore Telephone", 18), (400, 40, "Account Number", 8),
          (480, 40, "52-71930", 8),
          (40, 110, "Pinegrove Bakery LLC", 10), (40, 122, "PO Box 4410", 10),
          (40, 134, "Spooner WI 54801", 10),
          (44, 200, "B:Telephone Number", 8), (180, 200, "B:Service", 8), (480, 200, "B:Monthly", 8),
          (44, 212, "(715) 555-0131", 8), (180, 212, "Business line", 8), (480, 212, "$31.00", 8),
          (44, 224, "(715) 555-0132", 8), (180, 224, "Business line", 8), (480, 224, "$22.00", 8),
          (60, 240, "Regulatory recovery fee", 8), (480, 240, "$3.10", 8),
          (60, 252, "B:Total", 8), (480, 252, "$56.10", 8)]


def _line_verdict(tmp_path: Path, items: list[drawn.Item], e164: str) -> Verdict:
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "t.pdf", items)))
    check = compare(PortCase(account_name="Pinegrove Bakery LLC", account_number="52-71930",
                             numbers=(CaseNumber(e164),)), fields)
    assert check.numbers is not None
    return check.numbers.items[0].verdict


@pytest.mark.parametrize("label", ["Repair", "Customer Service", "Billing questions"])
def test_a_help_line_under_a_tables_total_is_no_row_of_it(tmp_path: Path, label: str) -> None:
    """'Repair 715-321-4400' printed under the Total row of the table of lines, its digits under
    the lines' column: the table ended at its total, so the label on its line says what it is."""
    items = [*_TABLE, (40, 280, f"{label} 715-321-4400", 8)]
    assert _line_verdict(tmp_path, items, "+17153214400") == Verdict.NOT_FOUND
    assert _line_verdict(tmp_path, items, "+17155550132") == Verdict.EXACT


def test_a_subtotal_does_not_close_the_table(tmp_path: Path) -> None:
    """'Subtotal' between two groups of rows under one header ends nothing."""
    items = [*_TABLE[:-2], (60, 252, "Subtotal", 8), (480, 252, "$56.10", 8),
             (44, 264, "(715) 555-0133", 8), (180, 264, "Business line", 8),
             (480, 264, "$12.00", 8)]
    assert _line_verdict(tmp_path, items, "+17155550133") == Verdict.EXACT


# -- a limited company's legal form spelled with its stops -------------------------------------
_LC = [(40, 40, "B:Tamarind", 24), (40, 64, "B:Tamarind Valley Communications", 9),
       (400, 40, "Account", 8), (480, 40, "407718-2", 8),
       (60, 110, "Pinegrove Bakery LLC", 10), (60, 122, "PO Box 4410", 10),
       (60, 134, "Decorah, IA 52101", 10),
       (40, 200, "Local Access Line", 8), (480, 200, "$31.00", 8),
       (60, 620, "B:Tamarind Valley Communications, L.C.", 8), (60, 632, "PO Box 1008", 8),
       (60, 644, "Elkader, IA 52043-1008", 8)]


@pytest.mark.parametrize("typed", ["Tamarind Valley Communications",
                                   "Tamarind Valley Communications LC",
                                   "Tamarind Valley Communications, L.C."])
def test_a_company_line_ending_in_l_c_names_the_sender(tmp_path: Path, typed: str) -> None:
    """'X Communications, L.C.' over the payment stub's box address (Iowa's limited company
    form, as 'L.L.C.' and 'LLC'), with the name under the wordmark: the carrier is named."""
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "lc.pdf", _LC)))
    verdict = compare(PortCase(account_name="Pinegrove Bakery LLC", losing_carrier=typed),
                      fields).fields["carrier"].verdict
    assert verdict in (Verdict.EXACT, Verdict.EQUIVALENT)


def test_another_name_is_still_no_match_beside_an_l_c_line(tmp_path: Path) -> None:
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "lc.pdf", _LC)))
    verdict = compare(PortCase(account_name="Pinegrove Bakery LLC",
                               losing_carrier="Tamarind Ridge Telephone"),
                      fields).fields["carrier"].verdict
    assert verdict not in (Verdict.EXACT, Verdict.EQUIVALENT)


# -- the account's one number named after its noun ----------------------------------------------
def _btn(tmp_path: Path, items: list[drawn.Item], typed: str) -> Verdict:
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "btn.pdf", items)))
    return compare(PortCase(account_name="Pinegrove Bakery LLC", account_number="52-71930",
                            btn=typed), fields).fields["btn"].verdict


@pytest.mark.parametrize("label", ["Telephone number on the account:",
                                   "Phone number for this account:"])
def test_the_telephone_number_on_the_account_is_its_btn(tmp_path: Path, label: str) -> None:
    """'Telephone number on the account: (715) 555-0131' under the table of lines says which
    one is the account's own number, as 'Account telephone number' does."""
    items = [*_TABLE, (40, 280, f"{label} (715) 555-0131", 8)]
    assert _btn(tmp_path, items, "+17155550131") == Verdict.EXACT
    assert _btn(tmp_path, items, "+17155550132") == Verdict.MISMATCH


def test_numbers_on_the_account_still_list_the_lines() -> None:
    from portdesk.bills.context import Context, classify

    assert classify("Telephone numbers on the account:") == Context.NUMBERS
    assert classify("Telephone number on the account:") == Context.BTN


# -- a company line with its town after a dot --------------------------------------------------
_TOWN = [(40, 40, "B:Tamarind Telecom", 20),
         (40, 56, "Tamarind Telephone Company \u00b7 Lyndon, Vermont", 7.5),
         (400, 40, "Account Number", 8), (480, 40, "52-71930", 8),
         (60, 110, "Pinegrove Bakery LLC", 10), (60, 122, "PO Box 4410", 10),
         (60, 134, "Lyndonville VT 05851", 10),
         (40, 200, "Local Access Line", 8), (480, 200, "$31.00", 8)]


def _town_carrier(tmp_path: Path, typed: str) -> Verdict:
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "town.pdf", _TOWN)))
    return compare(PortCase(account_name="Pinegrove Bakery LLC", losing_carrier=typed),
                   fields).fields["carrier"].verdict


def test_a_company_line_with_its_town_after_a_dot_names_the_sender(tmp_path: Path) -> None:
    """'Tamarind Telephone Company · Lyndon, Vermont' under the wordmark: the company's line
    signs the bill as one with its street or web address after the dot does."""
    assert _town_carrier(tmp_path, "Tamarind Telephone Co.") == Verdict.EQUIVALENT


def test_another_kind_word_is_no_match_beside_the_company_line(tmp_path: Path) -> None:
    assert _town_carrier(tmp_path, "Tamarind Cable Co.") not in (Verdict.EXACT,
                                                                 Verdict.EQUIVALENT)


# -- the name set largest at the head of page 1 -------------------------------------------------
def _head(name_size: float) -> list[drawn.Item]:
    return [(90, 40, "B:Tamarind Telecommunications", name_size),
            (90, 56, "Tamarind Public Utilities \u00b7 12 Water St, Sitka, AK 99835", 7.5),
            (400, 80, "Account Number", 8), (480, 80, "52-71930", 8),
            (60, 110, "Pinegrove Bakery LLC", 10), (60, 122, "PO Box 4410", 10),
            (60, 134, "Sitka, AK 99835", 10),
            (40, 200, "Local Access Line", 8), (480, 200, "$31.00", 8),
            (40, 600, "Please detach and return this portion with your payment.", 7),
            (60, 620, "B:Tamarind Public Utilities", 8), (60, 632, "PO Box 1008", 8),
            (60, 644, "Sitka, AK 99835", 8)]


def _head_carrier(tmp_path: Path, items: list[drawn.Item], typed: str) -> Verdict:
    fields = extract_fields(read_bill(drawn.draw(tmp_path / "head.pdf", items)))
    return compare(PortCase(account_name="Pinegrove Bakery LLC", losing_carrier=typed),
                   fields).fields["carrier"].verdict


def test_the_name_set_largest_at_the_head_of_the_bill_is_its_sender(tmp_path: Path) -> None:
    """'Tamarind Telecommunications' set large over the legal name's letterhead line, the stub
    payable to the legal name: the brand at the head is the sender's name too."""
    assert _head_carrier(tmp_path, _head(14), "Tamarind Telecommunications") == Verdict.EXACT


def test_the_same_name_in_body_type_is_no_letterhead(tmp_path: Path) -> None:
    items = [*_head(8)[1:], (40, 300, "Tamarind Telecommunications", 8)]
    assert _head_carrier(tmp_path, items, "Tamarind Telecommunications") not in (
        Verdict.EXACT, Verdict.EQUIVALENT)


@pytest.mark.parametrize("total", ["Current Charges", "Total new charges"])
def test_current_charges_close_the_table_as_a_total_does(tmp_path: Path, total: str) -> None:
    items = [*_TABLE[:-2], (60, 252, total, 8), (480, 252, "$56.10", 8),
             (40, 280, "Business Office 715-321-4400", 8)]
    assert _line_verdict(tmp_path, items, "+17153214400") == Verdict.NOT_FOUND
    assert _line_verdict(tmp_path, items, "+17155550131") == Verdict.EXACT


# -- how a value is written: a specimen ---------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Un numéro de téléphone s'écrit ainsi : 715 555-0187 (indicatif régional, puis sept chiffres).",
    "A telephone number is written as 715-555-0187 (area code first)."])
def test_a_number_shown_as_how_numbers_are_written_is_a_specimen(tmp_path: Path,
                                                                 sentence: str) -> None:
    items = [*_TABLE, (50, 300, sentence, 7.5)]
    assert _line_verdict(tmp_path, items, "+17155550187") == Verdict.NOT_FOUND


def test_every_word_of_a_turned_page_is_still_read(tmp_path: Path) -> None:
    """A page set landscape by its /Rotate: its text boxes are not in the rendering's frame,
    so the check keeps every word rather than drop shown ones."""
    path = tmp_path / "turned.pdf"
    c = _page(path)
    c.showPage()
    c.setPageSize((792, 612))  # drawn landscape, turned upright by /Rotate
    c.setPageRotation(90)
    c.setFont("Helvetica", 9)
    c.drawString(500, 300, "Secondpage line (715) 555-0146")
    c.save()
    assert {"Secondpage", "555-0146"} <= _words(path)

"""Scan classes the opened blind9 split showed, each on OCR words drawn here (never on a corpus
bill):

- specks OCR read as dots or a comma after a value's last digit ('2042-827829..') are no part of
  it: the account number typed as printed is the bill's exact form, not another way to write it;
- French "à" between a block's first and last number read as an '8' glued to the next area code
  ('819 555-0178 8819 555-0183'): every line of the block is the customer's, and an '8' read
  apart from the area code (an '&' between two numbers of a list) makes no block;
- French "Facturé à" ("billed to", its accent often lost on a scan: 'Facturé a') labels the
  account holder over the mailing block, not an invoice reference as "Facture" / "No de facture"
  do: the name under it is confirmed, even when OCR misread the block's postal code (so the
  block is no address by its form and only its label says what the name is);
- a photo whose table is lit in a patch apart from the sheet (a bright strip of the table beside
  it, running off the photo's edge): the sheet is the region grown from the paper, not the
  outline of every lit pixel (which took in the table and skewed the page).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import BillDocument, Page, Word
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase


def _page(rows: list[tuple[float, float, str, float]]) -> BillDocument:
    """OCR words: (left, top, words joined by '|', confidence) a row each."""
    words = []
    for x, top, text, conf in rows:
        for w in text.split("|"):
            words.append(Word(w, x, top, x + 6 * len(w), top + 10, conf))
            x += 6 * len(w) + 5
    return BillDocument(Path("scan.png"), (Page(1, 612, 792, tuple(words), "ocr"),), 1)


def _account(read: str, typed: str) -> Verdict:
    doc = _page([(44, 30, "Northway|Telephone", 0.93),
                 (340, 30, f"Account|Number|{read}", 0.93),
                 (60, 110, "Lakeview|Dental|Group", 0.94),
                 (60, 124, "418|Birch|St", 0.94),
                 (60, 138, "Harlan|KY|40831", 0.94),
                 (60, 210, "Total|Amount|Due|$88.10", 0.94)])
    case = PortCase(account_name="", account_number=typed)
    return compare(case, extract_fields(doc)).fields["account_number"].verdict


def test_dots_ocr_read_after_an_account_numbers_last_digit_are_no_part_of_it() -> None:
    assert _account("2042-827829..", "2042-827829") == Verdict.EXACT
    assert _account("2042-827829,", "2042-827829") == Verdict.EXACT


def test_the_same_digits_written_otherwise_are_still_equivalent_and_others_no_match() -> None:
    assert _account("2042-827829..", "2042827829") == Verdict.EQUIVALENT
    assert _account("2042-827828..", "2042-827829") not in (Verdict.EXACT, Verdict.EQUIVALENT)


def _block_numbers(block: str) -> dict[str, Verdict]:
    doc = _page([(44, 30, "Xittel", 0.93),
                 (340, 30, "No|client|47079", 0.93),
                 (40, 180, "Service|Numéro|Qté|Prix", 0.94),
                 (40, 194, "Ligne|principale|IP|819|555-0160|1|30,06|$", 0.94),
                 (40, 208, f"Bloc|de|numéros|(SDA)|{block}|6|12,03|$", 0.9)])
    typed = ("+18195550160", "+18195550178", "+18195550180", "+18195550183")
    case = PortCase(account_name="", account_number="47079",
                    numbers=tuple(CaseNumber(n) for n in typed))
    result = compare(case, extract_fields(doc)).numbers
    assert result is not None
    return {i.number: i.verdict for i in result.items}


def test_a_french_a_read_as_an_8_glued_to_the_next_area_code_still_joins_a_block() -> None:
    verdicts = _block_numbers("819|555-0178|8819|555-0183")
    assert verdicts["+18195550180"] == Verdict.EXACT  # inside the block
    assert verdicts["+18195550183"] == Verdict.EXACT


def test_an_8_read_apart_from_the_area_code_joins_no_block() -> None:
    verdicts = _block_numbers("819|555-0178|8|819|555-0183")
    assert verdicts["+18195550180"] not in (Verdict.EXACT, Verdict.EQUIVALENT)


def _billed_to(label: str) -> Verdict:
    doc = _page([(44, 30, "Xittel", 0.93),
                 (340, 30, "Numéro|de|compte|47079", 0.93),
                 (50, 110, label, 0.93),
                 (50, 124, "Imprimerie|Laurentide", 0.93),
                 (50, 138, "1228,|avenue|Jean-Talon", 0.93),
                 (50, 152, "Trois-Rivières|(Québec)|G9A|262", 0.93)])  # '2G2' misread
    case = PortCase(account_name="Imprimerie Laurentide", account_number="47079")
    return compare(case, extract_fields(doc)).fields["account_name"].verdict


def test_french_billed_to_read_without_its_accent_labels_the_account_holder() -> None:
    assert _billed_to("Facturé|a") == Verdict.EXACT
    assert _billed_to("Facturé|à") == Verdict.EXACT


def test_an_invoice_label_still_labels_no_account_holder() -> None:
    assert _billed_to("No|de|facture") != Verdict.EXACT


def _photo_with_a_lit_strip(strip: bool) -> Image.Image:
    """A light sheet on a dark table; with `strip`, a lit strip of the table down its left side,
    the dark table between it and the sheet."""
    photo = Image.new("L", (300, 380), 60)
    draw = ImageDraw.Draw(photo)
    draw.polygon([(90, 25), (280, 35), (274, 360), (86, 350)], fill=225)
    for y in range(60, 320, 18):
        draw.line([(110, y), (230, y)], fill=40, width=2)
    if strip:
        draw.polygon([(0, 150), (40, 140), (45, 380), (0, 380)], fill=200)
    return photo.filter(ImageFilter.GaussianBlur(0.8))


def test_a_lit_patch_of_the_table_apart_from_the_sheet_is_no_part_of_it() -> None:
    from portdesk.bills.photo import find_sheet

    for strip in (False, True):
        quad = find_sheet(_photo_with_a_lit_strip(strip))
        assert quad is not None
        (x0, y0), (x1, _), (x2, _), (x3, y3) = quad
        assert 80 < x0 < 100 and 76 < x3 < 96, (strip, quad)  # the sheet's left corners
        assert y0 < 40 and y3 > 340 and x1 > 265 and x2 > 260

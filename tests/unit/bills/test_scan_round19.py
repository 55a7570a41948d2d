"""Scan classes of scans round 19 (issue 10), each on words drawn here (never on a corpus bill).

- a bill of several accounts (a master account over sub-accounts, each a block headed by its
  number with its own main number): a billing number labelled in the block of another account
  than the typed one contradicts nothing the case typed, whether the typed account heads a block
  on the same page whose label OCR broke ('SUB ACCT' read apart from '458-13472'), or is listed
  on another page (a summary's row) while the pages in hand hold only another sub-account's block
  (a scan of the first pages; a text bill cut short too, where the typed account's own block is
  not in hand). A question for the eye, never a mismatch. The typed account's own block giving
  another main number stays a mismatch (text);
- OCR's own confidence decides how a poor photo is read: a sheet flattened from a wrong outline
  (a shadow cut across the sheet moved a corner: blind10's chat_mobility photo, refused as "no
  account details found") is read as taken when that reads better, and a page OSD calls upside
  down is kept turned only when the turned reading holds more confident words (a truly
  upside-down page is still turned);
- a carrier's help line set under the table of the lines, its label where the table's numbers
  stand and its number off their column ('Customer Service 308-697-3333' under rows opening
  with their numbers), is judged by its own label, not as a cell of the table's number column
  (DEV's pinpoint false match; the text version had it too). Rows of one shape ('Sales
  302-...' under 'Department') stay the customer's lines.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from portdesk.bills import ocr
from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import BillDocument, Page, Word
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase

Row = list[tuple[float, str, float]]  # (x, words joined by '|', confidence)


def _page(number: int, rows: list[Row], source: str, top: float = 80) -> Page:
    """A page of rows set in 7-point type, 9.5 points apart; each cell's words set from its x."""
    words = []
    for r, row in enumerate(rows):
        y = top + 9.5 * r
        for x, text, conf in row:
            for w in text.split("|"):
                words.append(Word(w, x, y, x + 3.8 * len(w), y + 5.5, conf))
                x += 3.8 * len(w) + 2.5
    return Page(number, 612, 792, tuple(words), source)


def _doc(pages: list[list[Row]], source: str = "ocr") -> BillDocument:
    name = "scan.png" if source == "ocr" else "bill.pdf"
    return BillDocument(Path(name), tuple(_page(i + 1, rows, source)
                                          for i, rows in enumerate(pages)), len(pages))


def _btn(doc: BillDocument, account: str, btn: str) -> Verdict:
    e164 = "+1" + "".join(c for c in btn if c.isdigit())
    case = PortCase(account_name="", account_number=account, btn=e164,
                    numbers=(CaseNumber(e164),))
    return compare(case, extract_fields(doc, require_account=False)).fields["btn"].verdict


def _summary_by_sub_account(typed_head: list[Row], typed_main: Row) -> list[Row]:
    return [[(40, "Service|Electric", 0.95), (440, "MSTR|ACCT", 0.95)],
            [(440, "M04320576", 0.95)],
            [(40, "SUMMARY|BY|SUB|ACCOUNT", 0.95)],
            [(48, "SUB|ACCT", 0.89), (102, "327-94137", 0.88)],
            [(48, "SVC|ADR|2685|Industrial|Rd|Apt|10|Allentown|PA|18154-1144", 0.95)],
            [(48, "PRIM|PH", 0.95), (104, "610-555-0193", 0.95), (330, "$325.14", 0.9)],
            *typed_head,
            [(48, "SVC|ADR|682|Main|St|Apt|11|Allentown|PA|18106", 0.95)],
            typed_main]


def test_a_main_number_in_another_sub_accounts_block_is_no_mismatch_on_a_scan() -> None:
    # the typed sub-account's heading read apart from its number, its main number lost
    head = [[(48, "SUB|ACCT", 0.57), (102, "458-13472", 0.9), (200, "ry", 0.74)]]
    lost = [(48, "PRIMA", 0.64), (330, "$727.31", 0.9)]
    doc = _doc([_summary_by_sub_account(head, lost)])
    assert _btn(doc, "458-13472", "610-555-0127") == Verdict.UNVERIFIABLE
    # the typed account's own block giving another main number read surely stays a mismatch
    own = [(48, "PRIM|PH", 0.95), (104, "610-555-0166", 0.95), (330, "$727.31", 0.9)]
    doc = _doc([_summary_by_sub_account(head, own)])
    assert _btn(doc, "458-13472", "610-555-0127") == Verdict.MISMATCH


def _sub_account_pages(master: str) -> list[list[Row]]:
    summary = [[(40, "segra", 0.95), (330, "Billing|Account|Number", 0.95), (480, master, 0.95)],
               [(330, "Invoice|Date", 0.95), (480, "Aug.|4,|2025", 0.95)],
               [(48, "Prairie|Wind|Realty|L.L.C.", 0.95)],
               [(48, "5739|Washington|Ln", 0.95)],
               [(48, "Columbia,|SC|29256-6413", 0.95)],
               [(40, "SUMMARY|OF|CHARGES|BY|ACCOUNT", 0.95)],
               [(40, "Sub-Account", 0.95), (150, "Location", 0.95), (480, "Current|Charges", 0.95)],
               [(40, f"{master}-001", 0.95), (150, "DISTRIBUTION|CENTER", 0.95),
                (480, "$2,190.51", 0.95)],
               [(40, f"{master}-002", 0.95), (150, "BRANCH|OFFICE", 0.95),
                (480, "$1,003.88", 0.95)],
               [(40, f"{master}-003", 0.95), (150, "CLINIC", 0.95), (480, "$1,327.05", 0.95)]]
    block = [[(40, "Segra", 0.95), (330, "Billing|Account|Number", 0.95), (480, master, 0.95)],
             [(40, f"SUB-ACCOUNT|{master}-001", 0.95), (240, "DISTRIBUTION|CENTER", 0.95)],
             [(40, "Service|Address", 0.95), (330, "Main|Number", 0.95)],
             [(40, "5739|Washington|Ln", 0.95), (330, "803-555-0120", 0.99)],
             [(40, "Columbia|SC|29256-6413", 0.95)],
             [(40, "Telephone|Numbers", 0.95)],
             [(40, "803-555-0120", 0.99), (180, "803-555-0183", 0.99)]]
    return [summary, block]


def test_the_pages_in_hand_hold_only_another_sub_accounts_block() -> None:
    for source in ("ocr", "text"):
        doc = _doc(_sub_account_pages("1493172"), source)
        assert _btn(doc, "1493172-003", "803-555-0163") == Verdict.UNVERIFIABLE, source


def test_the_typed_sub_accounts_own_block_giving_another_main_number_stays_a_mismatch() -> None:
    for head in ([(40, "SUB-ACCOUNT|1493172-003", 0.95), (240, "CLINIC", 0.95)],
                 [(40, "SUB-ACCOUNT|1493172-003|CLINIC", 0.95)]):  # its location in its run
        pages = _sub_account_pages("1493172")
        pages[1][1] = head
        doc = _doc(pages, "text")
        assert _btn(doc, "1493172-003", "803-555-0163") == Verdict.MISMATCH, head


_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_LINES = ["Account Number 2961008-57", "Bill Date January 10, 2026", "Prairie Wind Dental Group",
          "9423 Oak Highway Building 2232", "Kirksville, Missouri 63560-8974",
          "Mobile Number (660) 555-0158", "Thomas Tremblay (660) 555-0141"]
_needs_ocr = pytest.mark.skipif(not ocr.tesseract_available() or not _FONT.exists(),
                                reason="tesseract or the DejaVu font is not installed")


def _photo(lines: list[str]) -> Any:
    """A plain page photographed straight: a few lines of print, too few to read 'well'."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(_FONT), 34)
    page = Image.new("L", (1275, 1650), 235)
    draw = ImageDraw.Draw(page)
    for i, line in enumerate(lines):
        draw.text((120, 160 + 60 * i), line, font=font, fill=20)
    return page


def _words(page: Page) -> str:
    return " ".join(w.text for w in page.words)


@_needs_ocr
def test_a_sheet_flattened_from_a_wrong_outline_is_read_as_taken(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import ImageFilter

    def smeared(gray: Any) -> tuple[Any, bool]:  # a corner found on a shadow's edge
        return gray.transform(gray.size, 0, (1.0, 0.9, 0, 0.05, 1.0, 0), fillcolor=235).filter(
            ImageFilter.GaussianBlur(9)), True

    monkeypatch.setattr(ocr, "straighten_photo", smeared)
    monkeypatch.setattr(ocr, "detect_rotation", lambda image: 0)
    read = ocr.ocr_image(_photo(_LINES), 1, 1275 / 612)
    assert "2961008-57" in _words(read) and "Kirksville," in _words(read)


@_needs_ocr
def test_a_page_osd_calls_upside_down_is_turned_only_when_it_then_reads_better(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "straighten_photo", lambda gray: (gray, False))
    monkeypatch.setattr(ocr, "detect_rotation", lambda image: 180)  # OSD's guess, wrong here
    few = _LINES[:3]  # under a dozen sure words: a poor first reading, so OSD is asked
    upright = ocr.ocr_image(_photo(few), 1, 1275 / 612)
    assert upright.rotation == 0 and "2961008-57" in _words(upright)
    turned = ocr.ocr_image(_photo(few).rotate(180), 1, 1275 / 612)  # right here
    assert turned.rotation == 180 and "2961008-57" in _words(turned)


def _numbers(rows: list[Row], source: str, typed: list[str]) -> dict[str, Verdict]:
    head: list[Row] = [[(40, "Account|Number:|262-5276-59", 0.95)], [(40, "Medicine|Creek|Lodge", 0.95)]]
    case = PortCase(account_name="", account_number="262-5276-59",
                    numbers=tuple(CaseNumber(n) for n in typed))
    result = compare(case, extract_fields(_doc([head + rows], source))).numbers
    assert result is not None
    return {i.number: i.verdict for i in result.items}


def test_a_help_line_under_the_table_of_lines_is_judged_by_its_own_label() -> None:
    rows: list[Row] = [[(44, "Telephone|number", 0.95), (174, "Service", 0.95), (454, "Charge", 0.95)],
                       [(44, "308-555-0148", 0.97), (174, "Fax|line", 0.95), (454, "$37.41", 0.95)],
                       [(44, "308-555-0130", 0.97), (174, "Business|line", 0.95),
                        (454, "$55.11", 0.95)], [],
                       [(40, "Customer|Service", 0.95), (106, "308-697-3333", 0.97)],
                       [(40, "Toll|free", 0.95), (80, "1-800-793-2788", 0.97)]]
    for source in ("ocr", "text"):
        got = _numbers(rows, source, ["+13085550148", "+13085550130", "+13086973333"])
        assert got["+13086973333"] == Verdict.NOT_FOUND, source
        assert got["+13085550148"] == got["+13085550130"] == Verdict.EXACT, source


def test_rows_of_one_shape_under_a_lines_table_stay_its_rows() -> None:
    rows: list[Row] = [[(44, "Department", 0.95), (174, "Number", 0.95)],
                       [(44, "Sales", 0.95), (174, "302-555-0117", 0.97)],
                       [(44, "Customer|Service", 0.95), (174, "302-555-0118", 0.97)]]
    got = _numbers(rows, "text", ["+13025550117", "+13025550118"])
    assert got["+13025550117"] == got["+13025550118"] == Verdict.EXACT

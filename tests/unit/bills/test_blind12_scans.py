"""Scan classes of blind12 (issue 10; opened after its blind score), each on a page drawn here
(never on a corpus bill):

- labels printed white on dark bars ('NO DE COMPTE', 'ADRESSE DE SERVICE' reversed out of black
  cells): Tesseract reads dark type on paper and read each bar as nothing, so every value beside
  one lost its label (a whole bill's account, service address and BTN "unverifiable"). Each bar
  is turned negative before OCR (prepare.py `unreverse`); a bold wordmark's letters, whose gaps
  are paper, are left as printed;
- a wordmark's wide initial set apart by OCR ('Q uadro' for 'Quadro', the gap after a round
  capital of large type read as a word space): the carrier named nothing the typed carrier is
  ("unverifiable" where the text bill says what it says); a lone capital before a word in small
  letters is one word with it;
- a photo's stack of captions over values ('Statement Date' over its date over 'Telephone
  Number' over the one number): OCR boxes hug the ink, about 0.7 of the text layer's box, so
  the gap between two pairs measured in the caption's box height broke the stack and the one
  number under its singular caption was a list of lines, not the account's number; the gap is
  measured in the type's height.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.ocr import tesseract_available
from portdesk.bills.prepare import unreverse
from portdesk.bills.reader import BillDocument, Page, Word, read_bill
from portdesk.bills.verdicts import Verdict
from portdesk.domain.case import CaseNumber, PortCase
from tests.billcorpus import make_scan


def _reversed_labels(path: Path) -> Path:
    """A bill head whose labels are white on black bars, each value beside its bar."""
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica-Bold", 26)
    canvas.drawString(40, 740, "NORTHWIND")
    rows = [("ACCOUNT NUMBER", ["5521-0087"]),
            ("SERVICE ADDRESS", ["4386 Lakeview Blvd", "Suite 18", "Dover, OH 44670"]),
            ("MAIN PHONE", ["(330) 555-0165"])]
    y = 640.0
    for label, values in rows:
        canvas.setFillGray(0.2)
        canvas.rect(40, y - 4, 150, 14, stroke=0, fill=1)
        canvas.setFillGray(1.0)
        canvas.setFont("Helvetica-Bold", 8)
        canvas.drawString(45, y, label)
        canvas.setFillGray(0.0)
        canvas.setFont("Helvetica", 10)
        for n, value in enumerate(values):
            canvas.drawString(200, y - 12 * n, value)
        y -= 14 + 12 * len(values)
    canvas.showPage()
    canvas.save()
    return path


@pytest.mark.ocr
@pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")
def test_labels_printed_white_on_dark_bars_label_their_values(tmp_path: Path) -> None:
    scan = make_scan(_reversed_labels(tmp_path / "b.pdf"), tmp_path / "scan.png",
                     random.Random(12), noise=0.0)
    fields = extract_fields(read_bill(scan))
    assert fields.account_number == "5521-0087"
    assert fields.btn == "+13305550165"
    assert fields.service_address is not None
    assert fields.service_address.line1 == "4386 Lakeview Blvd"


def _bar_page() -> Image.Image:
    """100 dpi: a dark bar with white 'letters' in it, and a bold word's separate letters."""
    img = Image.new("L", (850, 1100), 255)
    draw = ImageDraw.Draw(img)
    draw.rectangle((60, 200, 300, 222), fill=40)
    for x in range(70, 280, 14):
        draw.rectangle((x, 205, x + 6, 217), fill=255)  # letters reversed out of the bar
    for x in range(60, 400, 60):
        draw.rectangle((x, 400, x + 25, 440), fill=20)  # a wordmark's heavy letters, paper between
    return img


def test_a_dark_bar_turns_negative_and_a_bold_words_letters_do_not() -> None:
    page = _bar_page()
    out = unreverse(page)
    assert out.getpixel((65, 202)) > 200 and out.getpixel((72, 210)) < 60  # bar paper, ink letters
    assert out.getpixel((80, 420)) < 60 and out.getpixel((100, 420)) > 200  # the wordmark as printed
    assert unreverse(Image.new("L", (850, 1100), 255)).getpixel((10, 10)) == 255


def _wordmark(*marks: str) -> str | None:
    words = [Word(m, 42 + 30 * n, 28, 42 + 30 * n + 12 * len(m), 52, 0.92)
             for n, m in enumerate(marks)]
    rows = [("Account|Number:|5521-0087", 120), ("Ridgeway|Dental", 134),
            ("4386|Lakeview|Blvd", 148), ("Dover,|OH|44670", 162)]
    for text, y in rows:
        x = 60.0
        for w in text.split("|"):
            words.append(Word(w, x, y, x + 6 * len(w), y + 10, 0.95))
            x += 6 * len(w) + 4
    doc = BillDocument(Path("scan.png"), (Page(1, 612, 792, tuple(words), "ocr"),), 1)
    return extract_fields(doc).carrier


def test_a_wordmarks_initial_set_apart_by_ocr_is_one_word_with_it() -> None:
    # the round 'Q' of a large wordmark, its gap read as a word space
    assert _wordmark("Q", "uadro") == "Quadro"
    # two words of capitals stay two words
    assert _wordmark("Q", "Uadro") == "Q Uadro"


def _stacked_btn(gap: float) -> Verdict:
    """A photo's stack of captions over values, each box hugging its ink (captions 5.5 pt,
    values 7 pt tall, where the text layer boxes them 8.3 and 9.9), pairs 15 pt apart."""
    cells = [("Account|Name", 99.2, 5.5), ("Granite|Peak|Dental|Group", 109.2, 7.0),
             ("Account|Number", 124.3, 5.5), ("1972631", 133.7, 7.0),
             ("Statement|Date", 149.1, 5.5), ("January|29,|2025", 158.5, 7.0),
             ("Telephone|Number", 158.5 + gap, 5.5), ("519-555-0159", 167.9 + gap, 7.0)]
    words = [Word("Quadrant", 40, 28, 140, 52, 0.93)]
    for text, top, height in cells:
        x = 332.0
        for w in text.split("|"):
            words.append(Word(w, x, top, x + 6 * len(w), top + height, 0.95))
            x += 6 * len(w) + 4
    doc = BillDocument(Path("scan.png"), (Page(1, 612, 792, tuple(words), "ocr"),), 1)
    case = PortCase(account_name="", account_number="1972631", btn="+15195550159",
                    numbers=(CaseNumber("+15195550159"),))
    return compare(case, extract_fields(doc)).fields["btn"].verdict


def test_a_photos_stack_of_captions_keeps_its_pairs_by_the_fonts_height() -> None:
    # the stack's pitch, 15.4 pt, is 2.8 of the caption's ink box and 1.9 of its type
    assert _stacked_btn(15.4) == Verdict.EXACT
    # a caption set well below the stack (a blank line and more) is no pair of it
    assert _stacked_btn(34.0) == Verdict.UNVERIFIABLE

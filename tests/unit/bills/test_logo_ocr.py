"""A carrier's name drawn only in a raster logo on a text bill (issue 10): a person reads it, so
the page proves it, but no text layer holds it. When the text does not prove the typed name,
the logo images of page 1 are read with OCR and judged by the rules of printed text, with OCR's
confidence: a sure reading is printed (exact / equivalent), an unsure one or one a letter off
is a question with the logo's words as evidence; a logo never makes a mismatch. Bills drawn
here (reportlab, the logo a PNG drawn with Pillow), with names of their own."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from portdesk.bills import ocr
from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import FieldCheck, Verdict
from portdesk.domain.case import PortCase

_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
_NAME = "Brindle Valley"
_HOLDER = "Osprey Glass Works LLC"

pytestmark = pytest.mark.skipif(not ocr.tesseract_available() or not _FONT.exists(),
                                reason="tesseract or the DejaVu font is not installed")


def _logo_png(text: str, color: str, ground: str, mark: bool = False) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(_FONT), 70)
    at = 110 if mark else 20
    image = Image.new("RGB", (int(font.getlength(text)) + at + 20, 100), ground)
    draw = ImageDraw.Draw(image)
    if mark:
        draw.rectangle((8, 8, 92, 92), fill=color)  # the brand's graphic beside its name
    draw.text((at, 10), text, font=font, fill=color)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _bill(path: Path, logo: str = _NAME, *, color: str = "#1A4D8F", ground: str = "white",
          printed: str = "", mark: bool = False) -> Path:
    """A one-page text bill whose only sign of its sender is the raster logo (and `printed`,
    a line of text, when given)."""
    canvas = Canvas(str(path), pagesize=letter)
    height = letter[1]
    png = _logo_png(logo, color, ground, mark)
    canvas.drawImage(ImageReader(io.BytesIO(png)), 40, height - 60, width=170 if mark else 150,
                     height=25)
    lines = [(400, 40, "Account Number 55120-8841"), (400, 54, "Statement Date March 4, 2026"),
             (40, 120, _HOLDER), (40, 132, "410 Heron St"), (40, 144, "Eugene, OR 97401"),
             (40, 200, "Service Address: 410 Heron St, Eugene, OR 97401"),
             (40, 230, "Telephone Numbers 541-555-0142 541-555-0143"),
             (40, 260, "Monthly service $84.10"), (40, 272, "Total due $84.10")]
    if printed:
        lines.append((40, 300, printed))
    canvas.setFont("Helvetica", 9)
    for x, y, text in lines:
        canvas.drawString(x, height - y, text)
    canvas.showPage()
    canvas.save()
    return path


def _carrier(path: Path, typed: str) -> FieldCheck:
    fields = extract_fields(read_bill(path))
    return compare(PortCase(account_name=_HOLDER, losing_carrier=typed), fields).fields["carrier"]


def test_a_name_drawn_only_in_the_logo_is_printed(tmp_path: Path) -> None:
    """The text layer never names the sender; the logo does, read surely: exact, the logo's
    box as evidence (before: unverifiable or not found, the text alone judged)."""
    check = _carrier(_bill(tmp_path / "b.pdf"), _NAME)
    assert check.verdict == Verdict.EXACT
    assert check.evidence is not None and check.evidence.page == 1
    assert check.evidence.bbox[1] < 80  # the logo, at the top of the page
    assert check.bill == _NAME


def test_the_logos_name_in_another_case_is_equivalent(tmp_path: Path) -> None:
    """The same name written differently (case only): the bill's form is suggested."""
    check = _carrier(_bill(tmp_path / "b.pdf"), _NAME.upper())
    assert check.verdict == Verdict.EQUIVALENT
    assert check.suggestion == _NAME


def test_light_letters_on_a_dark_ground_are_read(tmp_path: Path) -> None:
    check = _carrier(_bill(tmp_path / "b.pdf", color="white", ground="#12305A"), _NAME)
    assert check.verdict == Verdict.EXACT


def test_a_logos_graphic_mark_is_no_word_of_its_name(tmp_path: Path) -> None:
    """A square beside the name, read by OCR as a letter or two unsurely, is not part of it."""
    check = _carrier(_bill(tmp_path / "b.pdf", mark=True), _NAME)
    assert check.verdict == Verdict.EXACT


def test_a_logo_of_another_name_is_no_mismatch(tmp_path: Path) -> None:
    """A logo that reads as another name proves nothing against the typed one (a partner's
    mark, a slogan, a misreading): never a match, never a mismatch from the pixels."""
    check = _carrier(_bill(tmp_path / "b.pdf"), "Copperline Telecom")
    assert check.verdict not in (Verdict.EXACT, Verdict.EQUIVALENT, Verdict.MISMATCH)


def test_a_name_a_letter_off_the_logo_is_a_question(tmp_path: Path) -> None:
    """'Brindle Valey' typed, 'Brindle Valley' drawn: the eye decides, shown the logo's words."""
    check = _carrier(_bill(tmp_path / "b.pdf"), "Brindle Valey")
    assert check.verdict == Verdict.UNVERIFIABLE
    assert check.evidence is not None and "Brindle" in check.evidence.text


def test_an_unsure_reading_of_the_logo_is_no_match(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """OCR doubted the logo's words (a faint or stylised mark): a question, not a match."""
    def unsure(image: object) -> list[tuple[str, float, tuple[float, float, float, float]]]:
        return [("Brindle", 0.41, (0.05, 0.1, 0.45, 0.8)), ("Valley", 0.38, (0.5, 0.1, 0.95, 0.8))]

    monkeypatch.setattr(ocr, "read_logo", unsure)
    check = _carrier(_bill(tmp_path / "b.pdf"), _NAME)
    assert check.verdict == Verdict.UNVERIFIABLE
    assert check.evidence is not None and check.evidence.bbox[1] < 80


def test_the_logo_is_not_read_when_the_text_proves_the_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The common path costs no OCR: the text layer prints the sender's name as its payee."""
    def never(image: object) -> list[tuple[str, float, tuple[float, float, float, float]]]:
        raise AssertionError("the logo was read though the text proves the name")

    monkeypatch.setattr(ocr, "read_logo", never)
    path = _bill(tmp_path / "b.pdf", printed=f"Please make checks payable to {_NAME}")
    assert _carrier(path, _NAME).verdict == Verdict.EXACT


# -- `bill extract` reports the logo's carrier where the text names none, marked as such ----------
def test_extract_reports_the_carrier_a_logo_draws_marked_as_read_from_it(tmp_path: Path) -> None:
    from portdesk.bills.report import extraction_json
    from portdesk.config import Settings
    from portdesk.services.bill_check import extract_bill

    fields = extract_bill(_bill(tmp_path / "b.pdf"), Settings())
    assert fields.carrier == _NAME and fields.read_from == {"carrier": "logo"}
    data = extraction_json(fields)
    assert data["read_from"] == {"carrier": "logo"} and data["evidence"]["carrier"] is not None
    # the check reads the bill as its text says: the logo is judged against the typed name only
    assert extract_bill(_bill(tmp_path / "c.pdf"), Settings(), logo=False).carrier is None


def test_extract_keeps_the_texts_carrier_and_never_guesses_a_graphic(tmp_path: Path) -> None:
    from portdesk.config import Settings
    from portdesk.services.bill_check import extract_bill

    printed = extract_bill(_bill(tmp_path / "p.pdf", printed="Thank you for choosing Brindle "
                                 "Valley Telephone"), Settings())
    assert printed.read_from == {} and printed.carrier != _NAME
    marks = extract_bill(_bill(tmp_path / "m.pdf", logo="", mark=True), Settings())
    assert marks.carrier is None and marks.read_from == {}

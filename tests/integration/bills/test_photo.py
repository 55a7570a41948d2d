"""A phone photo of a bill: the sheet found on the table, flattened, the light evened, then read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter

from portdesk.bills.compare import compare
from portdesk.bills.extract import extract_fields
from portdesk.bills.ocr import tesseract_available
from portdesk.bills.photo import _coefficients, find_sheet
from portdesk.bills.reader import read_bill
from portdesk.bills.verdicts import MATCHES
from portdesk.domain.case import Address, CaseNumber, PortCase
from tests.unit.bills import drawn

QUAD = [(380.0, 300.0), (2050.0, 380.0), (2200.0, 2750.0), (250.0, 2650.0)]


def _page(tmp_path: Path) -> Image.Image:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(drawn.draw(tmp_path / "bill.pdf", drawn.grid_labels())))
    try:
        return doc[0].render(scale=200 / 72, grayscale=True).to_pil().convert("L")
    finally:
        doc.close()


def _photo(page: Image.Image) -> Image.Image:
    """The page on a dark table, seen at an angle, lit from one side, a little out of focus."""
    size = (2400, 3000)
    w, h = page.size
    data = _coefficients(QUAD, [(0, 0), (w - 1, 0), (w - 1, h - 1), (0, h - 1)])
    warped = page.transform(size, Image.Transform.PERSPECTIVE, data,
                            resample=Image.Resampling.BICUBIC, fillcolor=0)
    mask = Image.new("L", page.size, 255).transform(size, Image.Transform.PERSPECTIVE, data,
                                                     fillcolor=0)
    photo = Image.composite(warped, Image.new("L", size, 70), mask)
    light = Image.linear_gradient("L").resize(size).rotate(90).point(lambda v: 120 + v * 135 // 255)
    return ImageChops.multiply(photo, light).filter(ImageFilter.GaussianBlur(1))


def test_the_sheet_is_found_on_a_photo_and_not_on_a_scan(tmp_path: Path) -> None:
    page = _page(tmp_path)
    assert find_sheet(page) is None  # a scan is the page already
    corners = find_sheet(_photo(page))
    assert corners is not None
    for (x, y), (ex, ey) in zip(corners, QUAD, strict=True):
        assert abs(x - ex) < 40 and abs(y - ey) < 40


@pytest.mark.ocr
@pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed")
def test_a_photo_at_an_angle_in_uneven_light_is_read(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    _photo(_page(tmp_path)).save(path, quality=80)
    fields = extract_fields(read_bill(path))
    assert fields.source == "ocr"
    assert fields.account_name == "Copper Kettle Cafe"
    assert fields.service_address == Address("77 Cedar Street", "", "Pittsburgh", "PA", "15222")
    assert fields.btn == "+14125550171"
    case = PortCase(account_name="Copper Kettle Cafe", account_number="5520-1187-33",
                    btn="+14125550171", losing_carrier="Keystone Telephone Company",
                    service_address=Address("77 Cedar St", "", "Pittsburgh", "PA", "15222"),
                    numbers=(CaseNumber("+14125550171"),))
    result = compare(case, fields)
    assert result.fields["service_address"].verdict in MATCHES
    assert result.fields["btn"].verdict in MATCHES
    assert all(c.verdict.value != "mismatch" for c in result.fields.values())


def test_the_desk_shows_a_photo_as_the_flattened_sheet(tmp_path: Path) -> None:
    """Evidence boxes are measured on the flattened sheet: the desk must show that sheet."""
    import io

    import pypdfium2 as pdfium

    from portdesk.services.bill_desk import display_copy

    buffer = io.BytesIO()
    _photo(_page(tmp_path)).save(buffer, "JPEG", quality=80)
    shown = display_copy(buffer.getvalue())
    assert shown is not None
    doc = pdfium.PdfDocument(shown)
    try:
        width, height = doc[0].get_size()
    finally:
        doc.close()
    assert abs(width - 612) < 2 and 700 < height < 900  # a letter page, not the 2400 px photo

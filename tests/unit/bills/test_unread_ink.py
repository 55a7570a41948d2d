"""Ink the first OCR pass left unread is read a second time on its own (portdesk/bills/dropped.py).

Tesseract's page layout sometimes leaves whole lines out (a bent line on a curled photo, a block
squeezed between columns): the words are on the paper and absent from the text. The class is
drawn here on a plain page of our own lines, and the layout's loss is made at the edge of the
process (the Tesseract wrapper drops the words of one line from the page-layout reading), so the
test does not depend on which pixels make this Tesseract version lose a line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw, ImageFont

from portdesk.bills import ocr
from portdesk.bills.dropped import read_unread, unread_regions

_FONT = Path(__file__).resolve().parents[3] / "resources" / "fonts" / "DejaVuSans.ttf"
pytestmark = pytest.mark.skipif(not ocr.tesseract_available() or not _FONT.exists(),
                                reason="tesseract is not installed (or the font is missing)")

_SCALE = 200 / 72  # a 200 dpi page: pixels per point
_LINES = (("Customer: Harbour Lane Dental Clinic", 160),
          ("Location: 4471 Quarry Ridge Road", 260),
          ("Monthly charges for the period", 360),
          ("Previous balance and payments received", 420),
          ("Taxes, fees and surcharges of the month", 480),
          ("Questions about this bill: see the back", 540),
          ("Please keep this statement for your records", 600))
_LOST_TOP, _LOST_BOTTOM = 240, 300  # the band of the second line, in pixels


def _page() -> Image.Image:
    img = Image.new("L", (1700, 900), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(_FONT), 30)
    for text, top in _LINES:
        draw.text((120, top), text, fill=0, font=font)
    draw.line((100, 700, 1600, 700), fill=0, width=3)  # a rule: no words, never read again
    for x in range(200, 1500, 170):  # specks: no words either
        draw.point((x, 800), fill=0)
    return img


class _LosesALine:
    """Tesseract, except that its page layout (psm 3) leaves one line's words out."""

    def __init__(self, real: Any) -> None:
        self.real, self.Output, self.TesseractError = real, real.Output, real.TesseractError

    def image_to_data(self, image: Any, config: str = "", **kw: Any) -> dict[str, list[Any]]:
        data: dict[str, list[Any]] = self.real.image_to_data(image, config=config, **kw)
        if "--psm 3" in config:
            for i, top in enumerate(data["top"]):
                if _LOST_TOP <= top + data["height"][i] / 2 <= _LOST_BOTTOM:
                    data["conf"][i], data["text"][i] = -1, ""
        return data

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def _first_pass(page: Image.Image) -> tuple[Any, dict[str, list[Any]]]:
    tess = _LosesALine(ocr._tesseract())
    return tess, tess.image_to_data(page, config="--psm 3", output_type=tess.Output.DICT)


def test_a_line_the_page_layout_left_out_is_read_where_it_is_printed() -> None:
    page = _page()
    tess, data = _first_pass(page)
    assert "Quarry" not in data["text"]
    again = read_unread(tess, page, data, _SCALE)
    found = {str(t): i for i, t in enumerate(again["text"]) if float(again["conf"][i]) >= 60}
    assert {"4471", "Quarry", "Ridge"} <= set(found)
    box = found["Quarry"]
    assert _LOST_TOP <= again["top"][box] <= _LOST_BOTTOM  # in the page's own pixels
    assert 300 <= again["left"][box] <= 600
    # the lines the first pass read are not read twice
    assert sum(str(t) == "Harbour" for t, c in zip(again["text"], again["conf"], strict=True)
               if float(c) >= 0) == 1


def test_a_page_read_whole_is_not_read_again() -> None:
    page = _page()
    tess = ocr._tesseract()
    data = tess.image_to_data(page, config="--psm 3", output_type=tess.Output.DICT)
    # a rule and specks hold ink under no word, and are no region to read
    assert unread_regions(page, data, _SCALE) == []
    assert read_unread(tess, page, data, _SCALE) is data


def test_the_ocr_of_a_page_keeps_the_line_its_layout_left_out(monkeypatch: Any) -> None:
    real = ocr._tesseract()
    monkeypatch.setattr(ocr, "_tesseract", lambda: _LosesALine(real))
    words = ocr.ocr_image(_page(), 1, _SCALE).words
    assert {"4471", "Quarry"} <= {w.text for w in words}
    quarry = next(w for w in words if w.text == "Quarry")
    assert _LOST_TOP / _SCALE - 5 <= quarry.top <= _LOST_BOTTOM / _SCALE  # in points

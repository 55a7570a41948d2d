"""Scans and photos of the corpus: the pages they hold are the pages their truth speaks for, and
a curled page really bends its lines (mildly)."""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw

from tests.billcorpus.build import scanned_bills
from tests.billcorpus.scans import curl


def _pages_in(path: Path) -> int:
    if path.suffix == ".pdf":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(path))
        try:
            return len(doc)
        finally:
            doc.close()
    with Image.open(path) as img:
        return int(getattr(img, "n_frames", 1))


def test_a_scan_holds_the_pages_its_truth_is_cut_to(tmp_path: Path) -> None:
    bills = scanned_bills("tuned", 3, tmp_path, families=["lumen_enterprise"])
    for bill in bills:
        assert _pages_in(bill.path) == bill.pages == min(bill.truth.pages, bill.pages)
        if bill.pages == 1:  # lumen lists its numbers and service location on page 2 only
            assert bill.truth.numbers == () and bill.truth.service_address is None


def test_a_curled_page_bends_a_straight_line_by_at_most_a_little() -> None:
    img = Image.new("RGB", (600, 800), "white")
    ImageDraw.Draw(img).line((0, 400, 600, 400), fill="black", width=3)
    bent = curl(img, random.Random(5)).convert("L")

    def row_of_line(x: int) -> int:
        column = [bent.getpixel((x, y)) for y in range(800)]
        return min(range(800), key=lambda y: column[y])  # type: ignore[no-any-return]

    rows = [row_of_line(x) for x in (5, 150, 300, 450, 595)]
    assert max(rows) - min(rows) >= 3  # the line is no longer straight
    assert max(rows) - min(rows) <= 0.015 * 800 + 2  # and the curl is mild

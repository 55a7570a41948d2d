"""OCR on scans (about 1 s a page): a turned-over noisy photo and an image-only PDF."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from portdesk.bills.extract import extract_fields
from portdesk.bills.ocr import tesseract_available
from portdesk.bills.reader import ReadLimits, read_bill
from tests.billcorpus import make_scan, random_truth, write_bill

pytestmark = [
    pytest.mark.ocr,
    pytest.mark.skipif(not tesseract_available(), reason="tesseract is not installed"),
]


def test_upside_down_noisy_png_is_turned_and_read(tmp_path: Path) -> None:
    rng = random.Random(4)
    bill = write_bill(tmp_path / "b.pdf", random_truth(rng, line_count=2), "stacked", rng,
                      detail_pages=0)
    scan = make_scan(bill.path, tmp_path / "scan.png", rng, upside_down=True)
    doc = read_bill(scan)
    assert doc.source == "ocr" and doc.pages[0].rotation == 180
    fields = extract_fields(doc)
    assert fields.btn == bill.truth.btn
    assert set(fields.numbers) <= set(bill.truth.numbers)
    assert fields.evidence["btn"].page == 1


def test_image_only_pdf_falls_back_to_ocr(tmp_path: Path) -> None:
    rng = random.Random(8)
    bill = write_bill(tmp_path / "b.pdf", random_truth(rng), "table", rng, detail_pages=0)
    scan = make_scan(bill.path, tmp_path / "scan.pdf", rng, noise=0.0)
    fields = extract_fields(read_bill(scan, limits=ReadLimits(max_ocr_pages=1)))
    assert fields.source == "ocr"
    assert fields.account_number == bill.truth.account_number
    assert fields.statement_date == bill.truth.statement_date


def test_tilted_speckled_scan_reads_the_service_address_exactly(tmp_path: Path) -> None:
    """Levelled and despeckled before OCR: no stray dots in values, the space in '# 5' kept."""
    rng = random.Random(14)
    truth = random_truth(rng)
    bill = write_bill(tmp_path / "b.pdf", truth, "two_column", rng, detail_pages=0)
    scan = make_scan(bill.path, tmp_path / "scan.png", random.Random(14))
    fields = extract_fields(read_bill(scan))
    assert bill.truth.service_address is not None and bill.truth.service_address.line2 == "# 5"
    assert fields.service_address == bill.truth.service_address
    assert (fields.account_name, fields.account_number) == (bill.truth.account_name,
                                                            bill.truth.account_number)
    assert fields.source == "ocr" and 0.6 <= fields.read_confidence["service_address"] <= 1.0

"""The intake limits on their own: each check refuses past its limit, names it, and lets a real
document through."""

from __future__ import annotations

import io
import zlib

import pytest
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from portdesk.domain.intake import (
    Deadline,
    IntakeLimits,
    LimitExceeded,
    NestedTooDeeply,
    check_columns,
    check_field,
    check_page,
    check_pixels,
    check_row,
    json_depth,
    parse_json,
    raster_scale,
)
from portdesk.domain.intake_pdf import check_pdf_parts
from tests.fuzz.hostile import _pdf

LIMITS = IntakeLimits()


def test_a_page_of_200_inches_is_refused_and_a_letter_page_is_not() -> None:
    with pytest.raises(LimitExceeded) as exc:
        check_page("bill.pdf", 1, 200 * 72, 200 * 72, LIMITS)
    assert str(exc.value) == ("bill.pdf: page 1 is 200 x 200 in; a bill page is at most 24 in "
                              "on its longest side (setting limits.max_page_inches)")
    check_page("bill.pdf", 1, *LETTER, LIMITS)
    check_page("bill.pdf", 1, 11 * 72, 17 * 72, LIMITS)  # tabloid


def test_a_page_is_rendered_within_the_pixel_budget() -> None:
    assert raster_scale(*LETTER, LIMITS) == pytest.approx(200 / 72)  # the OCR resolution
    small_budget = IntakeLimits(max_pixels=10_000_000)
    width, height = 24 * 72, 24 * 72  # 4,800 x 4,800 at 200 dpi: 23 MP
    scale = raster_scale(width, height, small_budget)
    assert scale < 200 / 72
    assert width * scale * height * scale == pytest.approx(small_budget.max_pixels)


def test_an_image_over_the_pixel_budget_is_refused_by_its_declared_size() -> None:
    check_pixels("scan.png", 5_100, 6_600, LIMITS)  # letter at 600 dpi
    with pytest.raises(LimitExceeded, match=r"40,000 x 40,000 pixels \(1,600 megapixels\); "
                                            r"PortDesk decodes at most 40 megapixels"):
        check_pixels("scan.png", 40_000, 40_000, LIMITS)


def test_json_nested_too_deeply_is_refused_by_name() -> None:
    with pytest.raises(NestedTooDeeply, match=r"cases\.json: not a case file: nested too deeply"):
        parse_json("[" * 10_000 + "]" * 10_000, "cases.json", LIMITS)
    with pytest.raises(NestedTooDeeply, match=r"more than 32 levels.*max_json_depth"):
        parse_json("[" * 33 + "]" * 33, "cases.json", LIMITS)
    assert parse_json('[{"service_address": {"city": "Oxnard"}}]', "c.json", LIMITS)
    with pytest.raises(ValueError):
        parse_json("{nope", "c.json", LIMITS)


def test_depth_is_counted_without_recursion() -> None:
    deep: list[object] = []
    node = deep
    for _ in range(100_000):
        child: list[object] = []
        node.append(child)
        node = child
    assert json_depth(deep, stop_at=10**6) == 100_001
    assert json_depth({"a": [1, {"b": 2}]}, stop_at=10) == 3
    assert json_depth("scalar", stop_at=10) == 0


def test_rows_columns_and_fields_name_their_limit_and_line() -> None:
    check_row("cases.csv", 200_001, 200_000, LIMITS)
    with pytest.raises(LimitExceeded, match=r"line 200,002: a case file holds at most 200,000 "
                                            r"cases; split the file \(setting limits.max_rows\)"):
        check_row("cases.csv", 200_002, 200_001, LIMITS)
    with pytest.raises(LimitExceeded, match="1,001 columns"):
        check_columns("cases.csv", 1_001, LIMITS)
    with pytest.raises(LimitExceeded, match=r"line 5: field notes is longer than 100,000 "
                                            r"characters \(setting limits.max_field_chars\)"):
        check_field("cases.csv", 5, "notes", "x" * 100_001, LIMITS)


def test_the_deadline_reads_an_injected_clock() -> None:
    now = [100.0]
    deadline = Deadline("cases.xlsx", IntakeLimits(time_budget_s=5), clock=lambda: now[0])
    deadline.check("row 10")
    now[0] = 106.0
    assert deadline.expired()
    with pytest.raises(LimitExceeded, match=r"reading stopped at row 1,000: the 5 s budget"):
        deadline.check("row 1,000")


def _stream_pdf(header: bytes, body: bytes) -> bytes:
    stream = b"<< /Length %d " % len(body) + header + b" >>\nstream\n" + body + b"\nendstream"
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
                 stream])


def test_a_pdf_stream_that_inflates_past_the_part_limit_is_refused() -> None:
    bomb = zlib.compress(b" " * (65 * 2**20), 9)
    with pytest.raises(LimitExceeded, match=r"unpacks to more than 64 MB.*max_part_bytes"):
        check_pdf_parts(_stream_pdf(b"/Filter /FlateDecode", bomb), "bomb.pdf", LIMITS)
    fine = zlib.compress(b"BT /F1 12 Tf 72 700 Td (Account 4410) Tj ET")
    check_pdf_parts(_stream_pdf(b"/Filter /FlateDecode", fine), "bill.pdf", LIMITS)


def test_all_streams_together_are_bounded_too() -> None:
    part = zlib.compress(b" " * (40 * 2**20), 9)
    limits = IntakeLimits(max_unzipped_bytes=64 * 2**20)
    pdf = _pdf([b"<< /Type /Catalog >>"] + [
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(part) + part + b"\nendstream"
        for _ in range(2)])
    with pytest.raises(LimitExceeded, match="max_unzipped_bytes"):
        check_pdf_parts(pdf, "two.pdf", limits)


def test_an_image_in_a_pdf_is_judged_by_its_declared_size() -> None:
    header = b"/Type /XObject /Subtype /Image /Width 100000 /Height 100000 /BitsPerComponent 8"
    with pytest.raises(LimitExceeded, match="an image in the PDF is 100,000 x 100,000 pixels"):
        check_pdf_parts(_stream_pdf(header, b"\x00" * 16), "scan.pdf", LIMITS)


def test_bytes_after_the_end_of_a_stream_do_not_stall_the_count() -> None:
    body = zlib.compress(b"BT (x) Tj ET" * 1000) + b"\r\n  trailing junk"
    check_pdf_parts(_stream_pdf(b"/Filter /FlateDecode", body), "bill.pdf", LIMITS)


def test_a_real_pdf_passes() -> None:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=LETTER)
    canvas.drawString(72, 700, "Account number 4410-2231-09")
    canvas.showPage()
    canvas.save()
    check_pdf_parts(out.getvalue(), "bill.pdf", LIMITS)

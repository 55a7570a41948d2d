"""Whatever a customer sends, the reader answers with a clear PortDeskError, never a traceback."""

from __future__ import annotations

import random
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from portdesk.bills.errors import (
    BillTooLarge,
    PasswordRequired,
    ReadCancelled,
    UnreadableBill,
)
from portdesk.bills.reader import ReadLimits, read_bill
from portdesk.domain.errors import PortDeskError
from tests.billcorpus import random_truth, write_bill


@pytest.fixture
def bill(tmp_path: Path) -> Path:
    rng = random.Random(1)
    return write_bill(tmp_path / "bill.pdf", random_truth(rng), "classic", rng).path


def test_encrypted_pdf_asks_for_the_password(bill: Path, tmp_path: Path) -> None:
    writer = PdfWriter()
    for page in PdfReader(bill).pages:
        writer.add_page(page)
    writer.encrypt("s3cret")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(PasswordRequired, match="password") as exc:
        read_bill(locked)
    assert not exc.value.wrong
    with pytest.raises(PasswordRequired, match="wrong") as exc:
        read_bill(locked, password="nope")
    assert "nope" not in str(exc.value)
    assert read_bill(locked, password="s3cret").pages[0].words


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"),
    (b"hello, this is plain text", "not a PDF or an image"),
    (b"%PDF-1.7\n garbage garbage", "damaged"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "damaged"),
])
def test_empty_corrupt_and_foreign_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.bin"
    path.write_bytes(content)
    with pytest.raises(UnreadableBill, match=message):
        read_bill(path)


def test_truncated_pdf(bill: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.pdf"
    path.write_bytes(bill.read_bytes()[:1500])
    with pytest.raises(PortDeskError):
        read_bill(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableBill, match="cannot be opened"):
        read_bill(tmp_path / "nope.pdf")


def _huge_png(path: Path, width: int, height: int) -> None:
    """A valid PNG that decodes to width x height white pixels but is tiny on disk (a bomb)."""
    import struct

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    row = b"\x00" + b"\xff" * width
    comp = zlib.compressobj(9)
    raw = b"".join(comp.compress(row) for _ in range(64)) + comp.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw)
                     + chunk(b"IEND", b""))


@pytest.mark.parametrize("side", [12_000, 40_000])
def test_huge_image_is_refused_before_decoding(tmp_path: Path, side: int) -> None:
    path = tmp_path / "huge.png"
    _huge_png(path, side, side)
    with pytest.raises(BillTooLarge, match=r"megapixels|too large"):
        read_bill(path)


def test_file_over_the_byte_limit(bill: Path) -> None:
    with pytest.raises(BillTooLarge, match="MB"):
        read_bill(bill, limits=ReadLimits(max_bytes=1000))


def test_thousands_of_pages_are_bounded_and_said(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    c = Canvas(str(path))
    for i in range(3000):
        c.drawString(72, 700, f"Call detail page {i} 212-555-0142 3 min")
        c.showPage()
    c.save()
    doc = read_bill(path)
    assert doc.page_count == 3000 and len(doc.pages) == ReadLimits().max_pages
    assert any("3000 pages" in n for n in doc.notices)


def test_time_budget_stops_and_says_so(bill: Path) -> None:
    doc = read_bill(bill, limits=ReadLimits(time_budget_s=0.0))
    assert len(doc.pages) == 1 and "budget" in doc.notices[0]


def test_progress_and_cancel(bill: Path) -> None:
    seen: list[tuple[int, int]] = []
    read_bill(bill, progress=lambda done, total, _what: seen.append((done, total)))
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)
    with pytest.raises(ReadCancelled):
        read_bill(bill, cancel=lambda: True)

"""Hostile and broken files, each small on disk and built in milliseconds, for the intake tests.

Each builder writes one file that attacks one limit: a page of 200 x 200 inches, an image that
decodes to gigapixels, a workbook claiming a million rows, JSON nested ten thousand deep. The
seeds are valid files of every kind PortDesk takes in; the fuzzer mutates them.
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import Workbook
from reportlab.pdfgen.canvas import Canvas

from portdesk.services.case_files import FLAT_COLUMNS
from tests.helpers import entry

INCH = 72


def _flat(e: dict[str, object]) -> dict[str, object]:
    row: dict[str, object] = {}
    for key, value in e.items():
        if isinstance(value, dict):
            row.update({f"{key}.{k}": v for k, v in value.items()})
        elif isinstance(value, list):
            row[key] = ";".join(str(v) for v in value)
        elif value is not None:
            row[key] = value
    return row


def _entries(count: int = 3, first: int = 40) -> list[dict[str, object]]:
    return [entry(account_name=f"Harbor Dental {i} LLC", account_number=f"4410-22{i:02d}-09",
                  numbers=[f"212-555-01{first + i:02d}"], btn=f"212-555-01{first + i:02d}")
            for i in range(count)]


# -- seeds: one valid file of each kind ------------------------------------------------------
def seed_csv(path: Path, first: int = 40) -> Path:
    """Three valid cases; `first` picks their numbers (a queue seeded with other numbers than the
    files imported into it, so an import is not refused for numbers already on a case)."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(FLAT_COLUMNS), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(_flat(e) for e in _entries(first=first))
    return path


def seed_xlsx(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(FLAT_COLUMNS))
    for e in _entries():
        flat = _flat(e)
        sheet.append([flat.get(c, None) for c in FLAT_COLUMNS])
    book.save(path)
    return _rezip(path, {})


_STAMP = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def _rezip(path: Path, replace: dict[str, bytes]) -> Path:
    """The workbook with `replace`d parts, fixed timestamps and entry dates: the same bytes on
    every run, so the derandomized fuzzer breaks the same file every time."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts.update(replace)
    parts["docProps/core.xml"] = _STAMP.sub(b"2026-01-01T00:00:00Z", parts["docProps/core.xml"])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), data,
                             zipfile.ZIP_DEFLATED)
    return path


def seed_json(path: Path) -> Path:
    path.write_text(json.dumps(_entries(), indent=1), encoding="utf-8")
    return path


def seed_entries(path: Path) -> Path:
    path.write_text(json.dumps(_entries(1)[0]), encoding="utf-8")
    return path


def seed_bill(path: Path) -> Path:
    from tests.billcorpus.corpus import random_truth, write_bill

    rng = random.Random(5)
    write_bill(path, random_truth(rng, line_count=2), "two_column", rng)
    return _fixed_pdf(path)


def _fixed_pdf(path: Path) -> Path:
    """Dates and the document ID zeroed in place (same length): the same bytes on every run."""
    data = re.sub(rb"\(D:\d{14}", b"(D:20260101000000", path.read_bytes())
    data = re.sub(rb"<[0-9a-fA-F]{32}>", b"<" + b"0" * 32 + b">", data)
    path.write_bytes(data)
    return path


def seed_form(path: Path) -> Path:
    from tests.loaforms.testforms import opaque_form

    path.write_bytes(opaque_form())
    return path


SIGNED_AT = datetime(2026, 1, 5, 15, 30, tzinfo=UTC)


def seed_signed(path: Path, form: Path, work: Path) -> Path:
    """The form, signed (typed ink) at a fixed instant by a certificate made for the seed."""
    from portdesk.loa.certs import workstation_cert
    from portdesk.loa.sign import sign_loa
    from portdesk.loa.signature import typed_to_png

    cert = workstation_cert(work / "seed-signing", "PortDesk fuzzing")
    result = sign_loa(form.read_bytes(), typed_to_png("Maria Lopez"), "Maria Lopez", cert,
                      now=SIGNED_AT, label=form.name)
    path.write_bytes(result.pdf)
    return path


def seed_png(path: Path) -> Path:
    """A small signature-like scan: dark strokes on white."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (240, 80), 255)
    ImageDraw.Draw(image).line([(10, 60), (60, 20), (120, 55), (200, 15)], fill=20, width=4)
    image.save(path, dpi=(200, 200))
    return path


# -- hostile files, each aimed at one limit ---------------------------------------------------
def pdf_huge_page(path: Path, inches: int = 200) -> Path:
    """One blank page of inches x inches: no text, so a careless reader renders it for OCR."""
    canvas = Canvas(str(path), pagesize=(inches * INCH, inches * INCH))
    canvas.showPage()
    canvas.save()
    return path


def pdf_many_pages(path: Path, pages: int = 5000) -> Path:
    canvas = Canvas(str(path))
    for i in range(pages):
        canvas.drawString(72, 700, f"page {i}")
        canvas.showPage()
    canvas.save()
    return path


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF from numbered object bodies (1 is the catalog), with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def pdf_flate_bomb(path: Path, megabytes: int = 1024) -> Path:
    """A page whose content stream inflates from ~1 MB to `megabytes` of spaces."""
    comp = zlib.compressobj(9)
    block = b" " * (1 << 20)
    data = b"".join(comp.compress(block) for _ in range(megabytes)) + comp.flush()
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + \
        b"\nendstream"
    path.write_bytes(_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                           b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                           b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                           b"/Contents 4 0 R >>", stream]))
    return path


def pdf_deep_nesting(path: Path, depth: int = 20_000) -> Path:
    """A page dictionary holding an array nested `depth` deep (recursive parsers overflow)."""
    nested = b"[" * depth + b"]" * depth
    path.write_bytes(_pdf([b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [] >> >>",
                           b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                           b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Junk "
                           + nested + b" >>"]))
    return path


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def png_bomb(path: Path, width: int = 40_000, height: int = 40_000) -> Path:
    """A valid grey PNG of width x height white pixels, a few hundred KB on disk."""
    row = b"\x00" + b"\xff" * width
    comp = zlib.compressobj(9)
    raw = b"".join(comp.compress(row) for _ in range(64)) + comp.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header)
                     + _png_chunk(b"IDAT", raw) + _png_chunk(b"IEND", b""))
    return path


def xlsx_row_bomb(path: Path) -> Path:
    """A header, one case, and a declared range of A1:XFD1048576 with a cell in the last row."""
    seed_xlsx(path)
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    sheet = sheet.replace('<dimension ref="A1:', '<dimension ref="A1:XFD1048576" old="')
    sheet = sheet.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr">'
                          "<is><t> </t></is></c></row></sheetData>")
    return _rezip(path, {"xl/worksheets/sheet1.xml": sheet.encode()})


def xlsx_empty_rows(path: Path, rows: int = 1_000_000) -> Path:
    """A million styled empty rows after the header: real XML, compressed to a few MB."""
    seed_xlsx(path)
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    filler = "".join(f'<row r="{r}" ht="15" customHeight="1"/>' for r in range(10, rows + 10))
    sheet = sheet.replace("</sheetData>", filler + "</sheetData>")
    return _rezip(path, {"xl/worksheets/sheet1.xml": sheet.encode()})


def xlsx_zip_bomb(path: Path, declared: int = 3 * 2**30,
                  part: str = "xl/worksheets/sheet1.xml") -> Path:
    """A workbook whose zip directory says a part unpacks to 3 GB (a real bomb would)."""
    seed_xlsx(path)
    data = bytearray(path.read_bytes())
    name = part.encode()
    for signature, size_at, name_at in ((b"PK\x01\x02", 24, 46), (b"PK\x03\x04", 22, 30)):
        at = data.find(signature)
        while at >= 0:
            if data[at + name_at:at + name_at + len(name)] == name:
                data[at + size_at:at + size_at + 4] = struct.pack("<I", declared)
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))
    return path


def csv_long_field(path: Path, chars: int = 200_000) -> Path:
    seed_csv(path)
    with path.open("a", newline="", encoding="utf-8") as fh:
        row = {c: "" for c in FLAT_COLUMNS} | {"account_name": "A" * chars, "numbers": "2125550100"}
        csv.DictWriter(fh, fieldnames=list(FLAT_COLUMNS)).writerow(row)
    return path


def csv_column_bomb(path: Path, columns: int = 1_000_000, rows: int = 1000) -> Path:
    """A header naming a million columns, then short rows (each would be padded to a million)."""
    header = "account_name,numbers," + ",".join(f"c{i}" for i in range(columns))
    path.write_text(header + "\n" + "Harbor,2125550100\n" * rows, encoding="utf-8")
    return path


def csv_many_numbers(path: Path, rows: int = 1000, per_row: int = 7000) -> Path:
    """Rows whose numbers cell holds 7,000 numbers each: 7 million numbers in 77 MB."""
    numbers = ";".join(f"212555{i % 10000:04d}" for i in range(per_row))
    path.write_text("account_name,numbers\n" + "".join(f'Harbor {r},"{numbers}"\n'
                                                       for r in range(rows)), encoding="utf-8")
    return path


def csv_too_many_rows(path: Path, rows: int = 250_000) -> Path:
    path.write_text("account_name,numbers\n" + "Harbor,2125550100\n" * rows, encoding="utf-8")
    return path


def json_deep(path: Path, depth: int = 10_000) -> Path:
    path.write_text("[" * depth + "]" * depth, encoding="utf-8")
    return path


def json_long_value(path: Path, chars: int = 2_000_000) -> Path:
    path.write_text(json.dumps([entry(account_name="A" * chars)]), encoding="utf-8")
    return path


def json_many_numbers(path: Path, count: int = 2_000_000) -> Path:
    """One case whose numbers list holds `count` numbers (a CSV cell could not hold them)."""
    numbers = [f"212555{i % 10000:04d}" for i in range(count)]
    path.write_text(json.dumps([entry(numbers=numbers)]), encoding="utf-8")
    return path


HOSTILE: dict[str, tuple[str, Callable[[Path], Path]]] = {
    # name: (file name, builder)
    "pdf_huge_page": ("bill.pdf", pdf_huge_page),
    "pdf_many_pages": ("many.pdf", pdf_many_pages),
    "pdf_flate_bomb": ("bomb.pdf", pdf_flate_bomb),
    "pdf_deep_nesting": ("deep.pdf", pdf_deep_nesting),
    "png_bomb": ("bomb.png", png_bomb),
    "xlsx_row_bomb": ("rows.xlsx", xlsx_row_bomb),
    "xlsx_empty_rows": ("empty.xlsx", xlsx_empty_rows),
    "xlsx_zip_bomb": ("zip.xlsx", xlsx_zip_bomb),
    "csv_long_field": ("long.csv", csv_long_field),
    "csv_column_bomb": ("columns.csv", csv_column_bomb),
    "csv_too_many_rows": ("rows.csv", csv_too_many_rows),
    "csv_many_numbers": ("numbers.csv", csv_many_numbers),
    "json_deep": ("deep.json", json_deep),
    "json_long_value": ("long.json", json_long_value),
    "json_many_numbers": ("numbers.json", json_many_numbers),
}

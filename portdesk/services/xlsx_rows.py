"""The rows of a workbook's first sheet, streamed: what the file holds, never what it declares.

openpyxl's read-only mode trusts a sheet's declared range (a row bomb claiming A1:XFD1048576 is
padded out cell by cell), scans a whole sheet that lacks one before the first row is returned, and
builds each row as a tree before reading it. Here openpyxl reads only the small parts (shared
strings, which number formats are dates) and the sheet goes through expat one chunk at a time:
each cell is converted as it closes, a cell's text is refused as soon as it passes the field
limit, and a row keeps only the columns asked for. Time and memory follow the real content.
Sizes are checked on the zip directory first: zipfile stops a part at its declared size (a lie
fails the CRC), so the declared sizes are a true bound.
"""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import IO, Any
from xml.parsers import expat

from portdesk.domain.errors import PortDeskError
from portdesk.domain.intake import (
    IntakeLimits,
    LimitExceeded,
    check_field_length,
    check_unzipped,
)

_CHUNK = 64 * 1024
Wanted = Callable[[int], bool]  # which column numbers to keep
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_TAGS = {name: tag for tag in ("row", "c", "v", "t") for name in (tag, f"{_MAIN} {tag}")}


class WorkbookUnreadable(Exception):
    """The workbook is damaged; the caller words it for the specialist."""


def check_parts(path: Path, label: str, limits: IntakeLimits) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise WorkbookUnreadable(str(exc) or type(exc).__name__) from None
    check_unzipped(label, sum(p.file_size for p in parts), limits)
    for part in parts:  # everything but the sheets is parsed whole, in memory
        if "worksheets/" not in part.filename and part.file_size > limits.max_part_bytes:
            raise LimitExceeded(f"{label}: the workbook's {part.filename} unpacks to "
                                f"{part.file_size / 2**20:,.0f} MB; PortDesk reads parts of "
                                f"up to {limits.max_part_bytes / 2**20:,.0f} MB",
                                "max_part_bytes")


class SheetReader:
    """The first worksheet's rows as (row number, {column number: value}), skipping empty cells.

    `wanted` and `names` may be set between rows: the header decides which columns matter and
    what a refusal calls them.
    """

    def __init__(self, path: Path, label: str, limits: IntakeLimits) -> None:
        check_parts(path, label, limits)
        self.label, self.limits = label, limits
        self.wanted: Wanted = lambda _col: True
        self.names: dict[int, str] = {}
        self._archive, self._target, self._cells = _open(path)

    def rows(self) -> Generator[tuple[int, dict[int, Any]], None, None]:
        try:
            with self._archive.open(self._target) as source:
                yield from self._parse(source)
        except (PortDeskError, WorkbookUnreadable):
            raise
        except Exception as exc:  # noqa: BLE001 - zlib, CRC, XML: all mean a damaged file
            raise WorkbookUnreadable(type(exc).__name__) from None
        finally:
            self._archive.close()

    def _parse(self, source: IO[bytes]) -> Iterator[tuple[int, dict[int, Any]]]:
        sax = _SheetHandler(self)
        while chunk := source.read(_CHUNK):
            sax.feed(chunk)
            yield from sax.take()
        sax.feed(b"", final=True)
        yield from sax.take()


class _SheetHandler:
    """expat callbacks: the state of one row and one cell, never more."""

    def __init__(self, reader: SheetReader) -> None:
        self.reader, self.cells = reader, reader._cells
        self.done: list[tuple[int, dict[int, Any]]] = []
        self.line, self.row = 0, dict[int, Any]()
        self.col, self.kind, self.style = 0, "n", 0
        self.text: list[str] | None = None
        self.size = 0
        self.parser = expat.ParserCreate(namespace_separator=" ")
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        self.parser.CharacterDataHandler = self.chars
        self.parser.StartDoctypeDeclHandler = self.doctype

    def feed(self, data: bytes, final: bool = False) -> None:
        self.parser.Parse(data, final)

    def take(self) -> list[tuple[int, dict[int, Any]]]:
        done, self.done = self.done, []
        return done

    def doctype(self, *_args: Any) -> None:
        raise WorkbookUnreadable("a worksheet never declares a DTD")

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = _TAGS.get(name)
        if local is None:
            return
        if local == "row":
            ref = attrs.get("r")
            self.line, self.row, self.col = (int(ref) if ref else self.line + 1), {}, 0
        elif local == "c":
            ref = attrs.get("r")
            self.col = _column(ref) if ref else self.col + 1
            self.kind, self.style = attrs.get("t", "n"), int(attrs.get("s") or 0)
            self.text, self.size = None, 0
        elif local in ("v", "t") and self.reader.wanted(self.col):
            self.text = [] if self.text is None else self.text

    def chars(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)
            self.size += len(data)
            if self.size > self.reader.limits.max_field_chars:
                column = self.reader.names.get(self.col) or f"in column {_letters(self.col)}"
                check_field_length(self.reader.label, self.line, column, self.size,
                                   self.reader.limits)

    def end(self, name: str) -> None:
        local = _TAGS.get(name)
        if local == "c":
            if self.text is not None and self.reader.wanted(self.col):
                value = self.cells.value(self.kind, self.style, "".join(self.text))
                if value not in (None, ""):
                    self.row[self.col] = value
            self.text = None
        elif local == "row":
            self.done.append((self.line, self.row))
            self.row = {}


class _CellValues:
    """Shared strings and date formats: what turns a cell's text into its value."""

    def __init__(self, shared: list[Any], date_formats: set[int], timedeltas: set[int],
                 epoch: Any) -> None:
        from openpyxl.utils.datetime import from_excel, from_ISO8601

        self.shared, self.dates, self.timedeltas = shared, date_formats, timedeltas
        self.epoch, self._from_excel, self._from_iso = epoch, from_excel, from_ISO8601

    def value(self, kind: str, style: int, text: str) -> Any:
        if kind in ("inlineStr", "str", "e"):
            return text
        if not text:
            return None
        if kind == "s":
            return str(self.shared[int(text)])
        if kind == "b":
            return text.strip() not in ("0", "false")
        if kind == "d":
            return self._from_iso(text)
        number = float(text) if any(c in text for c in ".eE") else int(text)
        if style in self.dates:
            try:
                return self._from_excel(number, self.epoch, timedelta=style in self.timedeltas)
            except (OverflowError, ValueError):
                return "#VALUE!"
        return number


def _open(path: Path) -> tuple[zipfile.ZipFile, str, _CellValues]:
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet

    try:
        reader = ExcelReader(str(path), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - not a zip, or not one openpyxl can open
        raise WorkbookUnreadable(type(exc).__name__) from None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about parts it drops
            reader.read_manifest()
            reader.read_strings()
            reader.read_workbook()
            apply_stylesheet(reader.archive, reader.wb)  # which number formats are dates
        wb = reader.wb
        cells = _CellValues(reader.shared_strings, wb._date_formats, wb._timedelta_formats,
                            wb.epoch)
        for _sheet, rel in reader.parser.find_sheets():
            if rel.target in reader.valid_files and "chartsheet" not in rel.Type:
                return reader.archive, str(rel.target), cells
    except Exception as exc:  # noqa: BLE001 - openpyxl on a damaged part raises anything
        reader.archive.close()
        raise WorkbookUnreadable(type(exc).__name__) from None
    reader.archive.close()
    raise WorkbookUnreadable("the workbook has no worksheet")


def _column(ref: str) -> int:
    """'AB12' -> 28. Letters past three are refused (XFD, column 16,384, is Excel's last)."""
    letters = ref.rstrip("0123456789")
    col = _COLUMNS.get(letters)
    if col is None:
        if not (0 < len(letters) <= 3 and letters.isascii() and letters.isupper()
                and letters.isalpha()):
            raise WorkbookUnreadable(f"'{ref[:12]}' is not a cell reference")
        col = 0
        for ch in letters:
            col = col * 26 + ord(ch) - 64
        _COLUMNS[letters] = col
    return col


_COLUMNS: dict[str, int] = {}  # "AB" -> 28, filled as columns are met (at most 18,278)


def _letters(col: int) -> str:
    out = ""
    while col > 0:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out

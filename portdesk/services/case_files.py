"""Reading and writing case files (CSV, XLSX, JSON) in the shared entries shape.

CSV and XLSX columns use the entry names, with dots for addresses (`service_address.line1`) and
numbers separated by `;`. Every row is checked before anything is written: a file with any bad row
imports nothing unless the caller asks to skip the bad ones.
"""

from __future__ import annotations

import codecs
import csv
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from portdesk.domain.case import PortCase
from portdesk.domain.entries import ADDRESS_FIELDS, EntryError, case_from_entry, entry_from_case
from portdesk.domain.errors import PortDeskError
from portdesk.domain.intake import (
    Deadline,
    IntakeLimits,
    LimitExceeded,
    check_columns,
    check_field,
    check_row,
    check_size,
    parse_json,
)

if TYPE_CHECKING:
    from portdesk.services.xlsx_rows import SheetReader

SUPPORTED = (".csv", ".xlsx", ".json")
FLAT_COLUMNS = (
    "account_name", "authorized_name", "authorized_title", "account_number", "pin", "btn",
    "numbers", "carrier",
    *(f"service_address.{f}" for f in ADDRESS_FIELDS),
    *(f"billing_address.{f}" for f in ADDRESS_FIELDS),
    "port_type", "remaining_action", "new_btn", "requested_date", "customer_type", "kind",
    "contact_phone", "contact_email", "assignee", "notes",
)


class CaseFileError(PortDeskError):
    pass


@dataclass(frozen=True, slots=True)
class BadRow:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ParsedFile:
    cases: list[tuple[int, PortCase]]  # (line, case)
    bad: list[BadRow]
    total: int


def _check_type(path: Path) -> str:
    if not path.exists():
        raise CaseFileError(f"{path} does not exist")
    if path.is_dir():
        raise CaseFileError(f"{path} is a folder; give a .csv, .xlsx or .json file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise CaseFileError(f"{path.name}: unsupported file type '{suffix or 'none'}'; "
                            "use .csv, .xlsx or .json")
    return suffix


def unflatten(row: dict[str, Any]) -> dict[str, Any]:
    """`service_address.line1` columns into nested objects; `;`-separated numbers into a list."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if key is None:
            continue
        key = str(key).strip()
        if "." in key:
            head, tail = key.split(".", 1)
            nested = out.setdefault(head, {})
            if isinstance(nested, dict):
                nested[tail] = value
        else:
            out[key] = value
    nums = out.get("numbers")
    if isinstance(nums, str):
        out["numbers"] = [n for n in nums.replace(",", ";").split(";") if n.strip()]
    elif isinstance(nums, int | float):
        out["numbers"] = [str(int(nums))]
    return out


def _csv_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) when every byte says so, else Windows-1252 as Excel writes it.

    Checked in chunks so the file is never held twice in memory.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as fh:
        if b"\x00" in fh.read(4096):
            raise CaseFileError(f"{path.name} is not a text CSV file")
        fh.seek(0)
        try:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8-sig"


def _rows_csv(path: Path, limits: IntakeLimits) -> Iterator[tuple[int, dict[str, Any]]]:
    encoding = _csv_encoding(path)
    # The csv module's own limit is process-wide; it is set well above ours so that a long field
    # reaches check_field (which names its column) and a monstrous one still stops the parser.
    csv.field_size_limit(max(4 * limits.max_field_chars, 131_072))
    deadline = Deadline(path.name, limits)
    with path.open("r", encoding=encoding, errors="replace", newline="") as fh:
        reader = csv.reader(fh)
        try:
            header = [h.strip() for h in next(reader, [])]
            if "account_name" not in header:
                raise CaseFileError(f"{path.name}: the first line must name the columns, "
                                    "including account_name and numbers")
            check_columns(path.name, len(header), limits)
            count = 0
            for read, values in enumerate(reader, start=1):
                if read % 1000 == 0:
                    deadline.check(f"line {reader.line_num:,}")
                if not any(v.strip() for v in values):
                    continue
                count += 1
                check_row(path.name, reader.line_num, count, limits)
                for name, value in zip(header, values, strict=False):
                    check_field(path.name, reader.line_num, name, value, limits)
                yield reader.line_num, unflatten(dict(zip(header, values, strict=False)))
        except csv.Error as exc:
            raise _csv_refusal(path.name, reader.line_num, exc, limits) from None


def _csv_refusal(name: str, line: int, exc: csv.Error, limits: IntakeLimits) -> PortDeskError:
    if "field larger than field limit" in str(exc):
        return LimitExceeded(f"{name}: line {line:,}: a field is longer than "
                             f"{limits.max_field_chars:,} characters", "max_field_chars")
    return CaseFileError(f"{name}: line {line:,}: not a readable CSV line ({exc})")


def _rows_xlsx(path: Path, limits: IntakeLimits) -> Iterator[tuple[int, dict[str, Any]]]:
    from portdesk.services.xlsx_rows import SheetReader, WorkbookUnreadable

    try:
        yield from _sheet_entries(path.name, SheetReader(path, path.name, limits), limits)
    except WorkbookUnreadable as exc:
        raise CaseFileError(f"{path.name} is not a readable Excel workbook ({exc})") from None


def _sheet_entries(name: str, sheet: SheetReader,
                   limits: IntakeLimits) -> Iterator[tuple[int, dict[str, Any]]]:
    """The first row present names the columns; each later row becomes an entry."""
    rows = sheet.rows()
    _, header = next(rows, (0, {}))
    named = {col: str(v).strip() for col, v in header.items() if str(v).strip()}
    if "account_name" not in named.values():
        rows.close()
        raise CaseFileError(f"{name}: the first row must name the columns, "
                            "including account_name and numbers")
    check_columns(name, max(named), limits)
    sheet.wanted, sheet.names = named.__contains__, named
    deadline, count = Deadline(name, limits), 0
    for read, (line, cells) in enumerate(rows, start=1):
        if read % 1000 == 0:
            deadline.check(f"row {line:,}")
        values = {named[c]: v for c, v in cells.items() if c in named}
        if not values:
            continue
        count += 1
        check_row(name, line, count, limits)
        yield line, unflatten(values)


def _rows_json(path: Path, limits: IntakeLimits) -> Iterator[tuple[int, dict[str, Any]]]:
    check_size(path.name, path.stat().st_size, limits)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise CaseFileError(f"{path.name} is not a text JSON file") from None
    try:
        data = parse_json(text, path.name, limits)
    except json.JSONDecodeError as exc:
        raise CaseFileError(f"{path.name} is not valid JSON (line {exc.lineno}: {exc.msg})") \
            from None
    del text
    items = [data] if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise CaseFileError(f"{path.name} must hold an object or a list of objects")
    check_row(path.name, len(items), len(items), limits)
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            yield index, {"__not_object__": item}
            continue
        _check_values(path.name, index, item, limits)
        yield index, item


def _check_values(name: str, index: int, item: dict[str, Any], limits: IntakeLimits) -> None:
    """Every string of one entry (addresses and number lists included) within the field limit."""
    for key, value in item.items():
        if isinstance(value, dict):
            pairs = [(f"{key}.{k}", v) for k, v in value.items()]
        elif isinstance(value, list):
            pairs = [(str(key), v) for v in value]
        else:
            pairs = [(str(key), value)]
        for column, text in pairs:
            if isinstance(text, str):
                check_field(name, index, column, text, limits)


def read_entries(path: Path, limits: IntakeLimits | None = None
                 ) -> Iterator[tuple[int, dict[str, Any]]]:
    """The file's rows as entries, each with the line (or item number) the specialist sees."""
    limits = limits or IntakeLimits()
    suffix = _check_type(path)
    check_size(path.name, path.stat().st_size, limits)
    reader = {".csv": _rows_csv, ".xlsx": _rows_xlsx, ".json": _rows_json}[suffix]
    return reader(path, limits)


def parse_file(path: Path, limits: IntakeLimits | None = None) -> ParsedFile:
    cases: list[tuple[int, PortCase]] = []
    bad: list[BadRow] = []
    total = 0
    for line, entry in read_entries(path, limits):
        total += 1
        if "__not_object__" in entry:
            bad.append(BadRow(line, "each item must be an object"))
            continue
        try:
            cases.append((line, case_from_entry(entry)))
        except EntryError as exc:
            bad.append(BadRow(line, "; ".join(exc.problems)))
    if total == 0:
        raise CaseFileError(f"{path.name} holds no cases")
    return ParsedFile(cases, bad, total)


def _flat(entry: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for key, value in entry.items():
        if isinstance(value, dict):
            for sub, v in value.items():
                row[f"{key}.{sub}"] = v
        elif isinstance(value, list):
            row[key] = ";".join(str(v) for v in value)
        elif value is None:
            row.setdefault(key, "")
        else:
            row[key] = value
    return row


def write_cases(path: Path, cases: list[PortCase], include_secrets: bool = False) -> int:
    """Export atomically (temp file + rename). The PIN is masked unless explicitly asked for."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise CaseFileError(f"cannot export to '{suffix or path.name}'; use .csv, .xlsx or .json")
    entries = [entry_from_case(c, include_secrets) for c in cases]
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        if suffix == ".json":
            Path(tmp).write_text(json.dumps(entries, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
        else:
            rows = [_flat(e) for e in entries]
            columns = ["reference", "status", *FLAT_COLUMNS, "foc_date"]
            if suffix == ".csv":
                with open(tmp, "w", newline="", encoding="utf-8") as fh:
                    writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
                    writer.writeheader()
                    writer.writerows(rows)
            else:
                from openpyxl import Workbook

                book = Workbook(write_only=True)
                sheet = book.create_sheet("Cases")
                sheet.append(columns)
                for row in rows:
                    sheet.append([_cell(row.get(c, "")) for c in columns])
                book.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(entries)


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@") and not value[1:2].isdigit():
        return "'" + value  # never let an exported value run as a spreadsheet formula
    return value

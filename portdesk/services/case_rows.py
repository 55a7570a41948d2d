"""The rows of a case file (CSV, XLSX, JSON) as entries, read within the intake limits.

Case files come from colleagues' spreadsheets and other systems' exports: each reader streams the
file (never holding it twice), names the line of every problem, and stops at the first limit it
passes (rows, columns, one field's length, nesting, time) with one sentence that names it.
"""

from __future__ import annotations

import codecs
import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from portdesk.domain.errors import PortDeskError
from portdesk.domain.intake import (
    Deadline,
    IntakeLimits,
    LimitExceeded,
    check_columns,
    check_field,
    check_field_length,
    check_row,
    check_size,
    parse_json,
)

if TYPE_CHECKING:
    from portdesk.services.xlsx_rows import SheetReader

Rows = Iterator[tuple[int, dict[str, Any]]]  # (line the specialist sees, entry)


class CaseFileError(PortDeskError):
    pass


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


def rows_csv(path: Path, limits: IntakeLimits) -> Rows:
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
            for values in reader:
                if deadline.expired():
                    raise deadline.refusal(f"line {reader.line_num:,}")
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


def rows_xlsx(path: Path, limits: IntakeLimits) -> Rows:
    from portdesk.services.xlsx_rows import SheetReader, WorkbookUnreadable

    try:
        yield from _sheet_entries(path.name, SheetReader(path, path.name, limits), limits)
    except WorkbookUnreadable as exc:
        raise CaseFileError(f"{path.name} is not a readable Excel workbook ({exc})") from None


def _sheet_entries(name: str, sheet: SheetReader, limits: IntakeLimits) -> Rows:
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
    for line, cells in rows:
        if deadline.expired():
            raise deadline.refusal(f"row {line:,}")
        values = {named[c]: v for c, v in cells.items() if c in named}
        if not values:
            continue
        count += 1
        check_row(name, line, count, limits)
        yield line, unflatten(values)


def rows_json(path: Path, limits: IntakeLimits) -> Rows:
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
    deadline = Deadline(path.name, limits)  # the time the caller spends on each entry counts
    for index, item in enumerate(items, start=1):
        if deadline.expired():
            raise deadline.refusal(f"item {index:,}")
        if not isinstance(item, dict):
            yield index, {"__not_object__": item}
            continue
        check_entry_values(path.name, index, item, limits)
        yield index, item


def check_entry_values(name: str, index: int, item: dict[str, Any], limits: IntakeLimits) -> None:
    """Every value of one entry within the field limit, as the same entry in a CSV would be: an
    address part on its own, a list (of numbers) by its length written out `a;b;c`."""
    for key, value in item.items():
        if isinstance(value, dict):
            pairs = [(f"{key}.{k}", v) for k, v in value.items()]
        elif isinstance(value, list):
            length = sum(len(v) if isinstance(v, str) else 8 for v in value) + len(value)
            check_field_length(name, index, str(key), length, limits)
            continue
        else:
            pairs = [(str(key), value)]
        for column, text in pairs:
            if isinstance(text, str):
                check_field(name, index, column, text, limits)

"""Reading and writing case files (CSV, XLSX, JSON) in the shared entries shape.

CSV and XLSX columns use the entry names, with dots for addresses (`service_address.line1`) and
numbers separated by `;`. Every row is checked before anything is written: a file with any bad row
imports nothing unless the caller asks to skip the bad ones.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from portdesk.domain.case import PortCase
from portdesk.domain.entries import ADDRESS_FIELDS, EntryError, case_from_entry, entry_from_case
from portdesk.domain.errors import PortDeskError

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


def _rows_csv(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise CaseFileError(f"{path.name} is not a text CSV file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "account_name" not in [f.strip() for f in reader.fieldnames]:
        raise CaseFileError(f"{path.name}: the first line must name the columns, "
                            "including account_name and numbers")
    for row in reader:
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        yield reader.line_num, unflatten(row)


def _rows_xlsx(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise CaseFileError(f"{path.name} is not a readable Excel workbook ({exc})") from None
    sheet = book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = next(rows, None)
    if not header or "account_name" not in [str(h).strip() for h in header if h]:
        raise CaseFileError(f"{path.name}: the first row must name the columns, "
                            "including account_name and numbers")
    names = [str(h).strip() if h is not None else None for h in header]
    for line, values in enumerate(rows, start=2):
        if not any(v not in (None, "") for v in values):
            continue
        yield line, unflatten({n: v for n, v in zip(names, values, strict=False) if n})
    book.close()


def _rows_json(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise CaseFileError(f"{path.name} is not a text JSON file") from None
    except json.JSONDecodeError as exc:
        raise CaseFileError(f"{path.name} is not valid JSON (line {exc.lineno}: {exc.msg})") \
            from None
    items = [data] if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise CaseFileError(f"{path.name} must hold an object or a list of objects")
    for index, item in enumerate(items, start=1):
        yield index, item if isinstance(item, dict) else {"__not_object__": item}


def read_entries(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    suffix = _check_type(path)
    reader = {".csv": _rows_csv, ".xlsx": _rows_xlsx, ".json": _rows_json}[suffix]
    return reader(path)


def parse_file(path: Path) -> ParsedFile:
    cases: list[tuple[int, PortCase]] = []
    bad: list[BadRow] = []
    total = 0
    for line, entry in read_entries(path):
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

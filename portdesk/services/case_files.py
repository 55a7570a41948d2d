"""Reading and writing case files (CSV, XLSX, JSON) in the shared entries shape.

CSV and XLSX columns use the entry names, with dots for addresses (`service_address.line1`) and
numbers separated by `;`. Every row is checked before anything is written: a file with any bad row
imports nothing unless the caller asks to skip the bad ones.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from portdesk.domain.case import PortCase
from portdesk.domain.entries import ADDRESS_FIELDS, EntryError, case_from_entry, entry_from_case
from portdesk.domain.intake import IntakeLimits, check_numbers, check_size
from portdesk.services.case_rows import CaseFileError as CaseFileError
from portdesk.services.case_rows import rows_csv, rows_json, rows_xlsx

SUPPORTED = (".csv", ".xlsx", ".json")
FLAT_COLUMNS = (
    "account_name", "authorized_name", "authorized_title", "account_number", "pin", "btn",
    "numbers", "carrier",
    *(f"service_address.{f}" for f in ADDRESS_FIELDS),
    *(f"billing_address.{f}" for f in ADDRESS_FIELDS),
    "port_type", "remaining_action", "new_btn", "requested_date", "customer_type", "kind",
    "contact_phone", "contact_email", "assignee", "notes", "port_texts",
)


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


def read_entries(path: Path, limits: IntakeLimits | None = None
                 ) -> Iterator[tuple[int, dict[str, Any]]]:
    """The file's rows as entries, each with the line (or item number) the specialist sees."""
    limits = limits or IntakeLimits()
    suffix = _check_type(path)
    check_size(path.name, path.stat().st_size, limits)
    reader = {".csv": rows_csv, ".xlsx": rows_xlsx, ".json": rows_json}[suffix]
    return reader(path, limits)


def parse_file(path: Path, limits: IntakeLimits | None = None) -> ParsedFile:
    limits = limits or IntakeLimits()
    cases: list[tuple[int, PortCase]] = []
    bad: list[BadRow] = []
    total = numbers = 0
    for line, entry in read_entries(path, limits):
        total += 1
        if "__not_object__" in entry:
            bad.append(BadRow(line, "each item must be an object"))
            continue
        listed = entry.get("numbers")
        numbers += len(listed) if isinstance(listed, list) else 1
        check_numbers(path.name, line, numbers, limits)  # every case is held until written
        try:
            cases.append((line, case_from_entry(entry)))
        except EntryError as exc:
            bad.append(BadRow(line, _said(exc.problems)))
    if total == 0:
        raise CaseFileError(f"{path.name} holds no cases")
    return ParsedFile(cases, bad, total)


def _said(problems: list[str], most: int = 5) -> str:
    """A row's problems on one line: a row of 7,000 bad numbers must not print 7,000 reasons."""
    more = f"; and {len(problems) - most:,} more" if len(problems) > most else ""
    return "; ".join(p[:300] for p in problems[:most]) + more


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


def write_cases(path: Path, cases: list[PortCase], include_secrets: bool = False,
                utc_days: frozenset[int] = frozenset()) -> int:
    """Export atomically (temp file + rename). The PIN is masked unless explicitly asked for.
    An FOC still stored as an older PortDesk's UTC date (`utc_days`: case ids) is written as
    `case list` shows it, "2026-12-10 UTC" (and `foc_utc_date` true in JSON): bare, it read as
    the day on the carrier's clock, perhaps a day off."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise CaseFileError(f"cannot export to '{suffix or path.name}'; use .csv, .xlsx or .json")
    entries = [_flag_utc(entry_from_case(c, include_secrets), c, utc_days, suffix)
               for c in cases]
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


def _flag_utc(entry: dict[str, Any], case: PortCase, utc_days: frozenset[int],
              suffix: str) -> dict[str, Any]:
    if not case.foc_date or case.id not in utc_days:
        return entry
    if suffix == ".json":
        return {**entry, "foc_utc_date": True}
    return {**entry, "foc_date": f"{case.foc_date.isoformat()} UTC"}


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@") and not value[1:2].isdigit():
        return "'" + value  # never let an exported value run as a spreadsheet formula
    return value

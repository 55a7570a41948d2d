"""The limits every file entering PortDesk is held to, and the checks that apply them.

Bills come from customers, forms from carriers, case files from colleagues' spreadsheets: any of
them can be broken or hostile (a one-page PDF 200 inches wide, a PNG that decodes to gigapixels, a
spreadsheet claiming a million rows, JSON nested ten thousand deep). Each limit is checked on what
a file declares, before the work it would cost is done, and a refusal names the limit and the
setting a specialist can raise (`limits.<name>` in settings.json, see config.py). The checks are
pure: callers in bills/, loa/ and services/ do the reading and hand over sizes, counts and text.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from portdesk.domain.errors import PortDeskError

MiB = 1024 * 1024
POINTS_PER_INCH = 72.0


@dataclass(frozen=True, slots=True)
class IntakeLimits:
    """One declaration of every intake limit; Settings.limits holds the specialist's values."""

    max_bytes: int = 100 * MiB  # any file: bill, form, signed LOA, case file, signature image
    max_pages: int = 60  # bill pages read; the account details are on the first pages
    max_ocr_pages: int = 12  # scanned bill pages sent to OCR
    max_form_pages: int = 200  # pages of an LOA form or signed LOA
    max_page_inches: float = 24.0  # longest side of a page: tabloid is 17 in, ANSI C 22 in
    max_pixels: int = 40_000_000  # a decoded image or a rendered page (letter at 600 dpi: 34 MP)
    ocr_dpi: int = 200  # scans arrive at 200-300 dpi; rendering finer only costs time
    time_budget_s: float = 120.0  # reading one bill, or parsing one case file
    max_rows: int = 200_000  # rows (or objects) in one case file
    max_columns: int = 1_000  # columns of a case file (it uses about 40)
    max_field_chars: int = 100_000  # one CSV/XLSX cell: 5,000 numbers fit
    max_numbers: int = 1_000_000  # phone numbers in one case file (100,000 cases hold 300,000)
    max_json_depth: int = 32  # a case file is 3 levels deep
    max_part_bytes: int = 64 * MiB  # one compressed part unpacked: a PDF stream, shared strings
    max_unzipped_bytes: int = 512 * MiB  # all of a file's compressed parts, unpacked


class LimitExceeded(PortDeskError):
    """A file is over one of the intake limits; the message names the limit and its setting."""

    def __init__(self, message: str, setting: str | None = None) -> None:
        hint = f" (setting limits.{setting})" if setting else ""
        super().__init__(message + hint)
        self.setting = setting


class NestedTooDeeply(LimitExceeded):
    pass


def _mb(size: float) -> str:
    return f"{size / MiB:,.1f} MB" if size < 10 * MiB else f"{size / MiB:,.0f} MB"


def check_size(label: str, size: int, limits: IntakeLimits, what: str = "file") -> None:
    if size > limits.max_bytes:
        raise LimitExceeded(f"{label}: the {what} is {_mb(size)}; PortDesk reads files up to "
                            f"{_mb(limits.max_bytes)}", "max_bytes")


def check_page(label: str, number: int, width_pt: float, height_pt: float,
               limits: IntakeLimits, what: str = "a bill page") -> None:
    """Refuse a page larger than any paper a bill or form is printed on, before it is drawn."""
    longest = max(width_pt, height_pt) / POINTS_PER_INCH
    if longest > limits.max_page_inches or min(width_pt, height_pt) <= 0:
        raise LimitExceeded(
            f"{label}: page {number} is {width_pt / POINTS_PER_INCH:.0f} x "
            f"{height_pt / POINTS_PER_INCH:.0f} in; {what} is at most "
            f"{limits.max_page_inches:g} in on its longest side", "max_page_inches")


def raster_scale(width_pt: float, height_pt: float, limits: IntakeLimits) -> float:
    """Pixels per point for rendering a page: the OCR resolution, lowered to fit the pixel budget."""
    scale = limits.ocr_dpi / POINTS_PER_INCH
    pixels = width_pt * scale * height_pt * scale
    if pixels > limits.max_pixels:
        scale *= (limits.max_pixels / pixels) ** 0.5
    return scale


def check_pixels(label: str, width: int, height: int, limits: IntakeLimits,
                 what: str = "the image") -> None:
    if width * height > limits.max_pixels:
        raise LimitExceeded(f"{label}: {what} is {width:,} x {height:,} pixels "
                            f"({width * height / 1e6:,.0f} megapixels); PortDesk decodes at "
                            f"most {limits.max_pixels / 1e6:g} megapixels", "max_pixels")


def check_page_count(label: str, count: int, limits: IntakeLimits) -> None:
    if count > limits.max_form_pages:
        raise LimitExceeded(f"{label}: the PDF has {count:,} pages; an LOA form has at most "
                            f"{limits.max_form_pages}", "max_form_pages")


def check_row(label: str, line: int, index: int, limits: IntakeLimits) -> None:
    """`index` counts data rows (or objects); `line` is where the specialist finds the row."""
    if index > limits.max_rows:
        raise LimitExceeded(f"{label}: line {line:,}: a case file holds at most "
                            f"{limits.max_rows:,} cases; split the file", "max_rows")


def check_numbers(label: str, line: int, total: int, limits: IntakeLimits) -> None:
    if total > limits.max_numbers:
        raise LimitExceeded(f"{label}: line {line:,}: the file holds more than "
                            f"{limits.max_numbers:,} phone numbers; split it", "max_numbers")


def check_columns(label: str, count: int, limits: IntakeLimits) -> None:
    if count > limits.max_columns:
        raise LimitExceeded(f"{label}: the header names {count:,} columns; a case file has at "
                            f"most {limits.max_columns:,}", "max_columns")


def check_field(label: str, line: int, column: str, value: str, limits: IntakeLimits) -> None:
    check_field_length(label, line, column, len(value), limits)


def check_field_length(label: str, line: int, column: str, length: int,
                       limits: IntakeLimits) -> None:
    if length > limits.max_field_chars:
        raise LimitExceeded(f"{label}: line {line:,}: field {column or '(unnamed)'} is longer "
                            f"than {limits.max_field_chars:,} characters", "max_field_chars")


def check_unzipped(label: str, size: int, limits: IntakeLimits) -> None:
    if size > limits.max_unzipped_bytes:
        raise LimitExceeded(f"{label}: the workbook unpacks to {_mb(size)}; PortDesk reads "
                            f"workbooks up to {_mb(limits.max_unzipped_bytes)} unpacked",
                            "max_unzipped_bytes")


def parse_json(text: str, label: str, limits: IntakeLimits, what: str = "a case file") -> Any:
    """json.loads, with nesting refused by name rather than by the interpreter's stack.

    Raises ValueError (json.JSONDecodeError) for text that is not JSON, as json.loads does.
    """
    refusal = (f"{label}: not {what}: nested too deeply (more than {limits.max_json_depth} "
               "levels)")
    try:
        data = json.loads(text)
    except RecursionError:
        raise NestedTooDeeply(refusal, "max_json_depth") from None
    if json_depth(data, limits.max_json_depth + 1) > limits.max_json_depth:
        raise NestedTooDeeply(refusal, "max_json_depth")
    return data


def json_depth(data: Any, stop_at: int) -> int:
    """Depth of nested lists and objects (a scalar is 0), counted without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list):
            depth += 1
            deepest = max(deepest, depth)
            if deepest >= stop_at:
                return deepest
            children = value.values() if isinstance(value, dict) else value
            stack.extend((child, depth) for child in children if isinstance(child, dict | list))
    return deepest


class Deadline:
    """A time budget for reading one file; the clock is injected so tests never wait."""

    def __init__(self, label: str, limits: IntakeLimits,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.label, self.budget, self._clock = label, limits.time_budget_s, clock
        self._end = clock() + self.budget

    def expired(self) -> bool:
        return self._clock() > self._end

    def check(self, where: str) -> None:
        if self.expired():
            raise self.refusal(where)

    def refusal(self, where: str) -> LimitExceeded:
        return LimitExceeded(f"{self.label}: reading stopped at {where}: the {self.budget:g} s "
                             "budget for one file was spent", "time_budget_s")

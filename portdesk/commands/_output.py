"""Small helpers the command modules share: JSON printing, tables, a progress line on stderr."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from portdesk.domain.moments import aware


def print_json(data: Any) -> None:
    def default(value: Any) -> Any:
        if isinstance(value, datetime):  # with its offset: naive is the store's UTC
            return aware(value).isoformat()
        if isinstance(value, date):
            return value.isoformat()
        if hasattr(value, "value"):
            return value.value
        return str(value)

    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=default)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for r in cells:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())


class ProgressLine:
    """`importing 4,000/100,000` on stderr, redrawn at most 5 times a second; silent when not a TTY."""

    def __init__(self, label: str) -> None:
        self.label = label
        self._last = 0.0
        self._tty = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if not self._tty or (now - self._last < 0.2 and done < total):
            return
        self._last = now
        sys.stderr.write(f"\r{self.label} {done:,}/{total:,}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

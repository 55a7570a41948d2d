"""The files a command is given: inputs read within the intake limits, outputs checked up front.

An output folder that does not exist is refused before any work is done (a typo must not make a
folder tree, and a signature must not be spent on a file that cannot be written). An input is
stat'ed before it is read, so a 10 GB "PDF" is refused by its size, not by running out of memory.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from portdesk.domain.errors import PortDeskError
from portdesk.domain.intake import IntakeLimits, check_size, parse_json


class FileRefused(PortDeskError):
    pass


def check_output(path: Path) -> Path:
    """Refuse an output path that cannot be written, before the work that produces it."""
    folder = path.parent
    if path.is_dir():
        raise FileRefused(f"cannot write {path}: it is a folder; give a file name")
    if not folder.exists():
        raise FileRefused(f"cannot write {path}: folder {folder} does not exist")
    if not folder.is_dir():
        raise FileRefused(f"cannot write {path}: {folder} is a file, not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FileRefused(f"cannot write {path}: no permission to write in {folder}")
    return path


def read_input(path: Path, limits: IntakeLimits, what: str = "file") -> bytes:
    """The bytes of an input file, refused by its size before it is read."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise FileRefused(f"{path} is a folder; give a {what}")
        check_size(str(path), size, limits, what)
        with path.open("rb") as fh:
            return fh.read(limits.max_bytes + 1)
    except FileNotFoundError:
        raise FileRefused(f"{path}: no such file") from None
    except OSError as exc:
        raise FileRefused(f"{path}: cannot be read ({exc.strerror or exc})") from None


def read_json_input(path: Path, limits: IntakeLimits, what: str = "a case file") -> Any:
    """A JSON input (entries, mapping): size, text, syntax and nesting checked, each said plainly."""
    data = read_input(path, limits, "JSON file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileRefused(f"{path}: not a text JSON file (not UTF-8)") from None
    try:
        return parse_json(text, str(path), limits, what)
    except ValueError as exc:
        raise FileRefused(f"{path}: not valid JSON ({exc})") from None


def read_entries_input(path: Path, limits: IntakeLimits) -> Any:
    """An entries file for `loa fill` or `bill check`, each entry held to the case-file limits."""
    from portdesk.services.case_rows import check_entry_values

    raw = read_json_input(path, limits, "an entries file")
    entries = raw.get("entries") if isinstance(raw, dict) and "entries" in raw else raw
    for index, entry in enumerate(entries if isinstance(entries, list) else [entries], start=1):
        if isinstance(entry, dict):
            check_entry_values(str(path), index, entry, limits)
    return raw

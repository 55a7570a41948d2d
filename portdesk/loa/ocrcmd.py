"""Which Tesseract reads a form page that is one picture (Settings.tesseract_cmd).

Kept apart from formocr.py (which pulls pdfium and the mapping in) so the composition root
can say it at start for every command and window without loading either.
"""

from __future__ import annotations

import shutil

_COMMAND: list[str] = [""]


def configure(tesseract_cmd: str = "") -> None:
    """Point form OCR at a Tesseract binary; empty means the one on PATH."""
    _COMMAND[0] = tesseract_cmd


def command() -> str:
    return _COMMAND[0]


def available() -> bool:
    return shutil.which(_COMMAND[0] or "tesseract") is not None

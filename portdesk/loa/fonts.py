"""The embedded Unicode fonts: base-14 fonts cannot print every name a customer has.

Registered once per process; reportlab subsets them into each PDF so the file stays small.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from portdesk.loa.errors import LoaError

REGULAR = "PortDeskSans"
BOLD = "PortDeskSans-Bold"
SCRIPT = "PortDeskScript"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", SCRIPT: "DejaVuSerif-Italic.ttf"}
_SYSTEM_DIR = Path("/usr/share/fonts/truetype/dejavu")


def fonts_dir() -> Path:
    """resources/fonts in a checkout, beside the package in a bundle, or Debian's copy as last resort."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[2] / "resources" / "fonts",
                      here.parents[1] / "resources" / "fonts",
                      _SYSTEM_DIR):
        if (candidate / _FILES[REGULAR]).is_file():
            return candidate
    raise LoaError("the LOA fonts (DejaVu Sans) are missing from resources/fonts; reinstall PortDesk")


def font_path(name: str) -> Path:
    return fonts_dir() / _FILES[name]


@cache
def register_fonts() -> None:
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / filename)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)

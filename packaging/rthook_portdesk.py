"""PyInstaller runtime hook: make a Tesseract shipped inside the bundle (Windows/macOS builds) findable.

On Linux the .deb depends on the distribution's tesseract-ocr instead, and Settings.tesseract_cmd
can name any other binary; both win over nothing, and a bundled copy only fills in when PATH has none.
"""

import os
import sys

_base = getattr(sys, "_MEIPASS", "")
_tess = os.path.join(_base, "tesseract")
if _base and os.path.isdir(_tess):
    os.environ["PATH"] = os.environ.get("PATH", "") + os.pathsep + _tess
    if os.path.isdir(os.path.join(_tess, "tessdata")):
        os.environ.setdefault("TESSDATA_PREFIX", os.path.join(_tess, "tessdata"))

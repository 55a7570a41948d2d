"""Draw the app icon in every size a desktop asks for, from the one master SVG.

hicolor PNGs for the Linux menu and the .deb, a multi-size .ico for a Windows build and an .icns for
macOS (written when Pillow can). Qt's SVG renderer draws it, so no Inkscape or rsvg is needed.
Usage: python packaging/make_icons.py resources/icons/portdesk.svg build/icons
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render_pngs(svg: Path, out: Path) -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    pngs = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / "hicolor" / f"{size}x{size}" / "apps" / "portdesk.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path)):
            raise SystemExit(f"make_icons: cannot write {path}")
        pngs[size] = path
    scalable = out / "hicolor" / "scalable" / "apps" / "portdesk.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(svg.read_bytes())
    return pngs


def write_platform_icons(pngs: dict[int, Path], out: Path) -> None:
    from PIL import Image

    biggest = Image.open(pngs[256])
    biggest.save(out / "portdesk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    try:
        Image.open(pngs[512]).save(out / "portdesk.icns")
    except (OSError, ValueError, KeyError) as exc:  # only some Pillow builds write ICNS
        print(f"make_icons: no .icns ({exc}); the macOS build makes it with iconutil")


def main(argv: list[str]) -> int:
    svg, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(svg, out)
    write_platform_icons(pngs, out)
    print(f"make_icons: {len(pngs)} PNG sizes, .ico{' and .icns' if (out / 'portdesk.icns').exists() else ''} in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Draw styrapp's icon files from resources/icons/styrapp.svg: PNGs in the sizes the desktops ask for
(resources/icons/styrapp-<n>.png, which the window, the Linux menu and the .desktop file use) and a
Windows .ico holding 16–256 px (build.spec's icon=). Qt renders the SVG (QtSvg); Pillow writes the .ico.

    .venv/bin/python scripts/make_icons.py

Run it after changing the SVG and commit what it writes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int, svg: Path, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out)):
        raise SystemExit(f"could not write {out}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs one
    svg = FOLDER / "styrapp.svg"
    for size in SIZES:
        render(size, svg, FOLDER / f"styrapp-{size}.png")
    # Each size of the .ico drawn at that size (sharper at 16 and 32 px than one picture scaled down).
    pictures = [Image.open(FOLDER / f"styrapp-{size}.png").convert("RGBA") for size in ICO_SIZES]
    pictures[-1].save(FOLDER / "styrapp.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                      append_images=pictures[:-1])
    print(f"wrote {len(SIZES)} PNGs and styrapp.ico to {FOLDER}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

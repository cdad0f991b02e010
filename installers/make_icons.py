"""Render assets/icons/ponder.svg into the sizes each platform needs (PNG set, .ico, .icns).

Run after changing the SVG: `python installers/make_icons.py`; the results are committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's icns types holding PNG data, by pixel size
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (valid since Windows Vista)."""
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little") + len(images).to_bytes(2, "little")
    entries, blobs, offset = b"", b"", 6 + 16 * len(images)
    for size, blob in images.items():
        dim = 0 if size >= 256 else size
        entries += bytes([dim, dim, 0, 0]) + (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
        entries += len(blob).to_bytes(4, "little") + offset.to_bytes(4, "little")
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(kind + (8 + len(images[size])).to_bytes(4, "big") + images[size]
                    for size, kind in ICNS_TYPES.items())
    return b"icns" + (8 + len(body)).to_bytes(4, "big") + body


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "ponder.svg"))
    if not renderer.isValid():
        raise SystemExit("assets/icons/ponder.svg is not a valid SVG")
    pngs = {size: png_bytes(render(renderer, size)) for size in sorted({*PNG_SIZES, *ICO_SIZES})}
    for size in PNG_SIZES:
        (ICONS / f"ponder-{size}.png").write_bytes(pngs[size])
    (ICONS / "ponder.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / "ponder.icns").write_bytes(icns(pngs))
    print(f"wrote {len(PNG_SIZES)} PNGs, ponder.ico and ponder.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The app icon, from the PNGs installed with the package (Qt picks the size each place needs)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..paths import icon_files

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

DESKTOP_FILE = "org.tvetdesktop.TVETDesktop"  # packaging/linux: how Wayland finds the menu entry and icon


def app_icon() -> QIcon:
    from PySide6.QtGui import QIcon  # (its type, with its hundred theme icons, is made after the first paint)

    icon = QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    return icon

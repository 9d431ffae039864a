"""The app icon, from the PNGs installed with the package (Qt picks the size each place needs)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ..paths import icon_files

DESKTOP_FILE = "org.tvetdesktop.TVETDesktop"  # packaging/linux: how Wayland finds the menu entry and icon


def app_icon() -> QIcon:
    icon = QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    return icon

"""Light or dark: a calm palette with one accent colour, for the Fusion style (see app.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

ACCENT = "#2f6fb3"
DARK_ACCENT = "#5b9bd5"


def apply_palette(app: QApplication, dark: bool) -> None:
    palette = QPalette()
    roles = QPalette.ColorRole
    if dark:
        colours = {roles.Window: "#26292d", roles.WindowText: "#e6e6e6", roles.Base: "#1e2023",
                   roles.AlternateBase: "#2b2e33", roles.Text: "#e6e6e6", roles.Button: "#2f3237",
                   roles.ButtonText: "#e6e6e6", roles.ToolTipBase: "#2f3237", roles.ToolTipText: "#e6e6e6",
                   roles.Highlight: DARK_ACCENT, roles.HighlightedText: "#101214", roles.Link: "#8ab8e6",
                   roles.PlaceholderText: "#8c9096", roles.Light: "#4a4e55", roles.Midlight: "#3a3e44",
                   roles.Mid: "#6b7079", roles.Dark: "#8a9099", roles.Shadow: "#0c0d0f"}
        disabled_text = "#9aa0a6"
    else:
        colours = {roles.Window: "#f3f4f6", roles.WindowText: "#1f2328", roles.Base: "#ffffff",
                   roles.AlternateBase: "#f6f8fa", roles.Text: "#1f2328", roles.Button: "#f6f7f9",
                   roles.ButtonText: "#1f2328", roles.ToolTipBase: "#ffffff", roles.ToolTipText: "#1f2328",
                   roles.Highlight: ACCENT, roles.HighlightedText: "#ffffff", roles.Link: ACCENT,
                   roles.PlaceholderText: "#6e7781"}
        disabled_text = "#656d76"
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor(disabled_text))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor(disabled_text))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor(disabled_text))  # else looks enabled
    app.setPalette(palette)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128

"""The themes: light, dark and high contrast, each a calm palette with one accent colour, for the Fusion style
(see app.py). "system" follows what the desktop asks for, where Qt can tell.

Every pair a person reads (text on its background, highlighted text on the highlight, links, muted and
placeholder text) is at least 4.5:1 (WCAG AA); tests/ui/test_themes.py measures each one.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

if TYPE_CHECKING:
    from PySide6.QtGui import QStyleHints
    from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark", "high-contrast")
THIS_RUN = "tvetThemeThisRun"  # an application property: the theme --theme (or --dark) chose for this run only
IN_USE = "tvetPalette"  # an application property: the palette apply_theme chose ("light", "dark", "high-contrast")
# An application property: the palette "system" resolved to when the desktop was last asked in this run (kept in
# the settings at the end, for the next start's first frame).
SYSTEM_SEEN = "tvetSystemPalette"
ACCENT = "#2f6fb3"
DARK_ACCENT = "#5b9bd5"
_roles = QPalette.ColorRole
_COLOURS = {
    "light": {_roles.Window: "#f3f4f6", _roles.WindowText: "#1f2328", _roles.Base: "#ffffff",
              _roles.AlternateBase: "#f6f8fa", _roles.Text: "#1f2328", _roles.Button: "#f6f7f9",
              _roles.ButtonText: "#1f2328", _roles.ToolTipBase: "#ffffff", _roles.ToolTipText: "#1f2328",
              _roles.Highlight: ACCENT, _roles.HighlightedText: "#ffffff", _roles.Link: ACCENT,
              _roles.PlaceholderText: "#646c75"},
    "dark": {_roles.Window: "#26292d", _roles.WindowText: "#e6e6e6", _roles.Base: "#1e2023",
             _roles.AlternateBase: "#2b2e33", _roles.Text: "#e6e6e6", _roles.Button: "#2f3237",
             _roles.ButtonText: "#e6e6e6", _roles.ToolTipBase: "#2f3237", _roles.ToolTipText: "#e6e6e6",
             _roles.Highlight: DARK_ACCENT, _roles.HighlightedText: "#101214", _roles.Link: "#8ab8e6",
             _roles.PlaceholderText: "#9a9ea4", _roles.Light: "#4a4e55", _roles.Midlight: "#3a3e44",
             _roles.Mid: "#6b7079", _roles.Dark: "#8a9099", _roles.Shadow: "#0c0d0f"},
    # White on black with yellow for what is chosen or can be followed, as the desktops' own high-contrast
    # themes do; frames are drawn in grey light enough to see (Fusion derives them from these roles).
    "high-contrast": {_roles.Window: "#000000", _roles.WindowText: "#ffffff", _roles.Base: "#000000",
                      _roles.AlternateBase: "#1a1a1a", _roles.Text: "#ffffff", _roles.Button: "#000000",
                      _roles.ButtonText: "#ffffff", _roles.ToolTipBase: "#000000", _roles.ToolTipText: "#ffffff",
                      _roles.Highlight: "#ffeb3b", _roles.HighlightedText: "#000000", _roles.Link: "#ffeb3b",
                      _roles.PlaceholderText: "#c8c8c8", _roles.Light: "#ffffff", _roles.Midlight: "#d0d0d0",
                      _roles.Mid: "#b0b0b0", _roles.Dark: "#ffffff", _roles.Shadow: "#ffffff"},
}
_DISABLED_TEXT = {"light": "#5f6770", "dark": "#9aa0a6", "high-contrast": "#c0c0c0"}
# Fusion draws the frames of fields, lists and buttons in the Window colour darkened: black on black in high
# contrast. These controls get a Window colour of their own that frames show in (they never fill with it).
_FRAME = {"high-contrast": "#b0b0b0", "dark": "#8a9099"}
_FRAMED = ("QAbstractScrollArea", "QLineEdit", "QAbstractSpinBox", "QComboBox", "QAbstractButton")
# A problem said in words (a note that could not be saved): red that reads on each theme's window colour.
_PROBLEM = {"light": "#b02a1c", "dark": "#ff8a7a", "high-contrast": "#ff9e9e"}


def theme_label(theme: str) -> str:
    """The theme's name in View → Theme."""
    return {"system": QCoreApplication.translate("palette", "&Follow the system"),
            "light": QCoreApplication.translate("palette", "&Light"),
            "dark": QCoreApplication.translate("palette", "&Dark"),
            "high-contrast": QCoreApplication.translate("palette", "&High contrast")}[theme]


def resolve(theme: str, hints: QStyleHints) -> str:
    """The palette to use for ``theme``: "system" asks the desktop (high contrast first, then dark), and is light
    when it does not say (Qt cannot tell on every desktop)."""
    if theme in _COLOURS:
        return theme
    from PySide6.QtCore import Qt

    if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return "high-contrast"
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def palette_for(name: str) -> QPalette:
    """The palette of a resolved theme ("light", "dark" or "high-contrast")."""
    palette = QPalette()
    for role, colour in _COLOURS[name].items():
        palette.setColor(role, QColor(colour))
    for role in (_roles.Text, _roles.WindowText, _roles.ButtonText):  # else disabled controls look enabled
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_TEXT[name]))
    return palette


def apply_theme(app: QApplication, theme: str, system: str | None = None) -> str:
    """Use ``theme`` (one of THEMES) for the whole application; returns the palette it resolved to. ``system``:
    the palette "system" resolved to when the desktop was last asked, used rather than asking (the desktop's
    answer is a value of the Qt namespace, which the first frame does without: see qt_values.py; the window asks
    once it is up, and follows the answer)."""
    name = system if theme == "system" and system in _COLOURS else resolve(theme, app.styleHints())
    app.setProperty(IN_USE, name)
    palette = palette_for(name)
    app.setPalette(palette)
    framed = copy.copy(palette)  # (not QPalette(palette): choosing among its constructors builds the Qt namespace)
    if name in _FRAME:
        framed.setColor(_roles.Window, QColor(_FRAME[name]))
    for class_name in _FRAMED:  # also for light: replaces what an earlier theme set
        app.setPalette(framed, class_name)  # type: ignore[arg-type]  # PySide takes a str; its stubs say bytes
    return name


def problem_colour(palette: QPalette) -> str:
    """The colour of a problem said in words, readable on ``palette``'s window colour."""
    window = palette.color(_roles.Window).name()
    return next((_PROBLEM[name] for name, colours in _COLOURS.items() if colours[_roles.Window] == window),
                _PROBLEM["light"])


def is_dark(palette: QPalette) -> bool:
    return palette.color(_roles.Window).lightness() < 128

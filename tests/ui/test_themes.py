"""Themes: every pair of colours a person reads is at least WCAG AA (4.5:1) in each theme, the high-contrast
window draws its frames, and the choice in View → Theme is used at once and remembered."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from tvet_desktop.ui.palette import THEMES, apply_theme, palette_for, problem_colour

if TYPE_CHECKING:
    from tvet_desktop.ui.main_window import MainWindow

AA = 4.5
NON_TEXT = 3.0  # WCAG 1.4.11: the focus ring and frames against what is around them
Role, Group = QPalette.ColorRole, QPalette.ColorGroup


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def pairs(palette: QPalette) -> dict[str, tuple[QColor, QColor]]:
    """What is read on what: the result delegate's second line is the Disabled Text colour on Base (and the
    reading pane's meta line); the reading pane's links are the Highlight colour on Base."""
    colour = palette.color
    muted = colour(Group.Disabled, Role.Text)
    return {
        "text on base": (colour(Role.Text), colour(Role.Base)),
        "window text on window": (colour(Role.WindowText), colour(Role.Window)),
        "button text on button": (colour(Role.ButtonText), colour(Role.Button)),
        "highlighted text on highlight": (colour(Role.HighlightedText), colour(Role.Highlight)),
        "link on base": (colour(Role.Link), colour(Role.Base)),
        "reading pane link (highlight) on base": (colour(Role.Highlight), colour(Role.Base)),
        "muted text on base (result rows' meta line)": (muted, colour(Role.Base)),
        "muted text on window (disabled labels)": (muted, colour(Role.Window)),
        "disabled button text on button": (colour(Group.Disabled, Role.ButtonText), colour(Role.Button)),
        "placeholder on base": (colour(Role.PlaceholderText), colour(Role.Base)),
        "tooltip text on tooltip": (colour(Role.ToolTipText), colour(Role.ToolTipBase)),
        "problem (unsaved note) on window": (QColor(problem_colour(palette)), colour(Role.Window)),
    }


@pytest.mark.parametrize("theme", [t for t in THEMES if t != "system"])
def test_every_text_colour_reads_at_aa_in_each_theme(theme: str) -> None:
    palette = palette_for(theme)
    ratios = {name: round(contrast(*colours), 2) for name, colours in pairs(palette).items()}
    print(theme, ratios)  # the figures docs/accessibility.md quotes (pytest -s)
    assert {name: ratio for name, ratio in ratios.items() if ratio < AA} == {}
    ring = contrast(palette.color(Role.Highlight), palette.color(Role.Window))
    assert ring >= NON_TEXT, "the focus ring (Highlight) must show on the window"


def test_high_contrast_draws_frames_around_fields_and_lists(window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        apply_theme(app, "high-contrast")
        QApplication.processEvents()
        for widget in (window.reader, window.library.panel.editor, window.results.list):
            picture = widget.grab().toImage()
            edge = picture.pixelColor(0, picture.height() // 2)  # the frame's left side
            assert contrast(edge, QColor("#000000")) >= NON_TEXT, widget.accessibleName()
    finally:
        apply_theme(app, "light")


def test_theme_menu_applies_at_once_and_is_remembered(make_window) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        window: MainWindow = make_window()
        assert window.view.theme_actions["system"].isChecked()  # the default
        window.view.theme_actions["high-contrast"].trigger()
        assert app.palette().color(Role.Base) == QColor("#000000")
        assert app.palette().color(Role.Highlight) == QColor("#ffeb3b")
        window.close()
        again: MainWindow = make_window()
        assert again.settings.theme == "high-contrast" and again.view.theme_actions["high-contrast"].isChecked()
        again.view.theme_actions["system"].trigger()  # this desktop says nothing: light
        assert app.palette().color(Role.Base) == QColor("#ffffff")
    finally:
        apply_theme(app, "light")


def test_a_theme_chosen_for_one_run_is_the_one_ticked(make_window) -> None:  # type: ignore[no-untyped-def]
    """`--theme high-contrast`: View → Theme ticks the theme in use, not the saved one (which stays)."""
    from tvet_desktop.ui.palette import THIS_RUN

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setProperty(THIS_RUN, "high-contrast")
    try:
        window: MainWindow = make_window()
        assert window.view.theme_actions["high-contrast"].isChecked()
        assert window.settings.theme == "system"
    finally:
        app.setProperty(THIS_RUN, None)


def test_an_old_dark_mode_setting_becomes_the_dark_theme(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tvet_desktop.ui.settings import WindowSettings

    (tmp_path / "settings.ini").write_text("[view]\ndark=true\n")
    assert WindowSettings(tmp_path / "settings.ini").theme == "dark"


def test_the_window_opens_as_the_desktop_was_then_asks_it(make_window, data_dir) -> None:  # type: ignore[no-untyped-def]
    """Asking the desktop builds the Qt namespace, which the first frame does without (qt_values.py): the window
    opens in the palette "system" meant when last asked, asks once its menus are made, follows the answer, and
    keeps it for the next start. This off-screen desktop says nothing: light."""
    from tvet_desktop.ui.palette import IN_USE, SYSTEM_SEEN
    from tvet_desktop.ui.settings import WindowSettings

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.ini").write_text("[view]\nsystem_palette=dark\n")
    settings = WindowSettings(data_dir / "settings.ini")
    try:
        assert apply_theme(app, "system", settings.system_theme) == "dark"  # what the app's start does
        assert app.palette().color(Role.Base) == QColor("#1e2023")
        window: MainWindow = make_window()  # its View menu asks the desktop
        assert app.property(IN_USE) == app.property(SYSTEM_SEEN) == "light"
        assert app.palette().color(Role.Base) == QColor("#ffffff")
        window.close()
        assert WindowSettings(data_dir / "settings.ini").system_theme == "light"
    finally:
        apply_theme(app, "light")
        app.setProperty(SYSTEM_SEEN, None)


def test_asking_the_desktop_leaves_a_chosen_theme_alone(make_window, data_dir) -> None:  # type: ignore[no-untyped-def]
    from tvet_desktop.ui.palette import SYSTEM_SEEN

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.ini").write_text("[view]\ntheme=dark\nsystem_palette=light\n")
    try:
        apply_theme(app, "dark")
        make_window()  # its View menu asks the desktop (light here) and keeps the dark theme chosen
        assert app.property(SYSTEM_SEEN) == "light" and app.palette().color(Role.Base) == QColor("#1e2023")
    finally:
        apply_theme(app, "light")
        app.setProperty(SYSTEM_SEEN, None)

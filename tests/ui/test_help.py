"""Help inside the window: the user guide (the repository's docs/user-guide.md, offline) and About."""

from __future__ import annotations

import re
import tomllib
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication, QMenu

from tvet_desktop import __version__
from tvet_desktop.paths import user_guide
from tvet_desktop.ui.help_dialogs import THIRD_PARTY, HelpView

from ..conftest import REPO

if TYPE_CHECKING:

    from tvet_desktop.ui.main_window import MainWindow


def shown(window: MainWindow, title: str) -> HelpView:
    views = [w for w in window.findChildren(HelpView) if w.isVisible() and w.windowTitle() == title]
    assert len(views) == 1
    return views[0]


def menu_action(window: MainWindow, text: str) -> None:
    for menu in window.menuBar().findChildren(QMenu):
        for entry in menu.actions():
            if entry.text().replace("&", "") == text:
                entry.trigger()
                return
    raise AssertionError(f"no menu entry {text!r}")


def test_the_user_guide_is_the_repository_s_and_opens_from_the_help_menu(window: MainWindow) -> None:
    assert user_guide().read_text(encoding="utf-8") == (REPO / "docs" / "user-guide.md").read_text(encoding="utf-8")
    menu_action(window, "User guide")
    text = shown(window, "User guide").text.toPlainText()
    for section in ("Finding something", "Reading", "Your notes", "Bookmarks and reading lists",
                    "Handouts for your session", "Updating the catalogue", "From a USB stick",
                    "Sharing with the room", "When something goes wrong"):
        assert section in text
    assert "**" not in text and "<h2>" not in text  # rendered, not shown as source


@pytest.mark.parametrize("code", ["fr", "es", "ar"])
def test_the_user_guide_speaks_the_window_s_language(make_window, speak, code: str) -> None:  # type: ignore[no-untyped-def]
    translated = REPO / "docs" / f"user-guide.{code}.md"
    assert user_guide(code) == translated or user_guide(code).read_bytes() == translated.read_bytes()
    speak(code)
    window = make_window()
    window.show_user_guide()
    title = translated.read_text(encoding="utf-8").splitlines()[0].lstrip("# ")
    guide = next(view for view in window.findChildren(HelpView) if view.isVisible())
    assert guide.text.toPlainText().startswith(title) and "Finding something" not in guide.text.toPlainText()


def test_about_names_versions_licences_and_the_catalogue_s_origin(window: MainWindow) -> None:
    menu_action(window, "About TVET Desktop")
    QApplication.processEvents()
    text = shown(window, "About TVET Desktop").text.toPlainText()
    assert f"TVET Desktop {__version__}" in text and "Catalogue v1 of 2 Jan 2026, from " in text and "Items: 5." in text
    assert "MIT licence" in text and "UNESCO-UNEVOC" in text and "LGPL-3.0" in text


def test_every_run_time_dependency_is_credited() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[<>=!\[ ]", spec, maxsplit=1)[0].lower() for spec in project["dependencies"]}
    credited = " ".join(name.lower() for name, _, _ in THIRD_PARTY)
    missing = {name for name in names if name.replace("pyside6-essentials", "pyside6") not in credited}
    assert missing == set()

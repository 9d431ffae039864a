"""The window in English, French, Spanish and Arabic: nothing cut at 1280×800, Arabic right to left, numbers
and dates in the language's own way, the language chosen by --lang, View → Language or the system."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as QtText
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QMainWindow, QMenu, QWidget

from tvet_desktop import launch
from tvet_desktop.ui import app as app_module
from tvet_desktop.ui import language_menu
from tvet_desktop.ui.elided_label import ElidedLabel
from tvet_desktop.ui.language import chosen_language
from tvet_desktop.ui.settings import WindowSettings

from ..conftest import REPO

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from tvet_desktop.ui.main_window import MainWindow

WIDTH, HEIGHT = 1280, 800


def plain(text: str) -> str:
    """A widget's text as it is drawn: the shortcut key's & gone (&& is a drawn &)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def text_width(label: QLabel) -> int:
    if label.textFormat() == Qt.TextFormat.RichText or (label.textFormat() == Qt.TextFormat.AutoText
                                                        and QtText.mightBeRichText(label.text())):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(label.text())
        return int(document.idealWidth())
    text = plain(label.text()) if label.buddy() is not None else label.text()  # a buddy's label draws no &
    return max(QFontMetrics(label.font()).horizontalAdvance(line) for line in text.split("\n"))


def cut_texts(window: QWidget) -> list[str]:
    """Every visible label, button and menu entry whose text is wider than the room it has."""
    cut = []
    for label in window.findChildren(QLabel):
        if (not label.isVisible() or not label.text() or label.wordWrap() or isinstance(label, ElidedLabel)
                or (label.pixmap() is not None and not label.pixmap().isNull())):
            continue  # word-wrapped labels wrap; elided ones shorten on purpose and show the rest as a tooltip
        if text_width(label) > label.contentsRect().width():
            cut.append(f"label {label.text()!r}: {text_width(label)} px in {label.contentsRect().width()} px")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text():
            continue
        # The button's own frame, indicator (check box, menu arrow) and icon: what its size hint adds to the text.
        text = QFontMetrics(button.font()).horizontalAdvance(plain(button.text()))
        room = button.width() - (button.sizeHint().width() - text)
        if text > room:
            cut.append(f"button {button.text()!r}: {text} px in {room} px")
    for box in window.findChildren(QComboBox):
        if box.isVisible() and box.width() < box.sizeHint().width():
            cut.append(f"list box {box.currentText()!r}: {box.width()} px, needs {box.sizeHint().width()} px")
    bar = window.menuBar() if isinstance(window, QMainWindow) else None
    if bar is not None and bar.sizeHint().width() > bar.width():
        cut.append(f"menu bar: needs {bar.sizeHint().width()} px of {bar.width()} px")
    for menu in window.findChildren(QMenu):
        menu.aboutToShow.emit()  # as when it opens: a menu filled then (the reading lists) has its entries
        menu.ensurePolished()
        widest = max((QFontMetrics(menu.font()).horizontalAdvance(plain(a.text())) for a in menu.actions()), default=0)
        if widest > min(menu.sizeHint().width(), WIDTH):
            cut.append(f"menu {menu.title()!r}: an entry of {widest} px in {menu.sizeHint().width()} px")
    return cut


def laid_out(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """The window at 1280×800 as a first start lays it out, with an item open, a filter chip and a hint."""
    window.resize(WIDTH, HEIGHT)
    window.fit_panes(WIDTH, HEIGHT)
    with qtbot.waitSignal(window.search_finished, timeout=5000):
        window._facet_toggled("region", "Africa", True)
    assert window.open_item("welding-safety-guide")
    QApplication.processEvents()
    return window


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
def test_no_text_is_cut_at_1280_by_800(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                       speak: Callable[[str], None], language: str) -> None:
    speak(language)
    window = laid_out(qtbot, make_window())
    assert window.results.chip_row.isVisible() and window.library.toolbar.bookmark.isEnabled()
    assert not cut_texts(window), f"{language}: " + "\n".join(cut_texts(window))


def test_the_check_sees_a_cut_button(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = laid_out(qtbot, make_window())
    window.sidebar.clear_button.setText("Clear every filter of this window, from the years to the themes, now")
    QApplication.processEvents()
    assert any("Clear every filter" in cut for cut in cut_texts(window))


def test_french_window_speaks_french_numbers_and_dates(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                                      speak: Callable[[str], None]) -> None:
    speak("fr")
    window = make_window()
    assert window.catalogue_label.text() == "Catalogue v1 · 2 janv. 2026 · 5 éléments"
    assert window.results.count_label.text() == "<b>5</b> éléments"
    assert [menu.title() for menu in window.menuBar().findChildren(QMenu)][:2] == ["&Fichier", "&Édition"]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"  # Qt's own buttons too
    assert window.timing_label.text().startswith("5 résultats en ")


def test_arabic_counts_in_its_digits_and_plural_forms(qtbot: QtBot, make_window: Callable[[], MainWindow],
                                                     speak: Callable[[str], None]) -> None:
    speak("ar")
    window = make_window()
    assert window.results.count_label.text() == "<b>٥</b> عناصر"  # 3 to 10: the plural of a few
    window.results.show_outcome(11, "", window.request.filters, None)
    assert window.results.count_label.text() == "<b>١١</b> عنصرًا"
    window.results.show_outcome(2, "", window.request.filters, None)
    assert window.results.count_label.text() == "<b>عنصران</b>"


def test_lang_ar_opens_a_right_to_left_window(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              speak: Callable[[str], None]) -> None:
    """`tvet-desktop --lang ar`: the whole window mirrored, menus from the right, the sidebar on the right."""
    seen: dict[str, object] = {}

    def look(app: QApplication, window: MainWindow, args: object) -> int:
        window.resize(WIDTH, HEIGHT)
        window.show()
        QApplication.processEvents()
        menus = window.menuBar().actions()
        seen.update(direction=window.layoutDirection(),
                    file_right_of_help=window.menuBar().actionGeometry(menus[0]).x()
                    > window.menuBar().actionGeometry(menus[-1]).x(),
                    sidebar_right_of_reader=window.sidebar.mapTo(window, window.sidebar.rect().topLeft()).x()
                    > window.reader.mapTo(window, window.reader.rect().topLeft()).x(),
                    file_menu=menus[0].text())
        window.close()
        window.work.wait()
        window.notes.close()
        window.catalog.close()
        return 0

    monkeypatch.setattr(app_module, "take_screenshot", look)
    assert launch.main(["--lang", "ar", "--screenshot", str(tmp_path / "window.png")]) == 0
    assert seen == {"direction": Qt.LayoutDirection.RightToLeft, "file_right_of_help": True,
                    "sidebar_right_of_reader": True, "file_menu": "&ملف"}


def test_view_language_is_saved_and_offers_to_start_again(window: MainWindow, data_dir: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def later(_parent: object, _title: str, text: str, do: str, later: str) -> bool:
        asked.append(f"{text} [{do}] [{later}]")
        return False

    monkeypatch.setattr(language_menu, "offer", later)
    entries = {action.text(): action for action in window.language_menu.actions}
    assert list(entries)[1:] == ["English", "Français", "Español", "العربية"]
    entries["Español"].trigger()
    assert asked == ["TVET Desktop will speak Español when it starts again. Start it again now? Your note is saved "
                     "first. [Start again now] [Later]"]
    assert window.isVisible() and not window.restart_wanted  # "Later": the window stays as it is
    saved = WindowSettings(data_dir / "settings.ini").language
    assert saved == "es" and chosen_language(None, saved) == "es" and chosen_language("ar", saved) == "ar"
    entries["English"].trigger()  # the language the window speaks: saved, nothing to start again for
    assert len(asked) == 1 and WindowSettings(data_dir / "settings.ini").language == "en"


def test_starting_again_saves_the_note_and_closes_the_window(window: MainWindow, data_dir: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language_menu, "offer", lambda *_: True)
    window.open_item("greening-tvet")
    window.library.panel.editor.setPlainText("Typed just before switching language")
    next(action for action in window.language_menu.actions if action.data() == "fr").trigger()
    assert window.restart_wanted and not window.isVisible()
    note = window.notes.note_for_item("greening-tvet")
    assert note is not None and note.text == "Typed just before switching language"


@pytest.mark.parametrize(("lang", "expected"), [("fr_FR.UTF-8", "fr"), ("es_MX.UTF-8", "es"), ("ar_JO.UTF-8", "ar"),
                                                ("de_DE.UTF-8", "en"), ("C", "en")])
def test_the_first_start_follows_the_system_language(lang: str, expected: str) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("LC_", "LANG"))}
    done = subprocess.run([sys.executable, "-c", "from tvet_desktop.ui.language import chosen_language; "
                           "print(chosen_language(None, ''))"], env={**env, "LANG": lang, "PYTHONPATH": str(REPO)},
                          capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == expected


def test_an_error_of_the_notes_store_is_said_in_the_window_s_language(
        make_window: Callable[[], MainWindow], speak: Callable[[str], None], monkeypatch: pytest.MonkeyPatch) -> None:
    """The store raises an English template (the command line prints it as it is); the window translates it."""
    from tvet_desktop.library.store import SaveFailed
    from tvet_desktop.ui import library_controller

    speak("fr")
    window = make_window()
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(library_controller, "warn", lambda parent, title, text: told.append((title, text)))
    window.library.store.create_list("Soudure")
    window.library._new_list("Soudure")
    assert told == [("Nouvelle liste de lecture", "Il existe déjà une liste de lecture nommée «\u00a0Soudure\u00a0».")]
    with pytest.raises(SaveFailed, match=r"^There is already a reading list called “Soudure”\.$"):
        window.library.store.create_list("Soudure")


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
def test_the_update_and_share_dialogs_cut_no_text(qtbot: QtBot, data_dir: Path, speak: Callable[[str], None],
                                                  language: str) -> None:
    from tvet_desktop.sync.service import UpdateService
    from tvet_desktop.ui.share_dialog import ShareDialog
    from tvet_desktop.ui.sync_dialog import SyncDialog
    from tvet_desktop.ui.worker import BackgroundWork

    speak(language)
    updates, work = UpdateService.for_this_user(), BackgroundWork()
    for dialog in (SyncDialog(updates, work), ShareDialog(updates, work, addresses=["192.168.1.20", "127.0.0.1"])):
        qtbot.addWidget(dialog)
        dialog.show()
        # As on a 1280×800 screen: Qt opens a dialog at its size hint, up to 2/3 of the screen (the off-screen
        # test screen is 800×600, where a dialog may open narrower than its content needs).
        dialog.resize(min(dialog.sizeHint().width(), WIDTH * 2 // 3), min(dialog.sizeHint().height(), HEIGHT * 2 // 3))
        QApplication.processEvents()
        assert not cut_texts(dialog), f"{language}, {dialog.windowTitle()}: " + "\n".join(cut_texts(dialog))

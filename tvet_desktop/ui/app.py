"""Composition root: builds the catalogue, settings and background worker, and hands them to the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    from PySide6.QtWidgets import QWidget

    from ..db import ShouldStop
    from ..documents.service import DocumentService

from ..catalog.snapshot import Catalog
from ..display import missing_display
from ..errors import UserError
from ..library.database import UserDatabase, UserDataCorrupt, UserDataError
from ..library.store import NotesStore, daily_backup, open_notes
from ..paths import data_dir, portable_data_dir, settings_file
from ..startup import pause_collector, resume_collector, tune_for_window
from ..sync.service import UpdateService

# isort: split
# The window's modules that do not use Qt are loaded before Qt is: once PySide is loaded it reads the source of
# every module imported after it (to find its __feature__ switches), and for these that is start-up time spent
# for nothing (~4 ms in all, measured in the start-up benchmark's order).
from ..catalog import render as _render  # noqa: F401
from ..library import search as _search  # noqa: F401
from ..search import engine as _engine  # noqa: F401

BACKUP_DELAY_MS = 5000
SETTLE_DELAY_MS = 300  # from the start of the event loop: well after the first paint
STYLE = "Fusion"  # the palettes in palette.py are made for it


def run_app(args: argparse.Namespace) -> int:
    pause_collector()  # until the window is up (see ..startup); already paused when started by the entry point
    try:
        return _run_app(args)
    finally:
        resume_collector()


def _run_app(args: argparse.Namespace) -> int:
    tune_for_window()
    no_display = missing_display()
    if no_display and args.screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a picture needs no screen
    elif no_display:
        print(no_display, file=sys.stderr)
        return 1
    from .source_checks import answer_before_asked

    import PySide6  # noqa: F401  # isort: skip  # its table of modules is filled before the window's imports

    answer_before_asked()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from . import crash
    from .icon import DESKTOP_FILE, app_icon
    from .language import chosen_language
    from .language import install as install_language
    from .main_window import MainWindow
    from .palette import THIS_RUN, apply_theme
    from .settings import WindowSettings
    from .single_instance import SingleInstance
    from .text_size import apply_text_size
    from .worker import BackgroundWork

    crash.install()
    _keep_qt_state_in_data_folder()
    updates = UpdateService.for_this_user()
    catalog = Catalog(args.catalog or updates.active().path)  # fails with a clear message before any window
    existing = QApplication.instance()
    if isinstance(existing, QApplication):  # tests and benchmarks make their own
        app = existing
        app.setStyle(STYLE)
    else:
        # An argument rather than setStyle(): that hands a QStyle to Python, and PySide then builds all of
        # QStyle's enum types, ~4 ms of start-up.
        app = QApplication([*sys.argv[:1], "-style", STYLE])
    app.setApplicationName("TVET Desktop")
    app.setDesktopFileName(DESKTOP_FILE)  # (the window's icon is set once it has painted, below)
    settings = WindowSettings(settings_file())
    language = chosen_language(getattr(args, "lang", None), settings.language)
    install_language(language, data_dir() / "cache" / "translations")  # before the first widget
    if args.theme or args.dark:  # View → Theme shows it ticked, without saving it
        app.setProperty(THIS_RUN, args.theme or "dark")
    apply_theme(app, args.theme or ("dark" if args.dark else settings.theme), settings.system_theme or "light")
    apply_text_size(app, args.text_size or settings.text_size)
    guard = SingleInstance(data_dir(), app)
    start = "first" if args.screenshot else guard.claim_or_hand_over()
    if start == "handed over":
        print("TVET Desktop is already open; its window was brought to the front.", file=sys.stderr)
        if args.bundle:  # opened from a file manager: no terminal shows the line above
            _ask_to_import_there(args.bundle)
        return 0
    if start == "no answer":
        print("TVET Desktop is already running for this data folder but did not answer (it may still be "
              "starting, or waiting in a dialog). Try again in a moment, or close it first.", file=sys.stderr)
        return 1
    notes = open_notes_or_ask()
    if notes is None:
        return 1
    QTimer.singleShot(BACKUP_DELAY_MS, lambda: daily_backup(notes))  # after the window is up
    # With no document of theirs yet, the first search has none to list: they are opened after the first paint.
    # So are they when opening them now would wait (another program adding documents, an upgrade of their index).
    documents, problem, awaited = None, None, None
    if documents_kept():
        from ..documents.store import WouldWait

        try:
            documents = open_documents(wait=False)
        except WouldWait as error:
            awaited = error.reason
        except UserError as error:  # the window says why and works without them
            problem = error
    window = MainWindow(catalog, notes, settings, BackgroundWork(app), updates, documents=documents,
                        open_documents=None if documents is not None or problem else open_documents,
                        defer_setup=not args.screenshot, documents_awaited=awaited)
    if problem is not None:
        window.documents_unavailable(problem)
    window.setup.add(lambda: app.setWindowIcon(app_icon()))
    guard.activated.connect(lambda: _bring_forward(window))
    if args.screenshot:
        return take_screenshot(app, window, args)
    window.run_first_search()
    window.show()
    if args.bundle:
        dialog = window.open_sync_dialog()
        if dialog is not None:
            dialog.start_import(args.bundle)

    def settle() -> None:  # once the window is painted: what start-up put off
        resume_collector()
        guard.listen()

    QTimer.singleShot(SETTLE_DELAY_MS, settle)
    try:
        return app.exec()
    finally:
        window.work.wait()  # a search still running must finish before its catalogue closes
        notes.close()
        if window.documents is not None:
            window.documents.close()
        window.close_catalogs()
        guard.release()  # last: a new launch may take over only once the notes are closed
        if window.restart_wanted:
            start_again(args)


def again_command(args: argparse.Namespace) -> list[str]:
    """The command that starts TVET Desktop as its icon does (the same Python, or the same frozen program; an
    AppImage itself, whose mount ends with this process), with what this start was given for this run only (a
    catalogue file, a theme, a text size), not its language: the one just chosen is saved."""
    frozen = getattr(sys, "frozen", False)
    inside = os.environ.get("APPDIR")  # where the AppImage running this build is mounted (else inherited)
    if frozen and os.environ.get("APPIMAGE") and inside and sys.executable.startswith(inside):
        command = [os.environ["APPIMAGE"]]
    elif frozen:
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "tvet_desktop"]
    given = {"--catalog": args.catalog, "--theme": args.theme or ("dark" if args.dark else None),
             "--text-size": args.text_size}
    return command + [part for option, value in given.items() if value for part in (option, str(value))]


def start_again(args: argparse.Namespace) -> None:
    """A new TVET Desktop, started once this one has let go of the data folder; its own session, so that a
    terminal's Ctrl+C meant for this one does not reach it."""
    import subprocess

    subprocess.Popen(again_command(args), stdin=subprocess.DEVNULL, start_new_session=True)


def _keep_qt_state_in_data_folder() -> None:
    """Qt's own settings (its file dialogs' recent folders) go to the data folder, not ~/.config (Linux; on
    Windows and macOS Qt keeps them in the system's registry). A portable copy also uses Qt's file dialogs:
    the system's record recent files in the user's profile on the host."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(data_dir()))
    if portable_data_dir() is not None:
        from PySide6.QtCore import Qt

        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)


def _bring_forward(window: QWidget) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def _ask_to_import_there(bundle: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from .plain import inform

    text = QCoreApplication.translate(
        "app", "TVET Desktop is already open. To install the catalogue in {file}, choose File → Update the "
        "catalogue… → Import bundle… in its window.").format(file=bundle)
    inform(None, QCoreApplication.translate("app", "Import a catalogue"), text)


def documents_kept() -> bool:
    """Whether the user's documents folder holds any document (without opening its database)."""
    from ..documents.layout import holds_documents

    return holds_documents(data_dir())


def open_documents(wait: bool = True, upgrade: bool | None = None,
                   should_stop: ShouldStop | None = None) -> DocumentService:
    """The user's documents; UserError when they cannot be opened (the window then says why in its status bar
    and works without them: the notes and the catalogue do not depend on them). ``wait`` false: WouldWait
    rather than wait; ``upgrade``, ``should_stop``: see DocumentService.open."""
    from ..documents.service import DocumentService

    return DocumentService.open(wait=wait, upgrade=upgrade, should_stop=should_stop)


def open_notes_or_ask() -> NotesStore | None:
    """The notes store; after damage, offer the newest good backup (the damaged file is kept aside). Notes
    that can be read but not changed open read-only (the note panel says why)."""
    try:
        return open_notes(backup=False)
    except UserDataError as error:
        return _ask_about_notes(error)


def _ask_about_notes(error: UserDataError) -> NotesStore | None:
    """Only when the notes cannot be opened: dialogs are imported (their types made) then, not at every start."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from ..text import QT_TRANSLATE_NOOP
    from .plain import message_box
    from .worker import explain

    def say(text: str) -> str:
        return QCoreApplication.translate("app", text)

    if isinstance(error, UserDataCorrupt):
        box = message_box(None, QMessageBox.Icon.Warning, say(QT_TRANSLATE_NOOP("app", "Your notes need attention")),
                          explain(error)[0])
        restore = (box.addButton(say(QT_TRANSLATE_NOOP("app", "Restore the backup")), QMessageBox.ButtonRole.AcceptRole)
                   if error.backup else None)
        box.addButton(say(QT_TRANSLATE_NOOP("app", "Start with empty notes")), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if restore is not None and box.clickedButton() is restore:
            UserDatabase(data_dir()).restore(error.backup)
        return open_notes(backup=False)
    title = say(QT_TRANSLATE_NOOP("app", "TVET Desktop cannot open your notes"))
    message_box(None, QMessageBox.Icon.Critical, title, explain(error)[0]).exec()
    return None


def _wait_for_pages(app, window) -> None:  # type: ignore[no-untyped-def]
    """A PDF's pages are drawn on Qt's render thread: the picture waits for those in view (at most 5 s)."""
    import time

    documents = window.reading_area.documents
    pdf = documents.pdf if documents is not None and window.reading_area.showing_document() else None
    deadline = time.monotonic() + 5
    while pdf is not None and not pdf.view.all_drawn() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


OFFSCREEN_SIZE_HINTS = "This plugin does not support propagateSizeHints()"


def _quiet_size_hints() -> None:
    """The off-screen platform warns, for each window shown, that it passes no size hints to a window manager
    (there is none to pass them to): a line that would only worry whoever reads a screenshot's output. Qt gives
    it no logging category, so a logging rule cannot silence it; every other message is printed as Qt would."""
    from PySide6.QtCore import qFormatLogMessage, qInstallMessageHandler

    def handler(mode, context, message: str) -> None:  # type: ignore[no-untyped-def]
        if message != OFFSCREEN_SIZE_HINTS:
            print(qFormatLogMessage(mode, context, message), file=sys.stderr)

    qInstallMessageHandler(handler)


def take_screenshot(app, window, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    """Render the window off-screen with an optional query and item, save a PNG, and exit."""
    from PySide6.QtCore import QEventLoop, QTimer

    window.remember_state = False
    window.reading_area.remember = False  # nor the last page read
    if app.platformName() == "offscreen":
        _quiet_size_hints()
    window.resize(*args.size)
    if window.settings.splitter is None:  # as a first start at this size would lay the panes out
        window.fit_panes(*args.size)
    for facet, value in args.facet:
        filters = window.request.filters
        window.request = window.request._replace(filters=filters.with_values(facet, (*filters.selected(facet), value)))
    window.request = window.request._replace(filters=window.catalog.resolve_filters(window.request.filters))
    if args.query is not None:
        window.search_field.blockSignals(True)
        window.search_field.setText(args.query)
        window.search_field.blockSignals(False)
        window._text_changed(args.query)
    window.show()
    loop = QEventLoop()
    window.search_finished.connect(lambda _: loop.quit())
    QTimer.singleShot(10_000, loop.quit)
    window.run_search()
    loop.exec()
    if args.select and not window.open_item(args.select, args.page):
        print(f"tvet-desktop: no item with id {args.select!r}", file=sys.stderr)
        return 1
    _wait_for_pages(app, window)
    if not args.select and window.results_model.rowCount():
        window.results.list.setCurrentIndex(window.results_model.index(0))
    app.processEvents()
    window.work.wait(10_000)  # a selected row far down: its page is read in the background
    app.processEvents()  # and arrives here
    path = Path(args.screenshot)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path)):
        print(f"tvet-desktop: could not write {path}", file=sys.stderr)
        return 1
    print(f"Saved {path}")
    window.close()
    window.work.wait()
    window.notes.close()
    if window.documents is not None:
        window.documents.close()
    window.catalog.close()
    return 0

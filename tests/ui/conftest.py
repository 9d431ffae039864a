from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QUrl

from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.library.store import NotesStore, open_notes
from tvet_desktop.ui.main_window import MainWindow
from tvet_desktop.ui.settings import WindowSettings
from tvet_desktop.ui.worker import BackgroundWork

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

WAIT_MS = 5000

@pytest.fixture
def french(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from tvet_desktop.ui.language import install

    install("fr", tmp_path)
    yield
    install("en", tmp_path)



@pytest.fixture(autouse=True)
def _english(english_window: None) -> None:
    """Every window test starts in English (tests/conftest.py)."""


class Opened(list[QUrl]):
    """Records what would have gone to the system browser (which took it)."""

    def open(self, url: QUrl) -> bool:
        self.append(url)
        return True


@pytest.fixture
def opened() -> Opened:
    return Opened()


@pytest.fixture
def make_window(qtbot: QtBot, catalog: Catalog, data_dir: Path, opened: Opened,
                request: pytest.FixtureRequest) -> Iterator:  # type: ignore[type-arg]
    # A test's documents are closed after its windows' searches are done, as the app closes them: set up
    # first, they are torn down last (closing them under a running search crashed a full run).
    if "documents" in request.fixturenames:
        request.getfixturevalue("documents")
    works: list[BackgroundWork] = []
    stores: list[NotesStore] = []

    def make(**options: object) -> MainWindow:
        work = BackgroundWork()
        works.append(work)
        store = open_notes(data_dir)
        stores.append(store)
        window = MainWindow(catalog, store, WindowSettings(data_dir / "settings.ini"), work, **options)  # type: ignore[arg-type]
        window.reader._open_external = opened.open
        return shown(qtbot, window)

    yield make
    for work in works:
        work.wait()
    for store in stores:
        store.close()


@pytest.fixture
def window(make_window) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window()  # type: ignore[no-any-return]


@pytest.fixture
def window_on(qtbot: QtBot, data_dir: Path) -> Iterator[Callable[[Path, NotesStore], MainWindow]]:
    """A window on a snapshot the test built and on notes it wrote, searched once; all closed afterwards."""
    opened: list[tuple[BackgroundWork, NotesStore, Catalog]] = []

    def make(snapshot: Path, notes: NotesStore) -> MainWindow:
        catalog, work = Catalog(snapshot), BackgroundWork()
        opened.append((work, notes, catalog))
        window = MainWindow(catalog, notes, WindowSettings(data_dir / "settings.ini"), work)
        window.remember_state = False
        return shown(qtbot, window)

    yield make
    for work, notes, catalog in opened:
        work.wait()
        notes.close()
        catalog.close()


def shown(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """``window`` on screen with its first search's results."""
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.show()
        window.run_search()
    return window


@pytest.fixture
def speak(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], None]]:
    """Switch the application to a language; back to English afterwards (the other tests' language)."""
    from tvet_desktop.ui.language import install

    cache = tmp_path_factory.mktemp("translations")
    yield lambda code: install(code, cache)
    install("en", cache)

"""Typing faster than searches finish: only the newest text is searched, and its results always appear.

The window's worker gets a one-thread pool that a gate job holds busy, so every search asked for while
typing is queued behind it, as on a slow machine with a large catalogue. Opening the gate lets them run.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QThreadPool

from tvet_desktop.library.search import Collection, search_library
from tvet_desktop.search.run import PAGE_SIZE, SearchOutcome, SearchRequest
from tvet_desktop.ui import main_window
from tvet_desktop.ui.worker import Latest

from .conftest import WAIT_MS
from .test_main_window import shown_ids

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from pytestqt.qtbot import QtBot

    from tvet_desktop.documents.service import DocumentService
    from tvet_desktop.library.store import NotesStore
    from tvet_desktop.search.engine import SearchEngine
    from tvet_desktop.ui.main_window import MainWindow


class Gate:
    """Holds the only worker thread of ``pool`` until opened."""

    def __init__(self, pool: QThreadPool) -> None:
        self.event = threading.Event()
        pool.start(lambda: self.event.wait(WAIT_MS / 1000))

    def open(self) -> None:
        self.event.set()


@pytest.fixture
def one_thread() -> Iterator[QThreadPool]:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    yield pool
    pool.waitForDone(WAIT_MS)


@pytest.fixture
def searched(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the window really searched for (the real search runs; it is only counted)."""
    texts: list[str] = []

    def counted(engine: SearchEngine, store: NotesStore, request: SearchRequest, collection: Collection,
                should_stop: Callable[[], bool] = lambda: False, page_size: int = PAGE_SIZE,
                documents: DocumentService | None = None, documents_unopened: bool = False) -> SearchOutcome | None:
        texts.append(request.text)
        return search_library(engine, store, request, collection, should_stop, page_size, documents,
                              documents_unopened)

    monkeypatch.setattr(main_window, "search_library", counted)
    return texts


def test_typing_ahead_of_the_searches_runs_only_the_newest(qtbot: QtBot, window: MainWindow, one_thread: QThreadPool,
                                                            searched: list[str]) -> None:
    window.work.pool = one_thread
    gate = Gate(one_thread)
    shown: list[str] = []
    window.search_finished.connect(lambda outcome: shown.append(outcome.request.text))
    typed = "welding safety"
    for char in typed:
        qtbot.keyClicks(window.search_field, char)
        window.run_search()  # as the debounce would, were each key slower than it
    gate.open()
    qtbot.waitUntil(lambda: shown == [typed], timeout=WAIT_MS)
    window.work.wait(WAIT_MS)
    assert searched == [typed]  # every older request was skipped before it started
    assert shown_ids(window) == ["welding-safety-guide"]
    assert window.results.count_label.text() == "<b>1</b> item"


def test_an_answer_overtaken_while_running_is_dropped(qtbot: QtBot, window: MainWindow) -> None:
    work, slot = window.work, Latest()
    started, release = threading.Event(), threading.Event()
    answers: list[str] = []

    def slow(replaced: Callable[[], bool]) -> str:
        started.set()
        release.wait(WAIT_MS / 1000)
        return "old"

    work.run_latest(slot, slow, answers.append, lambda error: answers.append(str(error)))
    assert started.wait(WAIT_MS / 1000)
    work.run_latest(slot, lambda replaced: "new", answers.append, lambda error: answers.append(str(error)))
    release.set()
    qtbot.waitUntil(lambda: not work.busy, timeout=WAIT_MS)
    assert answers == ["new"]


def test_a_running_job_learns_that_a_newer_request_replaced_it(qtbot: QtBot, window: MainWindow) -> None:
    """What lets a slow search stop early (see test_stopping_searches) instead of holding a thread."""
    work, slot = window.work, Latest()
    started = threading.Event()
    looks: list[bool] = []
    answers: list[str] = []

    def old(replaced: Callable[[], bool]) -> str:
        looks.append(replaced())
        started.set()
        deadline = time.monotonic() + WAIT_MS / 1000
        while not replaced() and time.monotonic() < deadline:
            time.sleep(0.005)
        looks.append(replaced())
        return "old"

    work.run_latest(slot, old, answers.append, lambda error: answers.append(str(error)))
    assert started.wait(WAIT_MS / 1000)
    work.run_latest(slot, lambda replaced: "new", answers.append, lambda error: answers.append(str(error)))
    qtbot.waitUntil(lambda: not work.busy, timeout=WAIT_MS)
    assert looks == [False, True]
    assert answers == ["new"]

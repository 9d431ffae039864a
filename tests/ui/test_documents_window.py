"""Documents in the window: File → Add documents… (and dropping files) adds them in the background with
progress, a count and Cancel; My documents lists them; a search shows a document with its pages; a page opens
at its text; failures are one sentence per file."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from tvet_desktop.library.search import MY_DOCUMENTS
from tvet_desktop.text import isolate
from tvet_desktop.ui.results_model import IdRole

from ..documents.files import encrypted_pdf, text_pdf
from .conftest import WAIT_MS

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from tvet_desktop.documents.service import DocumentService
    from tvet_desktop.ui.main_window import MainWindow


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    text_pdf(folder / "handbook.pdf", ["Safety first: masks.", "Welding arcs.", "Nothing.", "Welding quiz."],
             title="Workshop handbook")
    return folder


def add(qtbot: QtBot, window: MainWindow, paths: list[Path]) -> object:
    assert window.adder is not None
    with qtbot.waitSignal(window.adder.finished, timeout=WAIT_MS * 4) as finished:
        assert window.add_documents(paths)
    return finished.args[0]


def rows(window: MainWindow) -> list[tuple[str, str]]:
    model = window.results_model
    hits = [model.hit(row) for row in range(model.rowCount())]
    return [(hit.kind, hit.title) for hit in hits if hit is not None]


def test_add_a_folder_then_find_and_open_a_page(qtbot: QtBot, make_window, documents: DocumentService,  # type: ignore[no-untyped-def]
                                                stick: Path) -> None:
    window = make_window(documents=documents)
    add(qtbot, window, [stick])
    assert window.statusBar().currentMessage() == "1 document added."
    labels = [window.library.collections.item(row).text() for row in range(window.library.collections.count())]
    assert "My documents (1)" in labels

    window.search_field.setText("welding")
    qtbot.waitUntil(lambda: rows(window)[:2] == [("document", "Workshop handbook"), ("page", "p. 4")],
                    timeout=WAIT_MS)
    # The document's further page is a row under it, not a result of its own.
    found = window.results_model.rowCount() - 1
    assert window.results.count_label.text() == f"<b>{found}</b> item" + ("s" if found > 1 else "")
    assert window.timing_label.text().startswith(f"{found} result")
    window.results.list.setCurrentIndex(window.results_model.index(1))  # the page row
    reader = window.reading_area.documents.pdf if window.reading_area.documents else None
    assert window.reading_area.showing_document() and reader is not None
    assert reader.page_box.text() == "4 of 4" and reader.view.word_marks(3)  # "Welding" marked on page 4
    assert window.library.item is not None and window.library.item.title == "Workshop handbook"
    window.library.toggle_bookmark()  # a document is bookmarked like any item
    assert window.notes.is_bookmarked(window.library.item.id)

    window.library.collections.choose(MY_DOCUMENTS)
    qtbot.waitUntil(lambda: rows(window) == [("document", "Workshop handbook"), ("page", "p. 4")],
                    timeout=WAIT_MS)  # the query still holds: only documents now
    assert window.results.scope.isVisibleTo(window) and "only your documents" in window.results.scope.text()
    window.search_field.clear()
    qtbot.waitUntil(lambda: rows(window) == [("document", "Workshop handbook")], timeout=WAIT_MS)
    window.results.list.setCurrentIndex(window.results_model.index(0))
    assert window.results_model.index(0).data(IdRole) == documents.list()[0].id
    assert window.reading_area.showing_document() and reader.page() == 4  # where it was left


def test_a_document_s_pages_are_named_in_the_window_s_language(qtbot: QtBot, make_window, speak,  # type: ignore[no-untyped-def]
                                                               documents: DocumentService, tmp_path: Path) -> None:
    """The core gives a row's page as figures; the window words it whole: "p. 2 et 2 autres pages",
    "dans « … »", "PDF · 4 páginas", in the result list and in what a screen reader is told of a row."""
    text_pdf(tmp_path / "handbook.pdf", ["Safety first.", "Welding arcs, welding rods.", "Welding quiz.",
                                         "Welding again."], title="Workshop {draft} handbook")
    speak("fr")
    window = make_window(documents=documents)
    add(qtbot, window, [tmp_path / "handbook.pdf"])
    window.search_field.setText("welding")
    model = window.results_model
    qtbot.waitUntil(lambda: [hit.kind for hit in map(model.hit, range(3)) if hit] == ["document", "page", "page"],
                    timeout=WAIT_MS)
    document, page = model.hit(0), model.hit(1)
    assert document is not None and page is not None
    best = document.document.page
    assert document.mark == f"p.\u00a0{best} et 2 autres pages"
    assert document.snippet_html.startswith(f"<b>p.\u00a0{best}</b>\u00a0: ") and "p. " not in document.snippet_html
    in_the_document = f"dans «\u00a0{isolate('Workshop {draft} handbook')}\u00a0»"  # the title keeps its direction
    assert page.title == f"p.\u00a0{page.document.page}" and page.mark == in_the_document
    described = str(model.index(1).data(Qt.ItemDataRole.AccessibleDescriptionRole))
    assert in_the_document in described
    window.grab()  # the rows paint (a title with braces once broke the painter's template)

    speak("es")
    window.library.collections.choose(MY_DOCUMENTS)
    window.search_field.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 1 and getattr(model.hit(0), "snippet", "") == "PDF · 4 páginas",
                    timeout=WAIT_MS)
    assert model.hit(0).mark == "handbook.pdf"


def test_dropping_files_on_the_window_adds_them(qtbot: QtBot, make_window, documents: DocumentService,  # type: ignore[no-untyped-def]
                                                stick: Path) -> None:
    window = make_window(documents=documents)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(stick / "handbook.pdf"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    assert window.adder is not None
    with qtbot.waitSignal(window.adder.finished, timeout=WAIT_MS * 4):
        window.dropEvent(event)
    assert [d.title for d in documents.list()] == ["Workshop handbook"]


def test_failures_are_one_sentence_each_and_the_others_are_added(qtbot: QtBot, make_window,  # type: ignore[no-untyped-def]
                                                                 documents: DocumentService, stick: Path) -> None:
    encrypted_pdf(stick / "secret.pdf")
    (stick / "empty.md").write_text("")
    window = make_window(documents=documents)
    report = add(qtbot, window, [stick])
    assert len(report.added) == 1  # type: ignore[attr-defined]
    box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
    assert box.text().splitlines()[2:] == [
        "• “empty.md” is empty (0 bytes); there is nothing to add.",
        "• “secret.pdf” is protected by a password; open it in the program that made it, save a copy without the "
        "password, and add that."]
    box.close()


def test_in_a_french_window_a_file_that_cannot_be_added_is_said_in_french(  # type: ignore[no-untyped-def]
        qtbot: QtBot, make_window, documents: DocumentService, stick: Path, tmp_path: Path) -> None:
    from tvet_desktop.ui.language import install

    encrypted_pdf(stick / "secret.pdf")
    (stick / "notes.pdf").write_text("only text, whatever its name says")
    install("fr", tmp_path)
    try:
        window = make_window(documents=documents)
        report = add(qtbot, window, [stick])
        assert len(report.added) == 1  # type: ignore[attr-defined]
        box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
        assert box.text().splitlines()[2:] == [
            "• «\u00a0notes.pdf\u00a0» n’est pas un PDF, quoi qu’en dise son nom (il contient du texte brut)\u00a0; "
            "vérifiez que c’est bien le fichier voulu.",
            "• «\u00a0secret.pdf\u00a0» est protégé par un mot de passe\u00a0; ouvrez-le dans le programme qui l’a "
            "créé, enregistrez-en une copie sans mot de passe et ajoutez celle-ci."]
        box.close()
    finally:
        install("en", tmp_path)


def test_adding_runs_in_the_background_and_cancel_keeps_what_was_added(qtbot: QtBot, make_window,  # type: ignore[no-untyped-def]
                                                                       documents: DocumentService,
                                                                       tmp_path: Path) -> None:
    many = tmp_path / "many"
    many.mkdir()
    for number in range(30):
        # Long enough that all 30 take seconds to add: the cancel below comes well before the end.
        text_pdf(many / f"{number:02d}.pdf", [f"Document {number} about welding masks"] * 240)
    window = make_window(documents=documents)
    assert window.adder is not None
    with qtbot.waitSignal(window.adder.finished, timeout=WAIT_MS * 12) as finished:
        window.add_documents([many])
        qtbot.waitUntil(lambda: window.adder.bar.value() >= 2, timeout=WAIT_MS)
        assert window.adder.isVisible() and window.adder.count.text().startswith("Adding ")
        assert window.adder.count.text().endswith("of 30: " + f"{window.adder.bar.value():02d}.pdf")
        with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):  # the window still answers meanwhile
            window.search_field.setText("masks")
        window.adder.cancel_button.click()
    report = finished.args[0]
    assert report.stopped and 2 <= len(report.added) < 30 and not window.adder.isVisible()
    assert len(documents.list()) == len(report.added)


def test_the_file_dialogs_start_in_the_folder_documents_last_came_from(tmp_path: Path) -> None:
    from pathlib import Path as RealPath

    from tvet_desktop.ui.settings import WindowSettings

    settings = WindowSettings(tmp_path / "settings.ini")
    assert settings.documents_folder() == str(RealPath.home())  # not the folder the app was started from
    stick = tmp_path / "stick"
    stick.mkdir()
    settings.save_documents_folder(stick)
    assert WindowSettings(tmp_path / "settings.ini").documents_folder() == str(stick)
    stick.rmdir()  # the USB stick taken out
    assert settings.documents_folder() == str(RealPath.home())

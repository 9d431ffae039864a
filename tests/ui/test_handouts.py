"""Handouts for a session: a reading list, an item or My notes as a PDF, read back with poppler's pdftotext
as a person reading the pages would; also from the command line, and in the interface's language."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tvet_desktop.library.search import Collection

from .conftest import WAIT_MS

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from tvet_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="needs poppler-utils (packaging/system-deps.sh test installs it)")

FRENCH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="fr"><context><name>handout</name>
<message><source>My note</source><translation>Ma note</translation></message>
<message><source>{title} · page {page} of {pages}</source>
<translation>{title} · page {page} sur {pages}</translation></message>
</context></TS>
"""


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def save(qtbot: QtBot, window: MainWindow, path: Path) -> str:
    handout = window.handouts.current()
    assert handout is not None
    with qtbot.waitSignal(window.handouts.saved, timeout=WAIT_MS):
        window.handouts.save_pdf_to(handout, path)
    return pdf_text(path)


def test_a_reading_list_handout_has_contents_details_notes_and_sources(qtbot: QtBot, window: MainWindow,
                                                                       tmp_path: Path) -> None:
    store = window.notes
    week = store.create_list("Welding — week 3")
    store.add_to_list(week.id, "welding-safety-guide", "Welding safety guide for trainers")
    store.add_to_list(week.id, "greening-tvet", "Greening TVET")
    store.save_item_note("welding-safety-guide", "Start with the **masks**.", "Welding safety guide", None)
    window.library.refresh()
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.library.collections.choose(Collection("list", week.id, "Welding — week 3"))
    text = save(qtbot, window, tmp_path / "week3.pdf")
    assert text.index("Welding — week 3") < text.index("Contents") < text.index("Welding safety guide for trainers")
    assert "page 1" in text and "Greening TVET" in text
    assert "Publication · 2021 · Kenya" in text and "Amina Odhiambo" in text  # details
    assert "My note" in text and "Start with the masks." in text
    assert "Source: https://example.org/welding" in text
    assert "From the TVET Desktop catalogue v1" in text and "UNESCO-UNEVOC" in text
    assert "Welding — week 3 · page 1 of 1" in text
    assert f"Saved the handout “Welding — week 3” to {tmp_path / 'week3.pdf'}" in window.statusBar().currentMessage()


def test_the_open_item_or_nothing(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert window.handouts.current() is None
    assert "Open an item, or choose a reading list or My notes" in window.statusBar().currentMessage()
    window.open_item("solar-installers-practice")
    text = save(qtbot, window, tmp_path / "item.pdf")
    assert "Training solar installers in rural areas" in text and "Contents" not in text


def test_a_handout_speaks_the_interface_s_language(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=os.path.dirname(sys.executable))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    (tmp_path / "fr.ts").write_text(FRENCH, encoding="utf-8")
    subprocess.run([lrelease, str(tmp_path / "fr.ts"), "-qm", str(tmp_path / "fr.qm")], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "fr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        window.notes.save_item_note("greening-tvet", "Compare with our centre.", "Greening TVET", None)
        window.open_item("greening-tvet")
        text = save(qtbot, window, tmp_path / "fr.pdf")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "Ma note" in text and "Greening TVET · page 1 sur 1" in text


def test_the_handout_command_for_scripts(tmp_path: Path, data_dir: Path, snapshot_path: Path) -> None:
    from tvet_desktop.library.store import open_notes

    store = open_notes(data_dir)
    week = store.create_list("Week 3")
    store.add_to_list(week.id, "greening-tvet", "Greening TVET")
    store.close()

    def handout(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "tvet_desktop", "--catalog", str(snapshot_path), "handout",
                               *args], capture_output=True, text=True, timeout=60, check=False,
                              env=dict(os.environ, TVET_DESKTOP_DATA_DIR=str(data_dir)))

    done = handout("week 3", str(tmp_path / "out.pdf"))
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Wrote {tmp_path / 'out.pdf'}: “Week 3”, 1 page.\n"
    assert "Greening TVET" in pdf_text(tmp_path / "out.pdf")
    missing = handout("no such list", str(tmp_path / "x.pdf"))
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1
    assert "no reading list, item or note" in missing.stderr
    nowhere = handout("My notes", str(tmp_path / "no" / "x.pdf"))
    assert nowhere.returncode == 1 and "does not exist" in nowhere.stderr


def test_a_list_and_notes_with_the_user_s_documents(qtbot: QtBot, tmp_path: Path, data_dir: Path,
                                                    snapshot_path: Path) -> None:
    """A reading list holding one of the user's documents: the handout names it with its note, not as gone
    from the catalogue (the window's and the command line's; by its id too)."""
    from tvet_desktop.documents.service import DocumentService
    from tvet_desktop.library.store import open_notes

    from ..documents.files import text_pdf

    service = DocumentService.open()
    (document,) = service.add([text_pdf(tmp_path / "guide.pdf", ["Arc welding"], title="Workshop guide")]).added
    service.close()
    store = open_notes(data_dir)
    week = store.create_list("Week 3")
    store.add_to_list(week.id, document.id, document.title)
    store.add_to_list(week.id, "greening-tvet", "Greening TVET")
    store.save_item_note(document.id, "Read page 1 together.", document.title, None)
    store.close()
    for what in ("week 3", document.id, "My notes"):
        done = subprocess.run([sys.executable, "-m", "tvet_desktop", "--catalog", str(snapshot_path), "handout",
                               what, str(tmp_path / "out.pdf")], capture_output=True, text=True, timeout=60,
                              check=False, env=dict(os.environ, TVET_DESKTOP_DATA_DIR=str(data_dir)))
        assert done.returncode == 0, done.stderr
        text = pdf_text(tmp_path / "out.pdf")
        assert "Workshop guide" in text and "Read page 1 together." in text and "No longer" not in text, what

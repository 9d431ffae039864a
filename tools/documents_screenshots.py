"""The README's pictures of documents (``make screenshots`` runs it): a trainer's own PDFs found by a search
("p. 12 and 2 more pages"), a note quoting one with its page, a catalogue item's documents kept offline, File →
Storage… and a reading list's "Keep this list offline".

Run with TVET_DESKTOP_DATA_DIR set to a throw-away folder. Everything goes through the command line a trainer
and a content team use (documents add, notes set, keygen, publish, trust, sync, offline add, lists) and the
window's own --screenshot; the Storage dialog and the reading list are the real window's, built in this process.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))
import screenshots
from document_texts import CENTRE, HANDOUT, ISOLATION, SOLAR, WELDING
from screenshots import DOCS, REPO, wait_until, write_source

CLI = str(Path(sys.executable).with_name("tvet-desktop"))
GUIDE_ID = "safe-isolation-of-electrical-circuits-trainers-guide"
LESSONS_ID = "solar-pv-installer-lesson-plans-for-level-3"


def write_pdf(path: Path, document: tuple[str, list[tuple[str, list[str]]]]) -> Path:
    """An A4 PDF with a text layer: the title on page 1, one section a page, a footer with the page number."""
    title, sections = document
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setResolution(72)  # one unit is one PDF point
    writer.setTitle(title)
    writer.setCreator(CENTRE)
    painter = QPainter(writer)
    body, small = QFont("DejaVu Sans", 11), QFont("DejaVu Sans", 8)
    heading = QFont("DejaVu Sans", 15, QFont.Weight.Bold)
    for number, (section, paragraphs) in enumerate(sections, start=1):
        if number > 1:
            writer.newPage()
        top = 70.0
        if number == 1:
            painter.setFont(QFont("DejaVu Sans", 22, QFont.Weight.Bold))
            box = painter.boundingRect(QRectF(60, top, 475, 200), Qt.TextFlag.TextWordWrap, title)
            painter.drawText(box, Qt.TextFlag.TextWordWrap, title)
            top = box.bottom() + 16
        painter.setFont(heading)
        painter.drawText(QRectF(60, top, 475, 30), section)
        top += 36
        painter.setFont(body)
        for paragraph in paragraphs:
            box = painter.boundingRect(QRectF(60, top, 475, 400), Qt.TextFlag.TextWordWrap, paragraph)
            painter.drawText(box, Qt.TextFlag.TextWordWrap, paragraph)
            top = box.bottom() + 12
        painter.setFont(small)
        painter.drawText(QRectF(60, 800, 475, 14), f"{CENTRE} — {title} — page {number}")
    painter.end()
    return path


def run(*args: str) -> str:
    done = subprocess.run([CLI, *args], check=True, capture_output=True, text=True)
    return done.stdout


def shot(name: str, *args: str) -> None:
    run("--screenshot", str(DOCS / name), *args)
    print(f"Saved docs/{name}")
    smaller(DOCS / name)


def sample_catalogue(folder: Path) -> Path:
    """The bundled catalogue's source with one sample item added that carries documents: a trainer's guide (a
    PDF) and its pocket card (text), as a publisher's update would bring them."""
    items = [json.loads(line) for line in (REPO / "resources" / "catalog.jsonl").read_text("utf-8").splitlines()]
    folder.mkdir(parents=True)
    write_pdf(folder / "safe-isolation.pdf", ISOLATION)
    (folder / "pocket-card.txt").write_text(HANDOUT, encoding="utf-8")
    guide: dict[str, object] = {field: None if not isinstance(value, list) else [] for field, value in items[0].items()}
    guide.update(
        id=GUIDE_ID, kind="resource", title=ISOLATION[0], year=2026, languages=["en"], institution=CENTRE,
        themes=["teachers and trainers", "curriculum development"],
        summary="A sample item for the README's pictures: one procedure for teaching and assessing safe isolation.",
        body="Format: trainer's guide with a pocket card for learners.",
        attachments=[{"path": "safe-isolation.pdf", "media_type": "application/pdf",
                      "title": "Trainer's guide (PDF)", "language": "en"},
                     {"path": "pocket-card.txt", "media_type": "text/plain", "title": "Pocket card for learners",
                      "language": "en"}])
    write_pdf(folder / "solar-lesson-plan.pdf", SOLAR)
    lessons = dict(guide, id=LESSONS_ID, title="Solar PV installer: lesson plans for level 3",
                   summary="A sample item for the README's pictures: lesson plans for a solar PV installer course.",
                   body="Format: lesson plans.", themes=["greening TVET", "curriculum development"],
                   attachments=[{"path": "solar-lesson-plan.pdf", "media_type": "application/pdf",
                                 "title": "Session 4: mounting and wiring (PDF)", "language": "en"}])
    return write_source(folder, sorted([*items, guide, lessons], key=lambda item: str(item["id"])))


def save(widget: QWidget, name: str) -> None:
    screenshots.save(widget, name)
    smaller(DOCS / name)


def smaller(path: Path) -> None:
    """The README's pictures in 256 colours (a third of the size) when pngquant is there."""
    if shutil.which("pngquant"):
        subprocess.run(["pngquant", "--force", "--quality", "70-95", "--output", str(path), str(path)], check=True)


def window_pictures(handbook: str) -> None:
    """The Storage dialog and a reading list's results, from the real window built as the app builds it."""
    from tvet_desktop.catalog.snapshot import Catalog
    from tvet_desktop.library.search import EVERYTHING, Collection
    from tvet_desktop.library.store import open_notes
    from tvet_desktop.paths import settings_file
    from tvet_desktop.sync.service import UpdateService
    from tvet_desktop.ui.app import open_documents
    from tvet_desktop.ui.language import install as install_language
    from tvet_desktop.ui.main_window import MainWindow
    from tvet_desktop.ui.palette import apply_theme
    from tvet_desktop.ui.settings import WindowSettings
    from tvet_desktop.ui.worker import BackgroundWork

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language("en", Path(os.environ["TVET_DESKTOP_DATA_DIR"]) / "cache" / "translations")
    apply_theme(app, "light")
    updates, notes, work = UpdateService.for_this_user(), open_notes(backup=False), BackgroundWork()
    documents = open_documents()
    window = MainWindow(Catalog(updates.active().path), notes, WindowSettings(settings_file()), work, updates,
                        documents=documents, defer_setup=True)
    window.remember_state = False
    window.resize(1366, 768)
    window.fit_panes(1366, 768)
    window.show()
    window.run_search()
    wait_until(lambda: window.setup.done)
    week = notes.find_list("Electrical — week 2")
    assert week is not None
    window.library.refresh()
    window.library.collections.choose(Collection("list", week.id, week.name))
    wait_until(lambda: window.results.scope.isVisible())
    window.open_item(LESSONS_ID)  # its document not kept yet: "Keep offline"
    wait_until(lambda: window.attachments is not None and bool(window.attachments.infos))
    save(window, "screenshot-offline-list.png")
    window.library.collections.choose(EVERYTHING)
    window.search_field.setText("fume extraction")
    wait_until(lambda: window.results_model.rowCount() > 0)
    wait_until(lambda: False, 1)  # the search as typed has settled
    window.open_item(handbook, 12)  # as its row opens it: at its best page
    window.library.panel.preview_toggle.setChecked(True)
    wait_until(lambda: "p. 12" in window.library.panel.preview.toPlainText(), 5)
    wait_until(lambda: False, 1)  # its pages drawn
    save(window, "screenshot-document-note.png")
    dialog = window.open_storage_dialog()
    assert dialog is not None
    dialog.resize(640, 460)
    wait_until(lambda: False, 2)  # its sizes and the free space are read in the background
    save(dialog, "screenshot-storage.png")
    dialog.close()
    work.wait()
    window.close_catalogs()
    notes.close()
    if documents is not None:
        documents.close()


def main() -> int:
    if "TVET_DESKTOP_DATA_DIR" not in os.environ:
        print("Set TVET_DESKTOP_DATA_DIR to a throw-away folder first.", file=sys.stderr)
        return 2
    QApplication([*sys.argv[:1], "-style", "Fusion"])  # the PDFs' fonts, then the window
    with tempfile.TemporaryDirectory() as scratch:
        work_dir = Path(scratch)
        usb = work_dir / "USB" / "Workshop handouts"
        usb.mkdir(parents=True)
        write_pdf(usb / "welding-safety-handbook.pdf", WELDING)
        write_pdf(usb / "solar-pv-lesson-plan-session-4.pdf", SOLAR)
        added = json.loads(run("documents", "add", str(usb), "--json"))
        handbook = next(doc["id"] for doc in added if doc["path"].endswith("welding-safety-handbook.pdf"))
        shot("screenshot-document-search.png", "--query", "fume extraction", "--size", "1366x768")
        run("notes", "set", handbook,
            "Tuesday, bay 3: every pair does the extraction check before welding.\n\n"
            "> Before each session, switch the fume extraction on and hold a strip of paper at the mouth of the "
            "hood: it must be drawn in firmly. (p. 12)\n\nAsk them what a fluttering strip means.")
        run("keygen", str(work_dir / "keys"))
        run("publish", str(sample_catalogue(work_dir / "source")), str(work_dir / "repo"),
            "--key", str(work_dir / "keys" / "tvet-signing.key"))
        run("trust", str(work_dir / "keys" / "tvet-signing.pub"))
        from tvet_desktop.sync.serve import serving

        with serving(work_dir / "repo") as url:
            run("sync", "--server", url)
            run("offline", "add", GUIDE_ID)
        run("lists", "create", "Electrical — week 2")
        run("lists", "add", "Electrical — week 2", GUIDE_ID, LESSONS_ID, handbook)
        shot("screenshot-catalogue-documents.png", "--query", "safe isolation", "--select", GUIDE_ID,
             "--size", "1366x768")
        window_pictures(handbook)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The README's pictures of the dialogs (``make screenshots`` also takes the main window's): the update
dialog after an update with "What changed", File → Share with this room, and a handout's first page.

Run with TVET_DESKTOP_DATA_DIR set to a throw-away folder: it makes a signing key, publishes a version 2 of
the catalogue beside it, and installs it there, as a content team and a trainer would.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.library.handout import list_handout
from tvet_desktop.library.store import open_notes
from tvet_desktop.paths import bundled_snapshot
from tvet_desktop.sync.keys import generate_keys
from tvet_desktop.sync.publish import publish
from tvet_desktop.sync.serve import serving
from tvet_desktop.sync.service import UpdateService
from tvet_desktop.ui.handout_print import labels, write_pdf
from tvet_desktop.ui.palette import apply_theme
from tvet_desktop.ui.share_dialog import ShareDialog
from tvet_desktop.ui.sync_dialog import SyncDialog
from tvet_desktop.ui.worker import BackgroundWork

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"


def version_2(folder: Path) -> Path:
    """The catalogue with one item revised, one added and one removed."""
    items = [json.loads(line) for line in (REPO / "resources" / "catalog.jsonl").read_text("utf-8").splitlines()]
    items[3]["summary"] = "Revised for this picture."
    added = dict(items[0], id="welding-in-rural-centres", title="Welding in rural training centres: a handbook",
                 summary="A handbook added in version 2.", year=2026)
    kept = sorted([added, *items[:10], *items[11:]], key=lambda item: item["id"])
    folder.mkdir(parents=True)
    return write_source(folder, kept)


def write_source(folder: Path, items: list[dict[str, object]]) -> Path:
    """A catalogue source folder of version 2 holding ``items`` (sorted by id)."""
    (folder / "catalog.jsonl").write_text("".join(json.dumps(i, ensure_ascii=False, sort_keys=True) + "\n"
                                                  for i in items), encoding="utf-8")
    (folder / "snapshot.json").write_text(json.dumps({"catalogue_version": 2, "created": "2026-12-04T00:00:00Z"}))
    return folder


def wait_until(done: object, seconds: float = 30) -> None:
    loop = QEventLoop()
    timer = QTimer(interval=50)
    timer.timeout.connect(lambda: loop.quit() if done() else None)  # type: ignore[operator]
    timer.start()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(DOCS / name))
    print(f"Saved docs/{name}")


def main() -> int:
    app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    apply_theme(app, "light")
    service, work = UpdateService.for_this_user(), BackgroundWork()
    with tempfile.TemporaryDirectory() as scratch:
        work_dir = Path(scratch)
        private, public = generate_keys(work_dir / "keys")
        service.trust_key(public)
        publish(version_2(work_dir / "source"), work_dir / "repo", private, bundled_snapshot())
        dialog = SyncDialog(service, work)
        dialog.resize(620, 640)
        dialog.show()
        with serving(work_dir / "repo") as url:
            dialog.server.setText(url)
            dialog.start_sync()
            wait_until(lambda: not dialog.running and dialog.changes.isVisible())
        save(dialog, "screenshot-update.png")
        share = ShareDialog(service, work, addresses=["127.0.0.1"])
        share.choices[0].setChecked(True)
        share.resize(560, 440)
        share.show()
        share.start()
        wait_until(lambda: share.share is not None)
        save(share, "screenshot-share.png")
        share.stop()
        notes = open_notes(backup=False)
        with Catalog(service.active().path) as catalog:
            week = notes.find_list("Welding — week 3")
            if week is not None:
                pdf = work_dir / "handout.pdf"
                write_pdf(list_handout(catalog, notes, week.id, week.name, labels()), pdf)
                if shutil.which("pdftoppm"):
                    subprocess.run(["pdftoppm", "-r", "70", "-f", "1", "-l", "1", "-singlefile", "-png", str(pdf),
                                    str(DOCS / "screenshot-handout")], check=True)
                    print("Saved docs/screenshot-handout.png")
        notes.close()
    work.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""kill -9 while adding a folder, at random moments: afterwards every document is either fully there (its rows,
every page indexed, its file with the right content) or absent, nothing is left half-copied once documents are
opened again, and the notes are untouched."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from typing import TYPE_CHECKING

from tvet_desktop.documents.service import DocumentService
from tvet_desktop.library.store import open_notes

from .files import text_pdf

if TYPE_CHECKING:
    from pathlib import Path

KILLS = 12
FILES, PAGES = 40, 80


def check_whole(service: DocumentService) -> set[str]:
    """Every document whole; returns their file names."""
    conn = sqlite3.connect(service.store.folder / "documents.sqlite")
    for doc_id, pages, sha, stored in conn.execute("SELECT id, pages, sha256, stored FROM documents"):
        n = conn.execute("SELECT count(*) FROM pages p JOIN documents d ON d.n = p.document WHERE d.id = ?",
                         (doc_id,)).fetchone()[0]
        assert n == pages == PAGES, doc_id
        assert hashlib.sha256((service.store.folder / stored).read_bytes()).hexdigest() == sha
        marker = service.get(doc_id)
        assert marker is not None
        number = marker.file_name.split(".")[0]
        assert [h.document.id for h in service.search(f"marker{number}", prefix=False).hits] == [doc_id]
    conn.execute("INSERT INTO pages_fts(pages_fts) VALUES ('integrity-check')")
    conn.execute("CREATE VIRTUAL TABLE temp.counted USING fts5vocab(main, pages_fts, 'row')")
    # the page lists' counts are those of the pages there (bm25's idf depends on them)
    assert dict(conn.execute("SELECT term, doc FROM temp.counted")) == dict(conn.execute("SELECT * FROM term_pages"))
    assert not conn.execute("SELECT count(*) FROM page_lists WHERE page NOT IN (SELECT n FROM pages)").fetchone()[0]
    conn.close()
    names = {d.file_name for d in service.list()}
    assert len(list(service.store.files.glob("*/*"))) == len(names)  # no file without its rows
    assert not list(service.store.incoming.iterdir())  # no copy left half-made
    return names


def test_kill_9_at_random_moments_leaves_each_document_whole_or_absent(tmp_path: Path, data_dir: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    for number in range(FILES):
        text_pdf(stick / f"{number:02d}.pdf", [f"marker{number:02d} page {page} welding safety for apprentices "
                                               f"and trainers in the workshop" for page in range(PAGES)])
    notes = open_notes(data_dir, backup=False)
    note = notes.create_note("Session plan", "Week 3: welding")
    notes.close()
    command = [sys.executable, "-m", "tvet_desktop", "documents", "add", str(stick)]
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    # How long adding them all takes here (in another data folder): the kills fall within it, on a fast machine
    # (half a second) as on a slow one.
    started = time.monotonic()
    subprocess.run(command, env={**environment, "TVET_DESKTOP_DATA_DIR": str(tmp_path / "timing")},
                   capture_output=True, check=True)
    whole = time.monotonic() - started
    chance = random.Random(11)
    seen: list[int] = []
    for _ in range(KILLS):
        run = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(chance.uniform(0.3, 0.8) * whole)
        run.send_signal(signal.SIGKILL)
        run.wait()
        for part in (data_dir / "documents" / "incoming").glob("*.part"):
            os.utime(part, (time.time() - 120, time.time() - 120))  # the next start comes later than a minute
        service = DocumentService.open()  # tidies what the kill left
        seen.append(len(check_whole(service)))
        service.close()
    assert min(seen[1:]) > 0 and seen[0] < FILES, seen  # kills fell while files were being added
    finish = subprocess.run(command, env=environment, capture_output=True, check=False)
    assert finish.returncode == 0, finish.stderr
    service = DocumentService.open()
    assert len(check_whole(service)) == FILES
    service.close()
    notes = open_notes(data_dir, backup=False)
    assert notes.list_notes() == [note]
    notes.close()

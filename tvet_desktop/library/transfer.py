"""Export and import of notes, bookmarks and reading lists.

An export is a folder a colleague can read without the app (one Markdown file per note and per
list, plus ``notes.json`` with everything), or the same folder packed as one ``.zip`` file. File names
come from titles and ids but are always safe (whatever an imported id holds).
Import merges, all or nothing: the whole file is checked first, a backup of your notes is made, and
everything is added in one transaction. Nothing already present is changed, a list from elsewhere that
has the name of one of yours is kept apart, and importing the same export twice adds nothing.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..text import counted
from .backups import BackupFailed
from .database import UserDatabase, UserDataError, connect
from .export_format import FORMAT, FORMAT_VERSION, MANIFEST, ImportedList, NotAnExport, dumps, loads
from .sentences import Sentence
from .store import Note, NotesStore, SaveFailed

MAX_IMPORT_BYTES = 200 * 1024 * 1024


class ExportExists(UserDataError):
    """The export's file is already there; the caller asks before replacing it."""


@dataclass
class ImportReport:
    notes: int = 0
    notes_as_copies: int = 0
    bookmarks: int = 0
    lists: int = 0
    list_items: int = 0
    lists_kept_apart: list[tuple[str, str]] = field(default_factory=list)  # (name in the export, name given)

    def sentence(self) -> str:
        parts = [counted(self.notes, "note", "notes"), counted(self.bookmarks, "bookmark", "bookmarks"),
                 counted(self.lists, "reading list", "reading lists"),
                 counted(self.list_items, "list entry", "list entries")]
        text = "Added " + ", ".join(parts) + "."
        if self.notes_as_copies:
            text += (f" {self.notes_as_copies} imported note(s) differed from yours on the same item and were kept "
                     "as separate notes.")
        for theirs, given in self.lists_kept_apart:
            text += f" The imported list “{theirs}” has the name of one of yours, so it was kept apart as “{given}”."
        return text


# -- export ------------------------------------------------------------------------------------
def export(store: NotesStore, path: Path, list_id: str | None = None, overwrite: bool = False) -> int:
    """Write everything (or one reading list and the notes on its items) to ``path``; returns the note count.
    An existing ``.zip`` file is replaced only with ``overwrite`` (:class:`ExportExists` otherwise)."""
    data = _collect(store, list_id)
    packed = path.suffix.lower() == ".zip"
    if not path.parent.is_dir():
        raise UserDataError(Sentence("no-export-folder", folder=path.parent))
    if packed and path.is_dir():
        raise UserDataError(Sentence("zip-is-folder", path=path))
    if packed and path.exists() and not overwrite:
        raise ExportExists(Sentence("export-exists", path=path))
    if not packed and path.exists() and not path.is_dir():
        raise UserDataError(Sentence("export-into-file", path=path))
    if not packed and path.exists() and any(path.iterdir()):
        raise UserDataError(Sentence("export-folder-not-empty", path=path))
    try:
        with tempfile.TemporaryDirectory(prefix=".tvet-export-", dir=path.parent) as staging_root:
            staging = Path(staging_root) / "export"
            _write_folder(staging, data)
            if packed:
                archive_path = Path(staging_root) / "export.zip"
                with zipfile.ZipFile(archive_path, "w", zipfile.ZIP_DEFLATED) as archive:
                    for file in sorted(staging.rglob("*")):
                        archive.write(file, file.relative_to(staging).as_posix())
                os.replace(archive_path, path)
            else:
                if path.exists():
                    path.rmdir()
                shutil.move(str(staging), path)
    except OSError as error:
        raise UserDataError(Sentence("export-not-written", path=path, problem=error.strerror or error)) from None
    return len(data["notes"])


def _collect(store: NotesStore, list_id: str | None) -> dict[str, Any]:
    lists = [rl for rl in store.lists() if list_id in (None, rl.id)]
    listed: list[dict[str, Any]] = [{"id": rl.id, "name": rl.name,
               "items": [{"item_id": e.item_id, "title": e.title} for e in store.list_items(rl.id)]} for rl in lists]
    notes = store.list_notes()
    bookmarks = [{"item_id": b.item_id, "title": b.title} for b in store.bookmarks()]
    if list_id is not None:
        on_list = {entry["item_id"] for rl in listed for entry in rl["items"]}
        notes = [n for n in notes if n.item_id in on_list]
        bookmarks = []
    return {"format": FORMAT, "version": FORMAT_VERSION, "notes": [n._asdict() for n in notes],
            "bookmarks": bookmarks, "lists": listed}


def _write_folder(folder: Path, data: dict[str, Any]) -> None:
    (folder / "notes").mkdir(parents=True)
    (folder / "lists").mkdir()
    (folder / MANIFEST).write_text(dumps(data), encoding="utf-8")
    used: set[str] = set()
    for note in data["notes"]:
        header = [f"# {note['title'] or 'Untitled note'}", ""]
        if note["item_id"]:
            header.append(f"Catalogue item: `{note['item_id']}`  ")
        header += [f"Last changed: {note['updated_at']}", "", ""]
        name = _file_name(note["title"], note["id"], used)
        (folder / "notes" / name).write_text("\n".join(header) + note["text"] + "\n", encoding="utf-8")
    for reading_list in data["lists"]:
        lines = [f"# {reading_list['name']}", ""]
        lines += [f"{n}. {e['title']} (`{e['item_id']}`)" for n, e in enumerate(reading_list["items"], 1)]
        name = _file_name(reading_list["name"], reading_list["id"], used)
        (folder / "lists" / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:50]


def _file_name(title: str, entry_id: str, used: set[str]) -> str:
    """``title-1a2b3c4d.md`` from letters and digits only: an id from an import may hold ``/``, ``..`` or a
    name Windows reserves, none of which survives here. Two entries never get the same name."""
    stem = "-".join(part for part in (_slug(title) or "note", _slug(entry_id)[:8]) if part)
    name, number = f"{stem}.md", 1
    while name in used:
        number += 1
        name = f"{stem}-{number}.md"
    used.add(name)
    return name


# -- import ------------------------------------------------------------------------------------
def import_(store: NotesStore, path: Path) -> ImportReport:
    """Merge the export at ``path`` into ``store``: all of it, or (on any error) nothing."""
    data = loads(_read(path), str(path))
    if store.read_only:
        raise SaveFailed(Sentence("nothing-imported", reason=store.read_only))
    if store.database is not None:
        try:
            store.database.backup(store.conn)  # the notes as they were, should the import be unwanted
        except BackupFailed as error:
            raise UserDataError(Sentence("import-no-backup", reason=error.sentence or str(error))) from None
    report = ImportReport()
    with store.all_or_nothing():
        for note in data.notes:
            _import_note(store, note, report)
        for mark in data.bookmarks:
            if not store.is_bookmarked(mark.item_id):
                store.set_bookmark(mark.item_id, mark.title, True)
                report.bookmarks += 1
        for imported in data.lists:
            _import_list(store, imported, report)
    return report


def import_into(database: UserDatabase, path: Path) -> ImportReport:
    """:func:`import_` on a thread of its own (the window's worker), through a connection of its own: a
    connection writes only on the thread that opened it."""
    if database.read_only:
        raise SaveFailed(Sentence("nothing-imported", reason=database.read_only))
    try:
        conn = connect(database.path, busy_timeout_ms=database.patience.busy_timeout_ms)
    except sqlite3.DatabaseError as error:
        raise SaveFailed(Sentence("import-cannot-open", problem=error)) from None
    store = NotesStore(conn, database.clock, database)
    try:
        return import_(store, path)
    finally:
        store.close()


def _import_note(store: NotesStore, note: Note, report: ImportReport) -> None:
    same_id = store.get_note(note.id)
    if same_id is not None and same_id.text == note.text:
        return
    mine = store.note_for_item(note.item_id) if note.item_id else None
    if same_id is None and (mine is None or mine.text == note.text):
        if mine is None:
            store.create_note(note.title, note.text, note_id=note.id, item_id=note.item_id,
                              created_at=note.created_at, updated_at=note.updated_at)
            report.notes += 1
        return
    # Both sides wrote something different: keep both, the imported one as a separate note.
    title = f"{note.title} (imported note)"
    if any(existing.title == title and existing.text == note.text for existing in store.list_notes()):
        return
    store.create_note(title, note.text)
    report.notes += 1
    report.notes_as_copies += 1


def _import_list(store: NotesStore, imported: ImportedList, report: ImportReport) -> None:
    """The same list (same id) gets the entries it lacks; a list of another origin that has the name of one of
    yours is kept apart under a name of its own, never merged into yours."""
    target = next((rl for rl in store.lists() if rl.id == imported.id), None)
    if target is None:
        name, number = imported.name, 1
        while store.find_list(name) is not None:
            number += 1
            name = f"{imported.name} (imported)" if number == 2 else f"{imported.name} (imported {number - 1})"
        if name != imported.name:
            report.lists_kept_apart.append((imported.name, name))
        target = store.create_list(name, list_id=imported.id)
        report.lists += 1
    for entry in imported.items:
        report.list_items += store.add_to_list(target.id, entry.item_id, entry.title)


def _read(path: Path) -> str:
    if not path.exists():
        raise NotAnExport(Sentence("no-such-path", path=path))
    try:
        if path.is_dir():
            manifest = path / MANIFEST
            if manifest.stat().st_size > MAX_IMPORT_BYTES:
                raise NotAnExport(Sentence("export-too-large", path=path))
            return manifest.read_text(encoding="utf-8")
        if not path.is_file():
            raise NotAnExport(Sentence("not-importable", path=path))
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(MANIFEST)
            if info.file_size > MAX_IMPORT_BYTES:
                raise NotAnExport(Sentence("export-too-large", path=path))
            return archive.read(info).decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError, ValueError) as error:
        raise NotAnExport(Sentence("not-an-export-problem", path=path, problem=error)) from None


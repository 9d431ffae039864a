"""Export and import of notes, bookmarks and reading lists.

An export is a folder a colleague can read without the app (one Markdown file per note and per
list, plus ``notes.json`` with everything), or the same folder packed as one ``.zip`` file.
Import merges: nothing already present is changed, and importing the same export twice adds nothing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..text import counted
from .database import UserDataError
from .store import Note, NotesStore

FORMAT = "tvet-desktop-notes"
FORMAT_VERSION = 1
MANIFEST = "notes.json"
MAX_IMPORT_BYTES = 200 * 1024 * 1024


class NotAnExport(UserDataError):
    """The file is not a TVET Desktop notes export, or is damaged."""


@dataclass
class ImportReport:
    notes: int = 0
    notes_as_copies: int = 0
    bookmarks: int = 0
    lists: int = 0
    list_items: int = 0

    def sentence(self) -> str:
        parts = [counted(self.notes, "note", "notes"), counted(self.bookmarks, "bookmark", "bookmarks"),
                 counted(self.lists, "reading list", "reading lists"),
                 counted(self.list_items, "list entry", "list entries")]
        text = "Added " + ", ".join(parts) + "."
        if self.notes_as_copies:
            text += (f" {self.notes_as_copies} imported note(s) differed from yours on the same item and were kept "
                     "as separate notes.")
        return text


def export(store: NotesStore, path: Path, list_id: str | None = None) -> int:
    """Write everything (or one reading list and the notes on its items) to ``path``; returns the note count."""
    data = _collect(store, list_id)
    if not path.parent.is_dir():
        raise UserDataError(f"There is no folder {path.parent} to export into; create it first, or choose another.")
    if path.suffix.lower() != ".zip" and path.exists() and not path.is_dir():
        raise UserDataError(f"{path} is a file: export into a new folder, or to a file ending in .zip.")
    with tempfile.TemporaryDirectory(prefix=".tvet-export-", dir=path.parent) as staging_root:
        staging = Path(staging_root) / "export"
        _write_folder(staging, data)
        if path.suffix.lower() == ".zip":
            packed = Path(staging_root) / "export.zip"
            with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
                for file in sorted(staging.rglob("*")):
                    archive.write(file, file.relative_to(staging).as_posix())
            os.replace(packed, path)
        else:
            if path.exists() and any(path.iterdir()):
                raise UserDataError(f"{path} is not empty; choose a new folder for the export.")
            if path.exists():
                path.rmdir()
            shutil.move(str(staging), path)
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
    (folder / MANIFEST).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for note in data["notes"]:
        header = [f"# {note['title'] or 'Untitled note'}", ""]
        if note["item_id"]:
            header.append(f"Catalogue item: `{note['item_id']}`  ")
        header += [f"Last changed: {note['updated_at']}", "", ""]
        name = f"{_slug(note['title'])}-{note['id'][:8]}.md"
        (folder / "notes" / name).write_text("\n".join(header) + note["text"] + "\n", encoding="utf-8")
    for reading_list in data["lists"]:
        lines = [f"# {reading_list['name']}", ""]
        lines += [f"{n}. {e['title']} (`{e['item_id']}`)" for n, e in enumerate(reading_list["items"], 1)]
        name = f"{_slug(reading_list['name'])}-{reading_list['id'][:8]}.md"
        (folder / "lists" / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:50] or "note"


def import_(store: NotesStore, path: Path) -> ImportReport:
    data = _read(path)
    report = ImportReport()
    for raw in data["notes"]:
        _import_note(store, _note(raw), report)
    for mark in data["bookmarks"]:
        if not store.is_bookmarked(str(mark["item_id"])):
            store.set_bookmark(str(mark["item_id"]), str(mark["title"]), True)
            report.bookmarks += 1
    for raw_list in data["lists"]:
        target = store.find_list(str(raw_list["id"])) or store.find_list(str(raw_list["name"]))
        if target is None:
            target = store.create_list(str(raw_list["name"]), list_id=str(raw_list["id"]))
            report.lists += 1
        for entry in raw_list["items"]:
            report.list_items += store.add_to_list(target.id, str(entry["item_id"]), str(entry["title"]))
    return report


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


def _read(path: Path) -> dict[str, Any]:
    if not path.exists():
        raise NotAnExport(f"There is no file or folder {path}.")
    try:
        if path.is_dir():
            text = (path / MANIFEST).read_text(encoding="utf-8")
        else:
            with zipfile.ZipFile(path) as archive:
                info = archive.getinfo(MANIFEST)
                if info.file_size > MAX_IMPORT_BYTES:
                    raise NotAnExport(f"{path} is too large to be a notes export.")
                text = archive.read(info).decode("utf-8")
        data = json.loads(text)
    except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError, ValueError) as error:
        raise NotAnExport(f"{path} is not a TVET Desktop notes export ({error}).") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise NotAnExport(f"{path} is not a TVET Desktop notes export.")
    if data.get("version", 0) > FORMAT_VERSION:
        raise NotAnExport(f"{path} was made by a newer TVET Desktop; update the app to import it.")
    for key in ("notes", "bookmarks", "lists"):
        if not isinstance(data.get(key, []), list):
            raise NotAnExport(f"{path} is damaged: '{key}' is not a list.")
        data.setdefault(key, [])
    return data


def _note(raw: Any) -> Note:
    try:
        return Note(id=str(raw["id"]), item_id=raw.get("item_id"), title=str(raw.get("title", "")),
                    text=str(raw["text"]), revision=1, created_at=str(raw["created_at"]),
                    updated_at=str(raw["updated_at"]), item_hash=raw.get("item_hash"))
    except (KeyError, TypeError) as error:
        raise NotAnExport(f"A note in the export is incomplete ({error}).") from None

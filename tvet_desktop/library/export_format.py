"""``notes.json``, the heart of a notes export: what it holds, and reading one that anybody may have written.

Reading checks everything before the import changes anything: the format and version, and every field the
import uses (its type, and text that is valid Unicode). A file that fails is refused with one sentence
naming the first problem.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from .database import UserDataError
from .sentences import Sentence
from .store import Note

FORMAT = "tvet-desktop-notes"
FORMAT_VERSION = 1
MANIFEST = "notes.json"


class NotAnExport(UserDataError):
    """The file is not a TVET Desktop notes export, or is damaged; nothing was imported."""


class Entry(NamedTuple):
    item_id: str
    title: str  # the item's title when it was bookmarked or listed


class ImportedList(NamedTuple):
    id: str
    name: str
    items: list[Entry]


class Export(NamedTuple):
    notes: list[Note]
    bookmarks: list[Entry]
    lists: list[ImportedList]


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def loads(text: str, source: str) -> Export:
    """The export in ``text`` (read from ``source``, named in messages), checked through."""
    try:
        data = json.loads(text)
    except RecursionError:
        raise NotAnExport(Sentence("export-nested", path=source)) from None
    except ValueError as error:
        raise NotAnExport(Sentence("export-not-json", path=source, problem=error)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise NotAnExport(Sentence("not-an-export", path=source))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise NotAnExport(Sentence("export-version", path=source, version=json.dumps(version)[:20]))
    if version > FORMAT_VERSION:
        raise NotAnExport(Sentence("export-from-newer", path=source))
    try:
        return Export([_note(raw, f"note {n}") for n, raw in enumerate(_list(data, "notes"), 1)],
                      [_entry(raw, f"bookmark {n}") for n, raw in enumerate(_list(data, "bookmarks"), 1)],
                      [_reading_list(raw, f"reading list {n}") for n, raw in enumerate(_list(data, "lists"), 1)])
    except _Problem as problem:
        raise NotAnExport(Sentence("export-malformed", path=source, problem=problem)) from None


class _Problem(Exception):
    """What is wrong with one part of the file (said in the one sentence the user sees)."""


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise _Problem(f"'{key}' is not a list")
    return value


def _object(raw: Any, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _Problem(f"{where} is not an object")
    return raw


def _text(entry: dict[str, Any], key: str, where: str, default: str | None = None, blank: bool = True) -> str:
    value = entry.get(key, default)
    if not isinstance(value, str):
        raise _Problem(f"{where} has no text '{key}'" if value is None else f"{where}: '{key}' is not text")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _Problem(f"{where}: '{key}' is not valid Unicode text") from None
    if not blank and not value.strip():
        raise _Problem(f"{where}: '{key}' is empty")
    return value


def _optional(entry: dict[str, Any], key: str, where: str) -> str | None:
    return None if entry.get(key) is None else _text(entry, key, where, blank=False)


def _note(raw: Any, where: str) -> Note:
    entry = _object(raw, where)
    return Note(id=_text(entry, "id", where, blank=False), item_id=_optional(entry, "item_id", where),
                title=_text(entry, "title", where, default=""), text=_text(entry, "text", where), revision=1,
                created_at=_text(entry, "created_at", where), updated_at=_text(entry, "updated_at", where),
                item_hash=_optional(entry, "item_hash", where))


def _entry(raw: Any, where: str) -> Entry:
    entry = _object(raw, where)
    return Entry(_text(entry, "item_id", where, blank=False), _text(entry, "title", where, default=""))


def _reading_list(raw: Any, where: str) -> ImportedList:
    entry = _object(raw, where)
    items = entry.get("items")
    if not isinstance(items, list):
        raise _Problem(f"{where} has no list of 'items'")
    return ImportedList(_text(entry, "id", where, blank=False), _text(entry, "name", where, blank=False).strip(),
                        [_entry(item, f"{where}, entry {n}") for n, item in enumerate(items, 1)])

"""``tvet-desktop notes|lists|bookmarks``: the user's own data from the shell (same code as the window)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..documents.records import is_document_id
from ..library.database import UserDatabase, UserDataError, no_window
from ..library.rows import REMOVED
from ..library.store import Note, NotesStore, item_text_hash, note_status, open_notes
from ..text import counted
from .common import add_json_flag, confirm, find_document, find_item, gone_entries, open_catalog, print_json

if TYPE_CHECKING:
    from ..catalog.snapshot import Catalog

Handler = Callable[[argparse.Namespace], int]
ITEM = {"help": "a catalogue item's id"}
ITEM_OR_NOTE = {"metavar": "ITEM_OR_NOTE_ID", "help": "a catalogue item's id, or a free-standing note's id"}
LIST = {"help": "the reading list's name"}
FORCE = ("--force", {"action": "store_true", "help": "replace the .zip file if it exists"})


def add_commands(sub: Any) -> None:
    """Register the notes, lists and bookmarks commands on the main parser's subparsers."""
    notes = sub.add_parser("notes", help="your notes on catalogue items").add_subparsers(dest="action", required=True)
    _command(notes, "list", _notes_list, "list your notes", json_flag=True)
    _command(notes, "set", _notes_set, "write the note on an item (TEXT '-' reads stdin)",
             [("item_id", ITEM), ("text", {"help": "the note in Markdown ('-' reads stdin; '' deletes the note)"})])
    _command(notes, "show", _notes_show, "print a note exactly as written: the one on an item, or a note by its id",
             [("item_id", ITEM_OR_NOTE)])
    _command(notes, "delete", _notes_delete, "delete the note on an item, or a note by its id",
             [("item_id", ITEM_OR_NOTE)])
    _command(notes, "new", _notes_new, "write a free-standing note (a session plan, say)",
             [("title", {"help": "the note's title"}), ("text", {"help": "the note in Markdown; '-' reads stdin"})])
    _command(notes, "export", _export, "export all notes, bookmarks and lists (a folder, or a .zip file)",
             [("path", {"type": Path, "help": "a new folder, or a file ending in .zip"}), FORCE])
    _command(notes, "import", _import, "merge an export into your notes",
             [("path", {"type": Path, "help": "an export folder or .zip file"})])
    _command(notes, "backup", _backup, "make a verified backup now")
    _command(notes, "restore", _restore, "restore the newest good backup (or the one given)",
             [("backup", {"type": Path, "nargs": "?", "help": "a backup file (default: the newest good one)"})])

    lists = sub.add_parser("lists", help="reading lists").add_subparsers(dest="action", required=True)
    _command(lists, "show", _lists_show, "all lists, or the items of one",
             [("name", {"nargs": "?", "help": "a list's name (default: all lists)"})], json_flag=True)
    _command(lists, "create", _lists_create, "create a reading list", [("name", LIST)])
    _command(lists, "rename", _lists_rename, "rename a reading list",
             [("name", LIST), ("new_name", {"help": "its new name"})])
    _command(lists, "delete", _lists_delete, "delete a reading list (items stay in the catalogue)", [("name", LIST)])
    _command(lists, "add", _lists_add, "add items to a list",
             [("name", LIST), ("item_ids", {"nargs": "+", "help": "catalogue item ids"})])
    _command(lists, "remove", _lists_remove, "remove an item from a list", [("name", LIST), ("item_id", ITEM)])
    _command(lists, "move", _lists_move, "move an item to a position (1 = first)",
             [("name", LIST), ("item_id", ITEM), ("position", {"type": _position, "help": "1 for the first place"})])
    _command(lists, "export", _lists_export, "export one list and the notes on its items",
             [("name", LIST), ("path", {"type": Path, "help": "a new folder, or a file ending in .zip"}), FORCE])

    marks = sub.add_parser("bookmarks", help="bookmarked items").add_subparsers(dest="action", required=True)
    _command(marks, "show", _bookmarks_show, "list bookmarks", json_flag=True)
    _command(marks, "add", _bookmark(True), "bookmark an item", [("item_id", ITEM)])
    _command(marks, "remove", _bookmark(False), "remove a bookmark", [("item_id", ITEM)])


def _command(sub: Any, name: str, handler: Handler, help_text: str,
             arguments: list[tuple[str, dict[str, Any]]] | None = None, json_flag: bool = False) -> None:
    parser = sub.add_parser(name, help=help_text)
    for argument, options in arguments or []:
        parser.add_argument(argument, **options)
    if json_flag:
        add_json_flag(parser)
    parser.set_defaults(handler=handler)


@contextmanager
def _store() -> Any:
    store = open_notes()
    try:
        yield store
    finally:
        store.close()


# -- notes -----------------------------------------------------------------------------------
def _notes_list(args: argparse.Namespace) -> int:
    with _store() as store:
        notes = store.list_notes()
    catalog = _try_catalog(args)
    rows = []
    for note in notes:
        item = find_item(catalog, note.item_id, follow=False) if catalog and note.item_id else None
        status = note_status(note, item) if catalog else None
        if item is None and note.item_id and is_document_id(note.item_id):
            status = REMOVED
        rows.append({**note._asdict(), "status": status})
    if catalog:
        catalog.close()
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("No notes yet.")
    for row in rows:
        where = f"on {row['item_id']}" if row["item_id"] else f"free-standing, id {row['id']}"
        status = _said(row["status"])
        first_line = (row["text"].strip().splitlines() or [""])[0][:100]
        print(f"{row['title'] or 'Untitled'} ({where}, {row['updated_at'][:16].replace('T', ' ')}){status}\n"
              f"  {first_line}\n")
    return 0


def _try_catalog(args: argparse.Namespace) -> Catalog | None:
    from ..catalog.snapshot import CatalogError

    try:
        return open_catalog(args)
    except CatalogError:
        return None


def _read_text(text: str) -> str:
    if text != "-":
        return text
    try:
        return sys.stdin.buffer.read().decode("utf-8")
    except UnicodeDecodeError as error:
        raise UserDataError(f"The text on standard input is not UTF-8 (a byte {error.object[error.start]:#04x} at "
                            f"position {error.start}); nothing was saved.") from None


def _notes_set(args: argparse.Namespace) -> int:
    text = _read_text(args.text)
    with open_catalog(args) as catalog:
        item = find_item(catalog, args.item_id)
    if item is None:
        raise UserDataError(f"no item with id {args.item_id!r} in the catalogue or your documents")
    with _store() as store:
        saved = store.save_item_note(item.id, text, item.title, item_text_hash(item))
    confirm(f"Saved the note on “{item.title}”." if saved else f"Deleted the note on “{item.title}”.")
    return 0


def _notes_show(args: argparse.Namespace) -> int:
    with _store() as store:
        note = _note(store, args.item_id)
    text = note.text
    if sys.stdout.isatty() and text and not text.endswith("\n"):
        text += "\n"  # on a terminal the prompt starts on its own line; a pipe gets the note's exact bytes
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()
    return 0


def _notes_delete(args: argparse.Namespace) -> int:
    with _store() as store:
        note = _note(store, args.item_id)
        store.delete_note(note.id)
    confirm(f"Deleted the note on {note.item_id}." if note.item_id else
            f"Deleted the note “{note.title or 'Untitled'}”.")
    return 0


def _note(store: NotesStore, wanted: str) -> Note:
    """The note on item ``wanted``, else the note whose id is ``wanted`` (a free-standing one, say); for the id of
    an earlier version of a document, the note on its latest version."""
    note = store.note_for_item(wanted) or store.get_note(wanted)
    if note is None and is_document_id(wanted) and (later := find_document(wanted)) is not None:
        note = store.note_for_item(later.id)
    if note is None:
        raise UserDataError(f"no note on an item {wanted!r}, and no note with that id (`notes list` shows both)")
    return note


def _notes_new(args: argparse.Namespace) -> int:
    text = _read_text(args.text)
    if not text.strip() and not args.title.strip():
        raise UserDataError("a new note needs a title or some text")
    with _store() as store:
        note = store.create_note(args.title, text)
    confirm(f"Saved “{note.title}” ({note.id}).")
    return 0


def _export(args: argparse.Namespace) -> int:
    from ..library import transfer  # zip export and import: loaded only for these commands

    with _store() as store:
        count = transfer.export(store, args.path, overwrite=args.force)
    confirm(f"Exported {counted(count, 'note', 'notes')} to {args.path}.")
    return 0


def _import(args: argparse.Namespace) -> int:
    from ..library import transfer  # zip export and import: loaded only for these commands

    with _store() as store:
        report = transfer.import_(store, args.path)
    confirm(report.sentence())
    return 0


def _backup(_args: argparse.Namespace) -> int:
    with _store() as store:
        assert store.database is not None
        path = store.database.backup(store.conn)
    confirm(f"Backup written to {path}.")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from ..library.backups import describe
    from ..paths import data_dir

    database = UserDatabase(data_dir())
    with no_window(database.folder):  # a window open on the notes would go on writing to the replaced file
        restored, replaced = database.restore(args.backup)
    undo = (f" The notes it replaced were backed up first: `tvet-desktop notes restore {replaced}` brings them "
            "back." if replaced else "")
    confirm(f"Restored your notes from {restored.name}, {describe(restored)}.{undo}")
    return 0


# -- lists -----------------------------------------------------------------------------------
def _find(store: NotesStore, name: str) -> str:
    """A reading list by id or name (:meth:`NotesStore.find_list_typed`: as typed in a terminal will do)."""
    found = store.find_list_typed(name)
    if found is None and len(alike := store.lists_like(name)) > 1:
        names = ", ".join(f"“{listed.name}”" for listed in alike)
        raise UserDataError(f"{name!r} fits more than one reading list ({names}): give its name exactly")
    if found is None:
        names = ", ".join(f"“{listed.name}”" for listed in store.lists())
        raise UserDataError(f"no reading list called {name!r} ({'yours: ' + names if names else 'you have none yet'})")
    return found.id


def _lists_show(args: argparse.Namespace) -> int:
    with _store() as store:
        if args.name is None:
            lists = store.lists()
            if args.json:
                print_json([rl._asdict() for rl in lists])
            for rl in [] if args.json else lists:
                print(f"{rl.name} ({counted(rl.size, 'item', 'items')})")
            if not lists and not args.json:
                print("No reading lists yet.")
            return 0
        entries = store.list_items(_find(store, args.name))
    gone = _gone(args, [e.item_id for e in entries])
    if args.json:
        print_json([{"item_id": e.item_id, "title": e.title, "position": number,  # 1 = first, as `lists move`
                     "status": gone.get(e.item_id)} for number, e in enumerate(entries, 1)])
    for number, entry in enumerate([] if args.json else entries, 1):
        print(f"{number}. {entry.title} ({entry.item_id}){_said(gone.get(entry.item_id))}")
    return 0


def _gone(args: argparse.Namespace, item_ids: list[str]) -> dict[str, str]:
    """What the entries whose item is gone say (:func:`.common.gone_entries`)."""
    if not item_ids:
        return {}
    catalog = _try_catalog(args)
    try:
        return gone_entries(catalog, item_ids)
    finally:
        if catalog is not None:
            catalog.close()


def _said(status: str | None) -> str:
    return f" — {status}" if status else ""


def _lists_create(args: argparse.Namespace) -> int:
    with _store() as store:
        store.create_list(args.name)
    confirm(f"Created the reading list “{args.name.strip()}”.")
    return 0


def _lists_rename(args: argparse.Namespace) -> int:
    with _store() as store:
        store.rename_list(_find(store, args.name), args.new_name)
    confirm(f"Renamed “{args.name}” to “{args.new_name.strip()}”.")
    return 0


def _lists_delete(args: argparse.Namespace) -> int:
    with _store() as store:
        store.delete_list(_find(store, args.name))
    confirm(f"Deleted the reading list “{args.name}” (the items stay in the catalogue).")
    return 0


def _lists_add(args: argparse.Namespace) -> int:
    with open_catalog(args) as catalog:
        items = [(item_id, find_item(catalog, item_id)) for item_id in args.item_ids]
    missing = [item_id for item_id, item in items if item is None]
    if missing:
        raise UserDataError(f"no item with id {missing[0]!r} in the catalogue or your documents")
    with _store() as store:
        list_id = _find(store, args.name)
        added = sum(store.add_to_list(list_id, item.id, item.title) for _, item in items if item)
    confirm(f"Added {counted(added, 'item', 'items')} to “{args.name}”.")
    return 0


def _lists_remove(args: argparse.Namespace) -> int:
    with _store() as store:
        list_id = _find(store, args.name)
        item_id = _on_list(store, list_id, args.item_id)
        store.remove_from_list(list_id, item_id)
    confirm(f"“{args.name}” no longer holds {item_id}.")
    return 0


def _on_list(store: NotesStore, list_id: str, item_id: str) -> str:
    """``item_id``, or for an earlier version of a document not on the list, its latest version's id."""
    if any(entry.item_id == item_id for entry in store.list_items(list_id)) or not is_document_id(item_id):
        return item_id
    later = find_document(item_id)
    return later.id if later is not None else item_id


def _position(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise argparse.ArgumentTypeError("a position is a whole number from 1 (the first)")
    return int(text)


def _lists_move(args: argparse.Namespace) -> int:
    with _store() as store:
        list_id = _find(store, args.name)
        item_id = _on_list(store, list_id, args.item_id)
        store.move_in_list(list_id, item_id, args.position - 1)
        order = [entry.item_id for entry in store.list_items(list_id)]
    if item_id not in order:
        raise UserDataError(f"{args.item_id!r} is not on the reading list “{args.name}”")
    confirm(f"{item_id} is now number {order.index(item_id) + 1} of {len(order)} in “{args.name}”.")
    return 0


def _lists_export(args: argparse.Namespace) -> int:
    from ..library import transfer  # zip export and import: loaded only for these commands

    with _store() as store:
        count = transfer.export(store, args.path, list_id=_find(store, args.name), overwrite=args.force)
    confirm(f"Exported “{args.name}” with {counted(count, 'note', 'notes')} to {args.path}.")
    return 0


# -- bookmarks -------------------------------------------------------------------------------
def _bookmarks_show(args: argparse.Namespace) -> int:
    with _store() as store:
        marks = store.bookmarks()
    gone = _gone(args, [m.item_id for m in marks])
    if args.json:
        print_json([{"item_id": m.item_id, "title": m.title, "status": gone.get(m.item_id)} for m in marks])
    elif not marks:
        print("No bookmarks yet.")
    for mark in [] if args.json else marks:
        print(f"{mark.title} ({mark.item_id}){_said(gone.get(mark.item_id))}")
    return 0


def _bookmark(on: bool) -> Handler:
    def handler(args: argparse.Namespace) -> int:
        with open_catalog(args) as catalog:
            item = find_item(catalog, args.item_id)
        title = item.title if item else args.item_id
        if item is None and on:
            raise UserDataError(f"no item with id {args.item_id!r} in the catalogue or your documents")
        item_id = item.id if item else args.item_id  # (a document's latest version for an earlier one's id)
        with _store() as store:
            was_on = store.is_bookmarked(item_id)
            store.set_bookmark(item_id, title, on)
        if on:
            confirm(f"Bookmarked “{title}”." if not was_on else f"“{title}” was already bookmarked.")
        else:
            confirm(f"Removed the bookmark on “{title}”." if was_on else f"“{title}” was not bookmarked.")
        return 0

    return handler

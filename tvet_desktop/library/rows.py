"""The user's notes (and list entries whose item left the catalogue) as rows of the result list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..catalog.records import Hit, Item
from ..documents.records import is_document_id
from ..search.snippets import plain_snippet
from ..text import QT_TRANSLATE_NOOP, escape_html
from .store import ListEntry, Note, NotesStore, note_status

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from ..catalog.snapshot import Catalog
    from ..search.query import ParsedQuery

NOTE_PREFIX = "note:"
MISSING_PREFIX = "missing:"
NOTE_HITS_WITH_QUERY = 20
PREVIEW_CHARS = 220
REMOVED = QT_TRANSLATE_NOOP("library", "the document was removed")
UNTITLED = QT_TRANSLATE_NOOP("library", "Untitled note")
GONE = QT_TRANSLATE_NOOP("library", "This item is no longer in the catalogue; your entry is kept.")
GONE_DOCUMENT = QT_TRANSLATE_NOOP("library", "This document was removed from your documents; your entry is kept.")


def note_row(note: Note, item: Item | None, snippet: str = "", snippet_html: str = "",
             documents_unopened: bool = False) -> Hit:
    """The row of a note; ``item`` is the catalogue item it is on (None for a free-standing note, or when the
    item left the catalogue, or is one of the user's documents while they are not open: ``documents_unopened``)."""
    preview = snippet or plain_snippet(note.text)[:PREVIEW_CHARS]
    title = item.title if item else (note.title or UNTITLED)
    if item is None and note.item_id is not None and is_document_id(note.item_id):
        mark = "" if documents_unopened else REMOVED  # not open: nothing to say of it, under its own title
    else:  # a template the window translates and fills with the row's title (see ..text.QT_TRANSLATE_NOOP)
        mark = note_status(note, item) or (QT_TRANSLATE_NOOP("library", "on “{title}”") if item else "")
    return Hit(NOTE_PREFIX + note.id, "note", title, None, None, None, preview,
               snippet_html or escape_html(preview), mark=mark)


def note_rows(store: NotesStore, catalog: Catalog, query: ParsedQuery, every_note: bool,
              documents: Callable[[str], Item | None] | None = None, documents_unopened: bool = False) -> list[Hit]:
    """Notes matching ``query`` (ranked, highlighted); with ``every_note`` and no query, all notes. A note on
    one of the user's documents finds it through ``documents`` (a document id to its item)."""
    if query.groups:
        limit = 10_000 if every_note else NOTE_HITS_WITH_QUERY
        found = [(hit.note, hit.snippet, hit.snippet_html) for hit in store.search_notes(query, limit)]
    elif every_note:
        found = [(note, "", "") for note in store.list_notes()]
    else:
        return []
    items = catalog.items(note.item_id for note, _, _ in found if note.item_id)
    for note, _, _ in found:
        if documents is not None and note.item_id and is_document_id(note.item_id):
            document = documents(note.item_id)
            if document is not None:
                items[note.item_id] = document
    return [note_row(note, items.get(note.item_id) if note.item_id else None, snippet, html, documents_unopened)
            for note, snippet, html in found]


def missing_rows(entries: Sequence[ListEntry], catalog: Catalog) -> list[Hit]:
    """Bookmarks or list entries whose item is not in the catalogue any more, kept visible by title."""
    present = catalog.present([e.item_id for e in entries])
    return [Hit(MISSING_PREFIX + e.item_id, "missing", e.title, None, None, None,
                *((GONE_DOCUMENT, GONE_DOCUMENT) if is_document_id(e.item_id) else (GONE, GONE)))
            for e in entries if e.item_id not in present]

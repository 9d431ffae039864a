"""A handout for a session: an item, a reading list or all of "My notes" as one clean page of HTML, with
each item's details, the user's note on it, where the item comes from, and a table of contents whose page
numbers the printer fills in (``PAGE_MARK``). The window's ``ui/handout_print`` prints it or writes a PDF.

The wording comes in as :class:`Labels` (the window passes its translations), so the handout speaks the
interface's language; the defaults are English.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from ..catalog.records import language_name
from ..catalog.render import friendly_date, is_external_link, markdown_to_html, meta_line
from ..errors import UserError
from ..text import escape_html

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..catalog.records import Item
    from ..catalog.snapshot import Catalog
    from .store import Note, NotesStore

    Find = Callable[[str], Item | None]

PAGE_MARK = "@@page:{anchor}@@"  # replaced by the page an anchor lands on, once laid out


class Labels(NamedTuple):
    my_notes: str = "My notes"
    my_note: str = "My note"
    authors: str = "Authors"
    region: str = "Region"
    languages: str = "Languages"
    source: str = "Source: {address}"
    contents: str = "Contents"
    page: str = "page {page}"
    no_longer: str = "No longer in the catalogue (kept in your list)."
    footer: str = ("From the TVET Desktop catalogue v{version} of {date}. The catalogue describes publications, "
                   "practices and programmes of UNESCO-UNEVOC and its network.")


ENGLISH = Labels()


class Handout(NamedTuple):
    title: str
    html: str
    anchors: tuple[str, ...]  # the sections the contents list, in order


class NotFound(UserError):
    """No reading list, item or note has that name or id."""


def item_handout(catalog: Catalog, store: NotesStore, item: Item, labels: Labels = ENGLISH) -> Handout:
    return _handout(catalog, item.title, [_item_section(item, store.note_for_item(item.id), labels, "s0")], labels,
                    contents=False)


def list_handout(catalog: Catalog, store: NotesStore, list_id: str, name: str, labels: Labels = ENGLISH,
                 find: Find | None = None) -> Handout:
    """``find``: an item by id, the user's documents too (catalogue items alone by default)."""
    find = find or catalog.get
    sections = []
    for number, entry in enumerate(store.list_items(list_id)):
        item = find(entry.item_id)
        anchor = f"s{number}"
        sections.append(_item_section(item, store.note_for_item(item.id), labels, anchor) if item else
                        (anchor, entry.title, f"<h2><a name='{anchor}'></a>{escape_html(entry.title)}</h2>"
                                              f"<p class='meta'>{escape_html(labels.no_longer)}</p>"))
    return _handout(catalog, name, sections, labels, contents=True)


def notes_handout(catalog: Catalog, store: NotesStore, labels: Labels = ENGLISH, find: Find | None = None) -> Handout:
    """Every note: on an item (or document), the item's details with it; a free-standing one, its text."""
    find = find or catalog.get
    sections = []
    for number, note in enumerate(store.list_notes()):
        anchor = f"s{number}"
        item = find(note.item_id) if note.item_id else None
        if item is not None:
            sections.append(_item_section(item, note, labels, anchor))
        else:
            title = note.title or labels.my_note
            sections.append((anchor, title, f"<h2><a name='{anchor}'></a>{escape_html(title)}</h2>"
                                            f"{markdown_to_html(note.text)}"))
    return _handout(catalog, labels.my_notes, sections, labels, contents=True)


def find_handout(catalog: Catalog, store: NotesStore, what: str, labels: Labels = ENGLISH,
                 find: Find | None = None) -> Handout:
    """A reading list's name (any case) or id, an item's (or document's, with ``find``) id, a free-standing
    note's id, or "My notes"."""
    find = find or catalog.get
    reading_list = store.find_list_typed(what)
    if reading_list is not None:
        return list_handout(catalog, store, reading_list.id, reading_list.name, labels, find)
    item = find(what)
    if item is not None:
        return item_handout(catalog, store, item, labels)
    note = store.get_note(what)
    if note is not None:
        return _handout(catalog, note.title or labels.my_note,
                        [("s0", note.title, markdown_to_html(note.text))], labels, contents=False)
    if what.strip().casefold() == "my notes":
        return notes_handout(catalog, store, labels, find)
    raise NotFound(f"no reading list, item or note is called {what!r} (a list's name, an item's id, a note's id, "
                   "or \"My notes\")")


def _item_section(item: Item, note: Note | None, labels: Labels, anchor: str) -> tuple[str, str, str]:
    details = [(labels.authors, "; ".join(item.authors)), (labels.region, item.region or ""),
               (labels.languages, ", ".join(language_name(code) for code in item.languages))]
    rows = "".join(f"<tr><td class='label'>{escape_html(k)}</td><td>{escape_html(v)}</td></tr>"
                   for k, v in details if v)
    parts = [f"<h2><a name='{anchor}'></a>{escape_html(item.title)}</h2>",
             f"<p class='meta'>{escape_html(meta_line(item))}</p>",
             f"<table class='details' cellpadding='2' cellspacing='0'>{rows}</table>" if rows else "",
             f"<div class='summary'>{markdown_to_html(item.summary)}</div>" if item.summary else ""]
    if note is not None and note.text.strip():
        parts.append(f"<h3>{escape_html(labels.my_note)}</h3><div class='note'>{markdown_to_html(note.text)}</div>")
    if item.url:
        address = escape_html(item.url)
        linked = f"<a href='{escape_html(item.url, quote=True)}'>{address}</a>" if is_external_link(item.url) \
            else address
        parts.append(f"<p class='source'>{escape_html(labels.source).replace('{address}', linked)}</p>")
    return anchor, item.title, "".join(part for part in parts if part)


def _handout(catalog: Catalog, title: str, sections: list[tuple[str, str, str]], labels: Labels,
             contents: bool) -> Handout:
    info = catalog.info
    parts = [f"<h1>{escape_html(title)}</h1>"]
    if contents and len(sections) > 1:
        rows = "".join(f"<tr><td>{escape_html(name)}</td><td class='page'>"
                       f"{escape_html(labels.page).replace('{page}', PAGE_MARK.format(anchor=anchor))}</td></tr>"
                       for anchor, name, _ in sections)
        parts.append(f"<h3>{escape_html(labels.contents)}</h3><table class='contents' cellpadding='2' "
                     f"cellspacing='0'>{rows}</table><hr/>")
    parts += [html for _, _, html in sections]
    footer = labels.footer.format(version=info.version, date=friendly_date(info.created))
    parts.append(f"<p class='footer'>{escape_html(footer)}</p>")
    return Handout(title, "\n".join(parts), tuple(anchor for anchor, _, _ in sections))

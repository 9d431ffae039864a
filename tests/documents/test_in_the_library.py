"""Documents beside the catalogue in one search (as the window runs it): their rows above the catalogue's, a
document's further pages under it, the document kind facet, My documents, bookmarks and notes on documents."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tvet_desktop.catalog.browse import Filters
from tvet_desktop.library.document_rows import first_page_of, parse_page_row
from tvet_desktop.library.search import EVERYTHING, MY_DOCUMENTS, Collection, search_library
from tvet_desktop.library.store import open_notes
from tvet_desktop.search.run import SearchOutcome, SearchRequest

from .files import text_pdf

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from tvet_desktop.documents.records import Document
    from tvet_desktop.documents.service import DocumentService
    from tvet_desktop.library.store import NotesStore
    from tvet_desktop.search.engine import SearchEngine


@pytest.fixture
def notes(data_dir: Path) -> Iterator[NotesStore]:
    store = open_notes(data_dir, backup=False)
    yield store
    store.close()


@pytest.fixture
def handbook(documents: DocumentService, stick: Path) -> Document:
    pages = ["Safety first: masks.", "Welding arcs and welding rods.", "Nothing here.", "Welding quiz."]
    return documents.add([text_pdf(stick / "handbook.pdf", pages, title="Workshop handbook", date="D:2020")]).added[0]


NO_FILTERS = Filters()


def search(engine: SearchEngine, notes: NotesStore, documents: DocumentService, text: str,
           collection: Collection = EVERYTHING, filters: Filters = NO_FILTERS) -> SearchOutcome:
    outcome = search_library(engine, notes, SearchRequest(text, filters), collection, documents=documents)
    assert outcome is not None
    return outcome


def test_a_document_and_its_further_pages_come_above_the_catalogue(engine: SearchEngine, notes: NotesStore,
                                                                   documents: DocumentService,
                                                                   handbook: Document) -> None:
    outcome = search(engine, notes, documents, "welding")
    rows = list(outcome.extra_rows)
    assert [(row.kind, row.title) for row in rows] == [("document", "Workshop handbook"), ("page", "p. 4")]
    assert rows[0].id == handbook.id and first_page_of(rows[0]) == 2 and rows[0].mark == "p. 2 and 1 more page"
    assert rows[0].snippet_html == "<b>p. 2</b>: <b>Welding</b> arcs and <b>welding</b> rods."
    assert parse_page_row(rows[1].id) == (handbook.id, 4) and rows[1].mark == "in “Workshop handbook”"
    assert outcome.first_page[0].id == "welding-safety-guide"  # the catalogue's results are still there
    assert ("document", 1) in [(value.value, value.count) for value in outcome.facets.values["kind"]]


def test_words_a_document_has_are_not_corrected_in_the_catalogue(engine: SearchEngine, notes: NotesStore,
                                                                 documents: DocumentService, stick: Path) -> None:
    documents.add([text_pdf(stick / "odd.pdf", ["Brazing torches"])])
    outcome = search(engine, notes, documents, "brazing")
    assert outcome.corrected is None and [row.title for row in outcome.extra_rows] == ["Brazing torches"]
    # Nor a "Did you mean" for the catalogue's few results, for a word the user's own document has.
    documents.add([text_pdf(stick / "shoes.pdf", ["Welting a shoe sole"])])
    assert search(engine, notes, documents, "welding").first_page  # the catalogue has the word one letter away
    welting = search(engine, notes, documents, "welting")
    assert [row.title for row in welting.extra_rows] == ["Welting a shoe sole"] and welting.suggestion is None


def test_the_document_kind_alone_shows_only_documents(engine: SearchEngine, notes: NotesStore,
                                                      documents: DocumentService, handbook: Document) -> None:
    outcome = search(engine, notes, documents, "welding", filters=Filters(kind=("document",)))
    assert outcome.first_page == [] and outcome.extra_rows[0].id == handbook.id
    other = search(engine, notes, documents, "welding", filters=Filters(kind=("publication",)))
    assert other.extra_rows == () and other.first_page
    themed = search(engine, notes, documents, "welding", filters=Filters(theme=("welding",)))
    assert themed.extra_rows == ()  # documents have no themes
    years = search(engine, notes, documents, "welding", filters=Filters(year_from=2021))
    assert years.extra_rows == ()  # the handbook says 2020


def test_my_documents_lists_them_all_without_a_query(engine: SearchEngine, notes: NotesStore,
                                                     documents: DocumentService, handbook: Document,
                                                     stick: Path) -> None:
    documents.add([text_pdf(stick / "second.pdf", ["Painting"])])
    outcome = search(engine, notes, documents, "", MY_DOCUMENTS)
    assert [row.title for row in outcome.extra_rows] == ["Painting", "Workshop handbook"]  # newest first
    assert outcome.first_page == [] and outcome.extra_rows[1].snippet == "PDF · 4 pages"
    browsing = search(engine, notes, documents, "")
    assert browsing.extra_rows == ()  # All items: the catalogue first page as before, the documents offered in
    assert ("document", 2) in [(value.value, value.count) for value in browsing.facets.values["kind"]]  # the facet
    # unless the kind "document" is ticked there: it asks for them (it once gave "No results").
    ticked = search(engine, notes, documents, "", filters=Filters(kind=("document",)))
    assert [row.title for row in ticked.extra_rows] == ["Painting", "Workshop handbook"] and ticked.first_page == []


def test_bookmarked_and_listed_documents_and_notes_on_them(engine: SearchEngine, notes: NotesStore,
                                                           documents: DocumentService, handbook: Document) -> None:
    notes.set_bookmark(handbook.id, handbook.title, True)
    reading = notes.create_list("Week 3")
    notes.add_to_list(reading.id, handbook.id, handbook.title)
    item = documents.item(handbook.id)
    assert item is not None
    notes.save_item_note(handbook.id, "Quiz on page 4", item.title, None)

    for collection in (Collection("bookmarks", None, "Bookmarks"), Collection("list", reading.id, "Week 3")):
        outcome = search(engine, notes, documents, "", collection)
        assert [(row.id, row.kind) for row in outcome.extra_rows] == [(handbook.id, "document")]
        # The Library facet counts the listed document as it counts the listed items.
        assert ("document", 1) in [(value.value, value.count) for value in outcome.facets.values["kind"]]
        # Ticking another kind, or years the document is not of, leaves it out, as it does the catalogue's items.
        for other in (Filters(kind=("publication",)), Filters(year_from=2021), Filters(theme=("welding",))):
            filtered = search(engine, notes, documents, "", collection, filters=other)
            assert handbook.id not in [row.id for row in filtered.extra_rows]
            assert "document" not in [value.value for value in filtered.facets.values["kind"]]
        ticked = search(engine, notes, documents, "", collection, filters=Filters(kind=("document", "publication")))
        assert [row.id for row in ticked.extra_rows] == [handbook.id]
    (note_row,) = [row for row in search(engine, notes, documents, "quiz").extra_rows if row.kind == "note"]
    # The window translates the mark and fills in the title.
    assert note_row.title == "Workshop handbook" and note_row.mark == "on “{title}”"

    # While the documents are not open (awaited, or they could not be opened), none is taken for removed: the
    # entries on them wait, a note on one keeps its own title and says nothing of it.
    for collection in (Collection("bookmarks", None, "Bookmarks"), Collection("list", reading.id, "Week 3")):
        waiting = search_library(engine, notes, SearchRequest(""), collection, documents=None,
                                 documents_unopened=True)
        assert waiting is not None and waiting.extra_rows == ()
    waiting = search_library(engine, notes, SearchRequest("quiz"), EVERYTHING, documents=None,
                             documents_unopened=True)
    assert waiting is not None
    assert [(row.kind, row.title, row.mark) for row in waiting.extra_rows] == [("note", "Workshop handbook", "")]

    documents.remove(handbook.id)
    (gone,) = search(engine, notes, documents, "", Collection("bookmarks", None, "Bookmarks")).extra_rows
    assert gone.kind == "missing" and gone.snippet.startswith("This document was removed")
    (note_row,) = [row for row in search(engine, notes, documents, "quiz").extra_rows if row.kind == "note"]
    assert note_row.mark == "the document was removed"


def test_documents_with_most_of_the_words_come_when_none_has_them_all(engine: SearchEngine, notes: NotesStore,
                                                                      documents: DocumentService,
                                                                      stick: Path) -> None:
    """As the catalogue forgives a query no item fully matches (its closest matches), so do the documents: a
    handout with two of the three words is listed, at its page with them, and the list says it is the closest."""
    fumes = documents.add([text_pdf(stick / "fumes.pdf", ["Nothing here.", "Brazing fumes and extraction hoods."],
                                    title="Bay rules")]).added[0]
    documents.add([text_pdf(stick / "other.pdf", ["Extraction only."], title="Other")])
    outcome = search(engine, notes, documents, "brazing fumes ventilation")
    assert outcome.closest
    rows = [row for row in outcome.extra_rows if row.kind == "document"]
    assert rows[0].id == fumes.id and first_page_of(rows[0]) == 2
    assert "<b>Brazing</b> <b>fumes</b>" in rows[0].snippet_html
    exact = search(engine, notes, documents, "brazing fumes")  # a page has them all: no forgiving needed
    assert not exact.closest and [row.id for row in exact.extra_rows if row.kind == "document"] == [fumes.id]


def test_a_sentence_from_a_handout_finds_it_without_items_having_one_of_its_words(
        engine: SearchEngine, notes: NotesStore, documents: DocumentService, stick: Path) -> None:
    """A sentence copied from a handout: its page has every word, so the catalogue's items with one or two of
    them (welding) are not listed as "closest matches" under it."""
    handout = documents.add([text_pdf(stick / "bay.pdf", ["Welding curtains shield passers-by from the arc."],
                                      title="Bay rules")]).added[0]
    assert search(engine, notes, documents, "welding").first_page  # the catalogue has the word
    outcome = search(engine, notes, documents, "welding curtains shield passers-by")
    assert [row.id for row in outcome.extra_rows] == [handout.id]
    assert outcome.first_page == [] and not outcome.closest

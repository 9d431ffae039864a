"""Finding words inside documents the way the catalogue finds them: word forms, prefixes, phrases, accents,
Arabic, "Did you mean"; each hit names its page, and a document's hits are grouped under it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from .files import epub, text_pdf

if TYPE_CHECKING:
    from pathlib import Path

    from tvet_desktop.documents.service import DocumentService

PAGES = [
    "Safety first. Every apprentice wears a mask in the workshop.",
    "Arc welding: the trainer shows how to strike an arc.\nLeather gloves protect the hands.",
    "Éducation numérique pour les formateurs et la formation professionnelle.",
    "Assessment: a short quiz about welding safety and leather gloves.",
]


@pytest.fixture
def handbook(documents: DocumentService, stick: Path) -> str:
    (document,) = documents.add([text_pdf(stick / "handbook.pdf", PAGES, title="Workshop handbook")]).added
    return document.id


def pages_for(documents: DocumentService, text: str, prefix: bool = False) -> list[int]:
    hits = documents.search(text, prefix=prefix).hits
    return sorted(page.page for hit in hits for page in hit.pages)


@pytest.mark.parametrize(("typed", "pages"), [
    ("welding", [2, 4]),  # pages from 1
    ("welded", [2, 4]),  # another form of the word
    ("trainers", [2]),
    ('"leather gloves"', [2, 4]),  # a phrase
    ('"gloves leather"', []),  # ... in its order
    ("welding -quiz", [2]),  # an exclusion
    ("education numerique", [3]),  # accents do not matter
    ("FORMATION professionnelle", [3]),  # French stems, case folded
])
def test_words_are_found_on_their_pages(documents: DocumentService, handbook: str, typed: str,
                                        pages: list[int]) -> None:
    assert pages_for(documents, typed) == pages


def test_arabic_is_found_as_the_catalogue_finds_it(documents: DocumentService, stick: Path) -> None:
    (stick / "arabic.txt").write_text("التدريب المهني للمعلمين في الورشة", encoding="utf-8")
    documents.add([stick / "arabic.txt"])
    assert [hit.document.title for hit in documents.search("تدريب").hits] == ["arabic"]  # without the article
    assert [hit.document.title for hit in documents.search("المعلمين").hits] == ["arabic"]


def test_the_word_being_typed_finds_the_words_it_begins(documents: DocumentService, handbook: str) -> None:
    assert pages_for(documents, "appren", prefix=True) == [1]
    assert pages_for(documents, "appren", prefix=False) == []


def test_a_misspelt_word_gets_did_you_mean(documents: DocumentService, handbook: str) -> None:
    found = documents.search("wleding")
    assert found.hits == () and found.suggestion == "welding"


def test_the_title_finds_the_document(documents: DocumentService, handbook: str) -> None:
    (hit,) = documents.search("handbook").hits
    assert hit.document.id == handbook and hit.pages[0].page == 1


def test_hits_in_one_document_are_grouped_best_first_with_snippets(documents: DocumentService, handbook: str,
                                                                   stick: Path) -> None:
    documents.add([text_pdf(stick / "other.pdf", ["Nothing about it", "Welding once"])])
    hits = documents.search("welding safety").hits
    assert [hit.document.title for hit in hits] == ["Workshop handbook"]  # only it has both words
    (hit,) = hits
    assert hit.matching_pages == 1 and hit.pages[0].page == 4
    assert hit.pages[0].snippet_html == ("Assessment: a short quiz about <b>welding</b> <b>safety</b> and leather "
                                         "gloves.")
    grouped = {h.document.title: (sorted(p.page for p in h.pages), h.matching_pages)
               for h in documents.search("welding").hits}
    assert grouped == {"Workshop handbook": ([2, 4], 2), "Nothing about it": ([2], 1)}  # its first line


def test_an_epub_chapter_is_a_page_and_its_scripts_are_not_text(documents: DocumentService, stick: Path) -> None:
    documents.add([epub(stick / "book.epub", ["<p>Intro</p>", "<p>Solar installers</p><script>var hidden="
                                                               "'sesquipedalian';</script><style>p{}</style>"])])
    assert pages_for(documents, "installers") == [2]
    assert documents.search("sesquipedalian").hits == ()


def test_the_first_page_marks_its_own_words_after_the_title(documents: DocumentService, handbook: str) -> None:
    (hit,) = documents.search("workshop mask").hits
    assert hit.pages[0].snippet_html == "Safety first. Every apprentice wears a <b>mask</b> in the <b>workshop</b>."


@pytest.mark.parametrize("text", [
    "L'éducation numérique des formateurs: une formation professionnelle, pour l'apprentissage " * 3,
    "Welding, welded and welds — “quoted” words; the trainer’s masks " * 5,
    "ﬁnance and ﬂows² in the TVET_system",  # ligatures, a superscript, an underscore
])
def test_passages_through_the_index_terms_mark_exactly_the_matched_words(text: str) -> None:
    import re

    from tvet_desktop.catalog.language import normalize, stem, text_language, words
    from tvet_desktop.documents.index import page_terms
    from tvet_desktop.documents.passages import checkpoints, page_passage

    terms = page_terms(text, set()).split()
    language = text_language(words(text)[:400])
    for wanted in (frozenset(terms[3:5]), frozenset(terms[-1:]), frozenset({terms[0]})):
        marked = re.findall("\x02(.*?)\x03", page_passage(text, terms, checkpoints(text, len(terms)), wanted))
        assert marked and all(stem(normalize(word), language) in wanted for word in marked)


def test_a_two_letter_prefix_finds_its_most_frequent_words(documents: DocumentService, stick: Path) -> None:
    """Typing "ga" finds the 4 words beginning with it that most documents have; a third letter finds the rest."""
    words = ["gadget", "galaxy", "gamble", "garden"]
    for number in range(4):  # gadget in 4 documents, galaxy in 3 … garden in 1
        (stick / f"{number}.txt").write_text(" ".join(["notes", *words[:4 - number]]), encoding="utf-8")
    (stick / "gasket.txt").write_text("notes gasket", encoding="utf-8")  # in 1 document, the 5th word
    (stick / "more.txt").write_text("notes galaxy gamble garden", encoding="utf-8")
    documents.add([stick])
    only_gasket = documents.search("gasket").hits[0].document.id
    assert only_gasket not in {hit.document.id for hit in documents.search("ga", prefix=True, limit=20).hits}
    assert only_gasket in {hit.document.id for hit in documents.search("gas", prefix=True, limit=20).hits}


@pytest.mark.parametrize("typed", ["welding", "we", "welding safety", '"hot work"'])
def test_no_documents_yet_find_nothing_without_failing(documents: DocumentService, typed: str) -> None:
    # A new user's documents database: FTS5 keeps an empty averages record until the first page is added.
    assert documents.search(typed).hits == ()


def test_typing_on_reuses_the_same_query_until_a_document_is_added_or_removed(documents: DocumentService,
                                                                              stick: Path) -> None:
    """"weldi" and "welding" search the same words (the prefix's completions): the second keystroke gives the
    first's hits again, but never once the documents changed (a new one must be found at once)."""
    documents.add([text_pdf(stick / "first.pdf", ["Welding bay rules."])])
    first = documents.search("weldi", prefix=True)
    again = documents.search("welding", prefix=True)
    assert again.query.compiled.expression == first.query.compiled.expression
    assert again.hits is first.hits and [h.document.title for h in again.hits] == ["Welding bay rules."]
    second = documents.add([text_pdf(stick / "second.pdf", ["Welding welding welding: a second handout."])])
    found = documents.search("welding", prefix=True)
    assert [h.document.title for h in found.hits] == ["Welding welding welding: a second handout.",
                                                      "Welding bay rules."]
    documents.remove(second.added[0].id)
    assert [h.document.title for h in documents.search("weldi", prefix=True).hits] == ["Welding bay rules."]


def test_a_document_removed_and_added_again_changed_is_not_taken_for_the_old(documents: DocumentService,
                                                                             stick: Path) -> None:
    """A handout corrected (one word for another: the same counts of pages and words) and added again after the
    old one was removed: the search names the new document, not the one removed."""
    handout = stick / "bay.txt"
    handout.write_text("Welding bay rules apply.", encoding="utf-8")
    old = documents.add([handout]).added[0]
    assert [h.document.id for h in documents.search("weldi", prefix=True).hits] == [old.id]
    documents.remove(old.id)
    handout.write_text("Welding bay rules hold.", encoding="utf-8")
    new = documents.add([handout]).added[0]
    assert new.id != old.id
    assert [h.document.id for h in documents.search("welding", prefix=True).hits] == [new.id]


def test_a_document_with_no_word_to_index_changes_the_index_state_too(documents: DocumentService,
                                                                       stick: Path) -> None:
    """A handout of stop words only adds pages and no term: FTS5's structure record stays as it was, but its
    totals (which bm25 uses) change, so a search's earlier hits are not given again."""
    from tvet_desktop.documents.index import INDEX_STATE

    documents.add([text_pdf(stick / "bay.pdf", ["Welding bay rules."])])
    conn = documents.store.readers.conn
    before = conn.execute(INDEX_STATE).fetchone()
    (stick / "the.txt").write_text("The and of the.", encoding="utf-8")
    assert documents.add([stick / "the.txt"]).added
    assert conn.execute(INDEX_STATE).fetchone() != before

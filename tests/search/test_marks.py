"""Which strings the reader marks on a page for the search typed, and where they are in a text (no Qt needed)."""

from __future__ import annotations

from tvet_desktop.search.marks import marked_spans, words_to_mark


def test_the_words_typed_are_marked() -> None:
    assert words_to_mark("welds permit") == ["welds", "permit"]


def test_phrases_whole_and_no_stop_words_or_excluded_words() -> None:
    assert words_to_mark('"hot work" of the -grinding') == ["hot work"]
    assert marked("Wear protection of the eyes.", '"protection of the eyes"') == ["protection of the eyes"]
    assert words_to_mark("a OR an") == []


def test_accents_are_kept_since_the_page_has_them() -> None:
    assert words_to_mark("éducation")[0] == "éducation"


def marked(text: str, query: str) -> list[str]:
    return [text[start:end] for start, end in marked_spans(text, words_to_mark(query))]


def test_a_word_marks_its_forms_whole_and_nothing_inside_another() -> None:
    text = "Extraction of fumes: the extractor extracts what subtracted air leaves."
    assert marked(text, "extract") == ["Extraction", "extractor", "extracts"]  # "extractor": begins as typed
    assert marked(text, "extraction") == ["Extraction", "extracts"]  # the forms the index finds for it
    assert marked(text, "tract") == []


def test_a_longer_word_that_begins_with_the_stem_is_not_a_form() -> None:
    """The index finds "forks" in "fork" but not in "Forklift" (nor do the snippets bold it): neither is marked."""
    assert marked("Forklift forks: a fork under the load", "forks") == ["forks", "fork"]
    assert marked("Welding, welded and welds", "welds") == ["Welding", "welded", "welds"]


def test_words_are_found_as_the_index_folds_them() -> None:
    assert marked("Éducation et FORMATION", "education formation") == ["Éducation", "FORMATION"]
    assert marked("برامج التدريب المهني", "تدريب") == ["التدريب"]  # the article before the stem


def test_a_phrase_is_marked_as_one_run_of_words_even_across_lines() -> None:
    text = "no hot air; hot work\r\npermits, and hot\r\nworks"
    assert marked(text, '"hot work"') == ["hot work", "hot\r\nworks"]

"""Which strings the reader marks on a page for the search typed (no Qt needed)."""

from __future__ import annotations

from tvet_desktop.ui.reader.words import words_to_mark


def test_words_are_marked_as_typed_and_by_their_stem() -> None:
    assert words_to_mark("welds permit") == ["welds", "weld", "permit"]


def test_phrases_whole_and_no_stop_words_or_excluded_words() -> None:
    assert words_to_mark('"hot work" of the -grinding') == ["hot work"]
    assert words_to_mark("a OR an") == []


def test_accents_are_kept_since_the_page_has_them() -> None:
    assert words_to_mark("éducation")[0] == "éducation"

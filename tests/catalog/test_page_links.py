"""Which page a note's reference names for a word found in the note (page_links.page_near)."""

from __future__ import annotations

from tvet_desktop.catalog.page_links import page_near

NOTE = ("Week 2 plan: regulators.\n\n> Cylinders stand upright and chained.\n> Keep them away from heat (p. 3)\n\n"
        "Remind them.\n \n> Hoses are checked for cracks (p. 37)\r\n\r\nMy own words: see the table (p. 9).")


def at(word: str) -> int | None:
    return page_near(NOTE, NOTE.index(word))


def test_a_word_of_a_quote_names_the_quote_s_page() -> None:
    assert at("Cylinders") == 3 and at("Keep") == 3 and at("Hoses") == 37


def test_a_word_of_the_user_s_own_paragraph_names_none_there() -> None:
    assert at("plan") is None and at("Remind") is None  # a blank line holding a space still ends a paragraph


def test_a_reference_written_by_hand_counts_in_its_paragraph() -> None:
    assert at("My own") == 9  # after a Windows blank line, its own paragraph

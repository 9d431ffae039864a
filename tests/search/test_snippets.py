"""Passages: the part of an item's text a result row shows, its matched words marked, in any script."""

from __future__ import annotations

from tvet_desktop.catalog.language import index_terms
from tvet_desktop.search.snippets import END, START, passage


def terms(text: str, languages: tuple[str, ...] = ()) -> frozenset[str]:
    """The index terms a query typed as ``text`` searches for."""
    return frozenset(index_terms(text, languages))


def marked(text: str) -> list[str]:
    return [part.split(END)[0] for part in text.split(START)[1:]]


def test_the_passage_is_where_most_different_words_meet_in_a_long_body() -> None:
    filler = " ".join(["Plumbing and carpentry for the whole workshop."] * 40)
    body = f"Welding once. {filler} Learners need Safety: welding safety first. {filler}"
    found = passage(body, terms("welding safety"))
    assert marked(found) == ["Safety", "welding", "safety"]  # not the lone first "Welding"
    assert found.startswith("…") and found.endswith("…")
    assert len(found.split()) < 30


def test_a_text_without_the_words_gives_no_passage() -> None:
    assert passage("Carpentry and plumbing in the workshop.", terms("welding")) == ""
    assert passage("", terms("welding")) == ""
    assert passage("The of and in.", terms("welding")) == ""  # stop words only


def test_accents_arabic_marks_and_capitals_are_matched_as_the_index_matched_them() -> None:
    french = "Le guide des Formateurs de l'Éducation professionnelle au Sénégal."
    assert marked(passage(french, terms("formateur education", ("fr",)), ("fr",))) == ["Formateurs", "Éducation"]
    arabic = "دليل إعداد المُعَلِّمين في المدرسة المهنية."
    assert marked(passage(arabic, terms("المعلمين", ("ar",)), ("ar",))) == ["المُعَلِّمين"]
    mixed = "Training in Côte d'Ivoire: TRAINING of trainers."
    assert marked(passage(mixed, terms("training"))) == ["Training", "TRAINING"]

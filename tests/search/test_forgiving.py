"""Search that forgives, through the engine and the command line: four languages normalised and stemmed the
same way in the index and the query, stop words, closest matches, corrections, titles first, and a word being
typed that finds what the finished word finds."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.catalog.build import build_snapshot
from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.launch import main
from tvet_desktop.search.engine import SearchEngine

from ..conftest import write_source
from ..multilingual import ITEMS

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

# (typed, the item it must find first), one case per normalisation or stemming rule
LANGUAGE_CASES = [
    ("التدريب المهني", "arabic-vocational-training"),  # the title is vocalised (tashkeel)
    ("اعداد المعلمين", "arabic-vocational-training"),  # إعداد: hamza below
    ("المدرسه المهنيه", "arabic-vocational-training"),  # taa marbuta written as haa
    ("مستوي", "arabic-vocational-training"),  # alef maqsura written as yaa
    ("apprentissage batiment", "french-apprenticeship"),  # elision "l'", accent left out
    ("formateur", "french-apprenticeship"),  # French plural
    ("profesional turismo", "spanish-tourism"),  # Spanish plural "profesionales"
    ("formacion", "spanish-tourism"),  # accent left out
]


@pytest.fixture
def multilingual(tmp_path: Path) -> Path:
    path = tmp_path / "multilingual.sqlite"
    build_snapshot(write_source(tmp_path / "source", ITEMS), path)
    return path


@pytest.fixture
def engine(multilingual: Path) -> Iterator[SearchEngine]:
    with Catalog(multilingual) as catalog:
        yield SearchEngine(catalog)


def cli_ids(capsys: pytest.CaptureFixture[str], snapshot: Path, text: str) -> tuple[list[dict[str, object]], str]:
    assert main(["--catalog", str(snapshot), "search", "--json", "--", text]) == 0
    out, err = capsys.readouterr()
    return json.loads(out), err


@pytest.mark.parametrize(("typed", "expected"), LANGUAGE_CASES)
def test_four_languages_in_the_engine_and_the_command_line(capsys: pytest.CaptureFixture[str], multilingual: Path,
                                                            engine: SearchEngine, typed: str, expected: str) -> None:
    found = engine.find(typed)
    assert not found.closest and not found.corrected
    assert engine.search(typed)[0].id == expected
    hits, _ = cli_ids(capsys, multilingual, typed)
    assert hits[0]["id"] == expected and "corrected_query" not in hits[0]


def test_stop_words_need_not_match(engine: SearchEngine) -> None:
    found = engine.find("events in Africa")
    assert not found.closest
    assert {hit.id for hit in engine.search("events in Africa")} == {"africa-forum", "africa-workshop"}
    assert [h.id for h in engine.search("la formación de los profesionales")] == ["spanish-tourism"]
    assert [h.id for h in engine.search("التدريب في المدرسة")] == ["arabic-vocational-training"]


def test_closest_matches_when_no_item_has_all_the_words(capsys: pytest.CaptureFixture[str], multilingual: Path,
                                                        engine: SearchEngine) -> None:
    found = engine.find("green teacher welding")
    assert found.closest and found.results.page(0, 1)
    assert engine.search("green teacher welding")[0].id == "green-teachers"  # has two of the three words
    hits, err = cli_ids(capsys, multilingual, "green teacher welding")
    assert hits[0]["id"] == "green-teachers"
    assert "No item has all these words; showing the closest matches" in err
    assert main(["--catalog", str(multilingual), "search", "green teacher welding"]) == 0
    assert capsys.readouterr().out.startswith("No item has all these words; showing the closest matches\n")


def test_a_misspelt_query_shows_the_corrected_results(capsys: pytest.CaptureFixture[str], multilingual: Path,
                                                      engine: SearchEngine) -> None:
    found = engine.find("artifical inteligence")
    assert found.corrected == "artificial intelligence"
    hits, err = cli_ids(capsys, multilingual, "artifical inteligence")
    assert [hit["id"] for hit in hits] == ["ai-in-tvet"]
    assert hits[0]["corrected_query"] == "artificial intelligence"
    assert "Showing results for artificial intelligence — search instead for artifical inteligence" in err
    assert engine.find("artifical inteligence", forgive=False).results.count == 0


def test_a_title_that_is_the_query_ranks_first(engine: SearchEngine) -> None:
    assert [h.id for h in engine.search("innovation awards")][:2] == ["innovation-awards", "innovation-awards-report"]
    assert engine.search("the innovation awards")[0].id == "innovation-awards"


@pytest.mark.parametrize("finished", ["green teacher", "innovation awards", "events in africa", "formacion"])
def test_a_word_being_typed_finds_what_the_finished_word_finds(engine: SearchEngine, finished: str) -> None:
    while_typing = {h.id for h in engine.search(finished, prefix=True)}
    done = {h.id for h in engine.search(finished + " ", prefix=True)}
    assert done <= while_typing
    assert done == {h.id for h in engine.search(finished)}  # the window's finished query is the CLI's


def test_closest_matches_show_no_score_of_the_whole_query(engine: SearchEngine) -> None:
    """None of them has every word, so none has a bm25 for the query: the command line shows 0.0."""
    hits = engine.search("green teacher welding")
    assert hits and all(hit.score == 0.0 and str(hit.score) == "0.0" for hit in hits)

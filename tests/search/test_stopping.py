"""A search that a newer one replaced stops early (and leaves the catalogue as it was)."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.catalog.build import build_snapshot
from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.db import Stopped
from tvet_desktop.search.engine import SearchEngine
from tvet_desktop.search.query import parse
from tvet_desktop.search.run import SearchRequest, run_search

from ..conftest import write_source

if TYPE_CHECKING:
    from collections.abc import Iterator

WORDS = ("training", "teachers", "trainers", "transport", "trade", "tractor", "trust", "trial", "treaty", "tribe",
         "trip", "tropical", "tree", "welding", "solar", "digital", "skills", "green", "apprentices", "workshop",
         "safety")


@pytest.fixture(scope="module")
def larger(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchEngine]:
    """3,000 items where "tr" (the prefix of many words) is in almost all, as in a large catalogue."""
    rng = random.Random(7)
    items = [{"id": f"item-{n}", "kind": "publication", "title": " ".join(rng.sample(WORDS, 6)),
              "summary": " ".join(rng.choices(WORDS, k=30)), "body": " ".join(rng.choices(WORDS, k=200)),
              "year": 2000 + n % 25, "languages": ["en"]} for n in range(3000)]
    folder = tmp_path_factory.mktemp("larger")
    build_snapshot(write_source(folder / "source", items), folder / "catalog.sqlite")
    with Catalog(folder / "catalog.sqlite") as catalog:
        yield SearchEngine(catalog)


class StopsAfter:
    """Says "go on" for the first ``looks`` looks, "stop" from then on; counts the looks."""

    def __init__(self, looks: int) -> None:
        self.looks, self.seen = looks, 0

    def __call__(self) -> bool:
        self.seen += 1
        return self.seen > self.looks


def test_a_search_replaced_while_running_stops_and_returns_nothing(larger: SearchEngine) -> None:
    request = SearchRequest(text="tr")  # a prefix being typed: the slowest kind of search
    finished = run_search(larger, request)
    assert finished is not None and finished.results.count > 2500
    should_stop = StopsAfter(looks=1)
    assert run_search(larger, request, should_stop) is None
    assert should_stop.seen >= 2  # it looked while it ran, not only before


def test_the_catalogue_searches_normally_after_a_stopped_search(larger: SearchEngine) -> None:
    with pytest.raises(Stopped), larger.stop_when(lambda: True):
        larger.results(larger.prepare(parse("tr", prefix_last=True)), SearchRequest().filters).page(0, 50)
    again = run_search(larger, SearchRequest(text="training"))
    assert again is not None and again.results.count > 0 and again.first_page
    hits = larger.search("welding safety", limit=5)
    assert len(hits) == 5


def test_a_wanted_search_is_not_disturbed_by_the_looks(larger: SearchEngine) -> None:
    always_wanted = StopsAfter(looks=10**9)
    outcome = run_search(larger, SearchRequest(text="tr"), always_wanted)
    plain = run_search(larger, SearchRequest(text="tr"))
    assert outcome is not None and plain is not None
    assert [hit.id for hit in outcome.first_page] == [hit.id for hit in plain.first_page]
    assert always_wanted.seen >= 1


def test_what_later_searches_share_is_built_whole_even_when_stopped(larger: SearchEngine) -> None:
    """The browse index (about 1 s at 100,000 items) is built by the first search; stopping that search must
    not throw it away, or someone typing from the start would wait for it again after every keystroke."""
    statements: list[str] = []
    with Catalog(larger.catalog.path, stop_check_steps=100) as fresh:  # looks as often as at 100,000 items
        fresh.conn.set_trace_callback(statements.append)
        engine = SearchEngine(fresh)
        assert run_search(engine, SearchRequest(text="tr"), lambda: True) is None
        assert run_search(engine, SearchRequest(text="tr")) is not None
    builds = [s for s in statements if "FROM item_facets" in s]  # the browse index reads every facet row once
    assert len(builds) == 1  # one build, not one per search


def test_an_inner_block_gives_the_outer_ones_test_back(larger: SearchEngine) -> None:
    replaced = False
    with larger.stop_when(lambda: replaced):
        with larger.stop_when(lambda: False):
            pass
        replaced = True
        with pytest.raises(Stopped):
            larger.results(larger.prepare(parse("tr", prefix_last=True)), SearchRequest().filters).page(0, 50)
    assert larger.search("tr", prefix=True)  # and none is left behind

"""Champion lists: results proven from them equal FTS5's full bm25 ranking, bit for bit."""

from __future__ import annotations

import json
import random
import sqlite3
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.catalog.browse import Filters
from tvet_desktop.catalog.build import build_snapshot
from tvet_desktop.catalog.champion_lists import ChampionList, ListPolicy, rowid_bitmap
from tvet_desktop.catalog.schema import ranked_sql, title_key
from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.search import sql
from tvet_desktop.search.champions import ChampionLists, Plan
from tvet_desktop.search.compile import CompiledQuery, compile_query
from tvet_desktop.search.engine import SearchEngine
from tvet_desktop.search.query import parse

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

# Common words (in most items) and rarer ones, so some phrases get lists and others do not.
COMMON = ["training", "trainers", "teacher", "teaching", "digital", "skills", "work", "the", "of", "learning"]
RARE = ["welding", "solar", "plumbing", "aquaponics", "mechatronics", "curriculum", "assessment", "green"]
QUERIES = ["training", "digital", "teacher", "digital teacher training", "skills work", "the of", "welding",
           "green skills", "solar OR welding", '"digital skills"', "teacher -welding", "training -digital",
           "tea", "dig", "digital sk", "of the learning", "curriculum assessment", "skills", "learning", "the"]
WEIGHTED_SQL = "SELECT count(*) FROM term_lists WHERE weights != x'' OR sparse_weights != x''"


def _word(rng: random.Random) -> str:
    draw = rng.random()
    return rng.choice(COMMON) if draw < 0.6 else rng.choice(RARE) if draw < 0.61 else f"x{rng.randint(1, 999)}"


def _text(rng: random.Random, length: int) -> str:
    return " ".join(_word(rng) for _ in range(length))


def _write_items(folder: Path, count: int) -> Path:
    rng = random.Random(7)
    folder.mkdir(parents=True)
    items = [{"id": f"item-{n:04d}", "kind": rng.choice(["publication", "practice"]),
              "title": _text(rng, rng.randint(2, 8)), "summary": _text(rng, rng.randint(5, 20)),
              "body": _text(rng, rng.randint(10, 80)), "year": rng.randint(2000, 2024),
              "themes": [rng.choice(["green skills", "digital skills"])], "languages": ["en"]}
             for n in range(count)]
    (folder / "catalog.jsonl").write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    (folder / "snapshot.json").write_text(json.dumps({"catalogue_version": 1, "created": "2026-01-02T00:00:00Z"}))
    return folder


@pytest.fixture(params=["weights", "sparse weights", "bounds only"])
def small_lists(request: pytest.FixtureRequest) -> ListPolicy:
    """Lists for phrases in 40+ of 400 items, 25 items long: short enough that proofs can fail. With
    "weights", phrases in 60% of the items get 60-item lists and dense per-item weights, the others sparse
    ones (exact scores for all); "sparse weights" has only sparse ones; "bounds only" none."""
    return ListPolicy(min_documents=40, list_size=25, deep_list_size=60,
                      deep_share=0.6 if request.param == "weights" else 2.0,
                      sparse_weights=request.param != "bounds only")


@pytest.fixture
def listed(tmp_path: Path, small_lists: ListPolicy) -> Iterator[SearchEngine]:
    build_snapshot(_write_items(tmp_path / "source", 400), tmp_path / "listed.sqlite", lists=small_lists)
    with Catalog(tmp_path / "listed.sqlite") as catalog:
        yield SearchEngine(catalog)


def _full_ranking(engine: SearchEngine, text: str, prefix: bool) -> list[tuple[int, float]]:
    expression = engine.prepare(parse(text, prefix_last=prefix)).compiled.expression
    return [(rowid, score) for rowid, score in engine.catalog.conn.execute(ranked_sql(), (expression,))]


def _plan(engine: SearchEngine, text: str, prefix: bool = False, expand: bool = True) -> Plan | None:
    parsed = parse(text, prefix_last=prefix)
    compiled = engine.prepare(parsed).compiled if expand else compile_query(parsed)
    return ChampionLists(engine.catalog).plan(compiled)


def _assert_search_keeps_the_ranking(engine: SearchEngine, text: str, prefix: bool,
                                     full: list[tuple[int, float]]) -> None:
    """``search`` gives each hit its bm25 score and keeps FTS5's order, except that titles which are the
    query come first."""
    hits = engine.search(text, limit=10, prefix=prefix)
    rowids = engine.catalog.rowids_of([h.id for h in hits])
    scores = dict(full)
    assert [-h.score for h in hits] == [scores[r] for r in rowids], text
    first = _titles_first(engine, text, rowids)
    assert rowids[: len(first)] == first, text
    assert rowids[len(first) :] == [r for r, _ in full if r not in first][: len(rowids) - len(first)], text


def _titles_first(engine: SearchEngine, text: str, rowids: list[int]) -> list[int]:
    parsed = parse(text)
    if any(len(group) > 1 for group in parsed.groups) or parsed.excluded:
        return []
    key = " ".join(parsed.positive_words)
    titles = dict(engine.catalog.conn.execute("SELECT rowid, title FROM items"))
    return [r for r in rowids if title_key(titles[r]) == key or title_key(titles[r]).startswith(key + " ")]


def test_snapshot_has_lists_only_for_frequent_phrases(listed: SearchEngine) -> None:
    keys = {key for (key,) in listed.catalog.conn.execute("SELECT key FROM term_lists")}
    assert {"train", "digit", "teacher"} <= keys
    assert not keys & {"weld", "aquapon", "x1"}
    # No stop words and no prefixes: the index has neither (a typed prefix becomes its completions).
    assert not keys & {"the", "of"} and not [key for key in keys if key.endswith("*")]


@pytest.mark.parametrize("prefix", [False, True])
def test_proven_results_equal_the_full_bm25_ranking(listed: SearchEngine, prefix: bool) -> None:
    proven = 0
    for text in QUERIES:
        if not listed.prepare(parse(text, prefix_last=prefix)).matches_some:  # stop words only: everything
            assert listed.search(text, limit=10) == listed.search("", limit=10), text
            continue
        full = _full_ranking(listed, text, prefix)
        found = _plan(listed, text, prefix)
        top = found.top(found.mask, 10) if found else None
        if top is not None:
            proven += 1
            assert top == full[: len(top)], text  # same rows, same order, the very same float scores
        forgiven = listed.find(text, prefix=prefix)
        if forgiven.closest or forgiven.corrected:  # no item has all the words (tests/search/test_forgiving.py)
            continue
        _assert_search_keeps_the_ranking(listed, text, prefix, full)
    assert proven >= 3  # the lists are really used, not only the fallback


def test_frequent_phrases_have_lists_that_prove_quoted_phrases(listed: SearchEngine) -> None:
    keys = {key for (key,) in listed.catalog.conn.execute("SELECT key FROM term_lists WHERE key LIKE '% %'")}
    assert "digit skill" in keys  # a theme of half the items, its FTS5 tokens as the key
    for text in ['"digital skills"', '"digital skills" teacher', 'training "digital skill"']:
        found = _plan(listed, text)
        assert found is not None, text
        top = found.top(found.mask, 10)
        assert top is None or top == _full_ranking(listed, text, False)[: len(top)], text
    # With its per-item weights the phrase alone is proven (the 25-deep lists of this test can fail others).
    digit_skill = ChampionLists(listed.catalog).get("digit skill")
    if digit_skill is not None and digit_skill.contribution is not None:
        found = _plan(listed, '"digital skills"', expand=False)
        assert found is not None and found.top(found.mask, 10) is not None


def test_weights_give_fts5s_own_contribution_for_every_item(listed: SearchEngine) -> None:
    deep = 0
    lists = ChampionLists(listed.catalog)
    for (key,) in listed.catalog.conn.execute("SELECT key FROM term_lists ORDER BY key").fetchall():
        found = lists.get(key)
        assert found is not None
        if found.contribution is None:
            continue
        deep += 1
        expression = f'"{key[:-1]}"*' if key.endswith("*") else f'"{key}"'
        fts5 = {rowid: -score for rowid, score in listed.catalog.conn.execute(ranked_sql(), (expression,))}
        assert {r: found.contribution(r) for r in range(1, listed.catalog.index.size + 1) if r in fts5} == fts5, key
        assert all(found.contribution(r) == 0.0 for r in range(1, listed.catalog.index.size + 1) if r not in fts5), key
    with_weights = listed.catalog.conn.execute(WEIGHTED_SQL).fetchone()[0]
    assert deep == with_weights


def test_a_snapshot_without_weights_still_ranks_exactly(listed: SearchEngine, tmp_path: Path) -> None:
    """Snapshots built before the weights: no weights column, no lengths."""
    old = tmp_path / "old.sqlite"
    old.write_bytes(listed.catalog.path.read_bytes())
    conn = sqlite3.connect(old)
    conn.execute("ALTER TABLE term_lists DROP COLUMN weights")
    conn.execute("ALTER TABLE term_lists DROP COLUMN sparse_weights")
    conn.execute("DROP TABLE search_stats")
    conn.commit()
    conn.close()
    with Catalog(old) as catalog:
        for text in ["digital teacher training", "tea", "skills work"]:
            full = _full_ranking(SearchEngine(catalog), text, True)
            _assert_search_keeps_the_ranking(SearchEngine(catalog), text, True, full)


def test_match_masks_equal_fts5_matches(listed: SearchEngine) -> None:
    for text in QUERIES:
        compiled = listed.prepare(parse(text, prefix_last=True)).compiled
        found = _plan(listed, text, prefix=True)
        if found is not None:
            rowids = [r for (r,) in listed.catalog.conn.execute(sql.MATCHING_SQL, (compiled.expression,))]
            assert found.mask == listed.catalog.index.bitmap_of(rowids), text


def test_pages_past_the_proven_top_continue_the_full_ranking(listed: SearchEngine) -> None:
    results = listed.results(listed.prepare(parse("training")), Filters(kind=("publication",)), "relevance")
    full = [r for r, _ in _full_ranking(listed, "training", False)]
    flags = listed.catalog.index.flags(listed.catalog.index.mask(Filters(kind=("publication",))))
    expected = [r for r in full if flags[r - 1]]
    assert results.count == len(expected)
    assert results.page(0, 20) + results.page(20, 500) == expected


def test_deeper_pages_are_proven_from_the_lists(listed: SearchEngine) -> None:
    """Scrolling past the first proven rows (as the window does, on its GUI thread) proves the next rows
    from the lists instead of ranking every match, when the lists can."""
    listed = SearchEngine(listed.catalog, first_proven=5)
    statements: list[str] = []
    full_rankings = 0
    for text in QUERIES:
        query = listed.prepare(parse(text, prefix_last=True))
        if not query.matches_some:  # stop words only
            continue
        results = listed.results(query, Filters(), "relevance")
        full = [r for r, _ in _full_ranking(listed, text, True)]
        listed.catalog.conn.set_trace_callback(statements.append)
        try:
            assert results.page(5, 10) == full[5:15], text
        finally:
            listed.catalog.conn.set_trace_callback(None)
        full_rankings += sum("ORDER BY score" in s for s in statements)
        statements.clear()
        assert results.page(0, results.count) == full, text
    if listed.catalog.conn.execute(WEIGHTED_SQL).fetchone()[0]:
        assert full_rankings <= len(QUERIES) // 2


def test_facet_counts_from_lists_equal_counts_from_fts5(listed: SearchEngine) -> None:
    for text in ["training", "digital teacher", "tea", "teacher -welding"]:
        query = listed.prepare(parse(text, prefix_last=True))
        results = listed.results(query, Filters(kind=("practice",)), "relevance")
        expression = query.compiled.expression
        rowids = [r for (r,) in listed.catalog.conn.execute(sql.MATCHING_SQL, (expression,))]
        assert results.matched == listed.catalog.index.bitmap_of(rowids)
        by_fts = listed.facet_counts(query, Filters(kind=("practice",)), matched=listed.catalog.index.bitmap_of(rowids))
        assert listed.facet_counts(query, Filters(kind=("practice",))) == by_fts


def test_title_sorted_results_use_the_same_matches(listed: SearchEngine) -> None:
    query = listed.prepare(parse("digital teacher"))
    by_title = listed.results(query, Filters(), "title")
    expression = query.compiled.expression
    rowids = {r for (r,) in listed.catalog.conn.execute(sql.MATCHING_SQL, (expression,))}
    assert by_title.count == len(rowids) and set(by_title.page(0, by_title.count)) == rowids


def test_build_with_lists_is_byte_identical(tmp_path: Path, small_lists: ListPolicy) -> None:
    source = _write_items(tmp_path / "source", 120)
    build_snapshot(source, tmp_path / "a.sqlite", lists=small_lists)
    build_snapshot(source, tmp_path / "b.sqlite", lists=small_lists)
    assert (tmp_path / "a.sqlite").read_bytes() == (tmp_path / "b.sqlite").read_bytes()
    with sqlite3.connect(tmp_path / "a.sqlite") as conn:
        assert conn.execute("SELECT count(*) FROM term_lists").fetchone()[0] > 10
    conn.close()


def test_scores_of_rows_placed_by_a_sort_or_a_deeper_page_are_fts5s_own(listed: SearchEngine) -> None:
    """A page sorted by date or past the proven top shows each row's bm25, scored from the lists where they
    can (bit for bit FTS5's) and by FTS5 where they cannot; the search names nothing it did not match."""
    shown = 0
    for text in ["training", "digital teacher training", "tea", '"digital skills"', "training -digital"]:
        full = dict(_full_ranking(listed, text, True))
        for sort, offset in (("newest", 0), ("title", 40), ("relevance", 60)):
            hits = listed.search(text, limit=30, offset=offset, sort=sort, prefix=True)
            rowids = listed.catalog.rowids_of([hit.id for hit in hits])
            assert [-hit.score for hit in hits] == [full[r] for r in rowids], (text, sort)
            shown += len(hits)
    assert shown > 300
    found = _plan(listed, "training")
    assert found is not None
    rowids = list(range(1, listed.catalog.index.size + 1))
    exact = found.exact_scores(r for r in rowids if found.mask >> (r - 1) & 1)
    assert exact and all(score == full_score for r, score in exact.items()
                         for full_score in [dict(_full_ranking(listed, "training", False))[r]])


def test_lists_that_cannot_change_the_ranking_are_not_read() -> None:
    """A word in almost every item adds next to nothing to any score: the best items of "common OR rare" are
    proven from the rare word's list without scoring the common word's items."""
    size = 2000
    common_order = list(range(1, size + 1))
    common = ChampionList(size, 0.0, common_order, [1e-6 * (size - n) / size for n in range(size)],
                          rowid_bitmap(common_order), None)
    rare_order = [1500, 700, 30, 1999, 12]
    rare = ChampionList(5, 0.0, rare_order, [9.0, 8.0, 7.5, 7.0, 6.0], rowid_bitmap(rare_order), None)
    query = CompiledQuery(((('"common"', '"rare"'),),), ())
    found = Plan(query, {'"common"': common, '"rare"': rare}, size)
    scored: list[int] = []
    score = found._score

    def counted(rowid: int) -> tuple[float, bool]:
        scored.append(rowid)
        return score(rowid)

    found._score = counted  # type: ignore[method-assign]
    top = found.top(found.mask, 3)
    assert top is not None and [rowid for rowid, _ in top] == [1500, 700, 30]
    assert sorted(scored) == sorted(rare_order)  # none of the common word's other items

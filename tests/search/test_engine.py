"""Search as a user meets it: ranking, phrases, prefixes, stemming, typos, filters and facets."""

from __future__ import annotations

import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tvet_desktop.catalog.browse import Filters
from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.search.engine import SearchEngine
from tvet_desktop.search.query import parse
from tvet_desktop.search.run import SearchRequest, run_search


def ids(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [hit.id for hit in hits]


def test_title_match_ranks_above_body_match(engine: SearchEngine) -> None:
    found = ids(engine.search("welding"))
    assert found[0] == "welding-safety-guide"
    assert "apprenticeship-programme" in found  # only mentions welding deep in the body


def test_all_words_must_match(engine: SearchEngine) -> None:
    assert ids(engine.search("digital teachers")) == ["digital-skills-teachers"]


def test_exact_phrase(engine: SearchEngine) -> None:
    assert ids(engine.search('"mobile workshops"')) == ["solar-installers-practice"]
    assert ids(engine.search('"workshops mobile"')) == []


def test_or_and_exclusion(engine: SearchEngine) -> None:
    assert set(ids(engine.search("solar OR apprenticeship"))) == {"solar-installers-practice",
                                                                   "apprenticeship-programme"}
    assert ids(engine.search("welding -companies")) == ["welding-safety-guide"]


def test_exclusion_alone_lists_everything_else(engine: SearchEngine) -> None:
    found = set(ids(engine.search("-welding")))
    assert "welding-safety-guide" not in found and "greening-tvet" in found


def test_prefix_while_typing(engine: SearchEngine) -> None:
    assert ids(engine.search("weld", prefix=True))[0] == "welding-safety-guide"
    # Beyond the stem ("educat" is not a prefix of the stem "educ"), completions still find it.
    assert ids(engine.search("educat", prefix=True)) == ["solar-installers-practice"]
    assert ids(engine.search("educat")) == []


def test_stemming_finds_other_forms(engine: SearchEngine) -> None:
    assert "solar-installers-practice" in ids(engine.search("install"))
    assert "welding-safety-guide" in ids(engine.search("trainer"))
    # trainer and training are one family: a search for "trainer" also finds "training".
    assert "apprenticeship-programme" in ids(engine.search("trainer"))


def test_case_and_accent_folding(engine: SearchEngine) -> None:
    assert ids(engine.search("EDUCATION NUMERIQUE")) == ["solar-installers-practice"]
    assert ids(engine.search("éducation")) == ["solar-installers-practice"]


def test_searchable_metadata(engine: SearchEngine) -> None:
    assert ids(engine.search("Odhiambo")) == ["welding-safety-guide"]  # author
    assert ids(engine.search("Ghana")) == ["solar-installers-practice"]  # country
    assert "apprenticeship-programme" in ids(engine.search("apprenticeships"))  # theme


def test_snippet_highlights_matched_words(engine: SearchEngine) -> None:
    hit = engine.search("apprentices")[0]
    assert "<b>apprentices</b>" in hit.snippet_html and "<b>" not in hit.snippet
    assert hit.score > 0


def test_snippets_are_html_escaped(tmp_path, source_dir) -> None:  # type: ignore[no-untyped-def]
    from tvet_desktop.catalog.build import build_snapshot

    from ..conftest import ITEMS, write_source

    hostile = dict(ITEMS[0], id="hostile", summary="<img src=x onerror=alert(1)> welding & more")
    build_snapshot(write_source(tmp_path / "h", [hostile]), tmp_path / "h.sqlite")
    with Catalog(tmp_path / "h.sqlite") as catalog:
        html = SearchEngine(catalog).search("welding")[0].snippet_html
    assert "<img" not in html and "&lt;img" in html and "&amp;" in html


def test_did_you_mean(engine: SearchEngine) -> None:
    # A misspelt query that finds nothing shows the corrected query's results at once.
    assert engine.find("weldng").corrected == "welding"
    assert engine.search("weldng")[0].id == "welding-safety-guide"
    assert engine.suggest("weldng") == "welding"
    # "instalers" has the index term of "installers" (Snowball: "instal"), so only "Solr" needs correcting.
    assert engine.suggest("Solr instalers") == "solar instalers"
    assert engine.suggest("welding") is None
    assert engine.suggest("zzzzzz") is None


def test_filters_and_sorting(engine: SearchEngine) -> None:
    assert ids(engine.search("", kind="publication", sort="newest")) == ["digital-skills-teachers",
                                                                         "welding-safety-guide"]
    assert ids(engine.search("", region="Africa", sort="title")) == ["solar-installers-practice",
                                                                     "welding-safety-guide"]
    assert ids(engine.search("", theme=["welding", "apprenticeships"], sort="title")) == [
        "apprenticeship-programme", "welding-safety-guide"]
    assert ids(engine.search("", year_from=2020, year_to=2022, sort="newest")) == [
        "digital-skills-teachers", "welding-safety-guide"]
    assert ids(engine.search("skills", language="fr")) == ["solar-installers-practice"]


def test_browse_without_query_is_newest_first_with_undated_last(engine: SearchEngine) -> None:
    found = ids(engine.search(""))
    assert found[0] == "solar-installers-practice" and found[-1] == "greening-tvet"


def test_paging(engine: SearchEngine) -> None:
    everything = ids(engine.search("", sort="title", limit=50))
    pages = ids(engine.search("", sort="title", limit=2)) + ids(engine.search("", sort="title", limit=2, offset=2))
    assert pages == everything[:4]


def test_facet_counts_follow_query_and_other_filters(engine: SearchEngine) -> None:
    facets = engine.facets("skills")
    themes = {c.value: c.count for c in facets.values["theme"]}
    assert themes["digital skills"] == 2 and "welding" not in themes
    filtered = engine.facets("", kind="publication")
    kinds = {c.value: c.count for c in filtered.values["kind"]}
    # A facet's own selection does not shrink its counts, so other kinds stay visible to pick.
    assert kinds["practice"] == 1 and kinds["publication"] == 2
    assert {c.value for c in filtered.values["region"]} == {"Africa", "Europe and North America"}
    assert filtered.total == 2 and (filtered.year_min, filtered.year_max) == (2021, 2022)


def test_results_count_matches_pages(engine: SearchEngine) -> None:
    results = engine.results(engine.prepare(parse("skills")), Filters(), "relevance")
    assert results.count == 3 and len(results.page(0, 10)) == 3


def test_get_returns_whole_item(catalog: Catalog) -> None:
    item = catalog.get("welding-safety-guide")
    assert item is not None
    assert item.authors == ("Amina Odhiambo",) and item.themes == ("workshop safety", "welding")
    assert item.body.startswith("## Protective gear")
    assert catalog.get("no-such-item") is None


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(), prefix=st.booleans(), sort=st.sampled_from(["relevance", "newest", "title"]))
def test_no_query_raises(engine: SearchEngine, text: str, prefix: bool, sort: str) -> None:
    engine.search(text, prefix=prefix, sort=sort)
    engine.facets(text, prefix=prefix)
    engine.suggest(text)


def test_hostile_queries(engine: SearchEngine) -> None:
    for text in ['"', '""', "*", "-", "OR", "OR OR", "a OR", "NOT", "NEAR(", "x" * 10_000, "\x00", "' ; DROP TABLE",
                 "-" * 50, "((((", "title:welding", "^welding", "🙂 welding"]:
        engine.search(text)
        engine.search(text, prefix=True)


def test_results_within_a_collection_keep_its_order(engine: SearchEngine) -> None:
    within = ["greening-tvet", "no-longer-there", "welding-safety-guide", "solar-installers-practice"]
    listed = engine.results(engine.prepare(parse("")), Filters(), "relevance", within=within)
    assert ids(engine.hits(listed.page(0, 10), engine.prepare(parse("")))) == ["greening-tvet", "welding-safety-guide",
                                                                "solar-installers-practice"]
    narrowed = engine.results(engine.prepare(parse("skills")), Filters(region=("Africa",)), "newest", within=within)
    assert ids(engine.hits(narrowed.page(0, 10), engine.prepare(parse("skills")))) == ["solar-installers-practice"]
    facets = engine.facet_counts(engine.prepare(parse("")), Filters(), within=within)
    assert facets.total == 3 and {c.value for c in facets.values["kind"]} == {"glossary_term", "publication",
                                                                              "practice"}


def test_facets_from_ranked_matches_equal_a_fresh_count(engine: SearchEngine) -> None:
    query = engine.prepare(parse("skills"))
    results = engine.results(query, Filters(region=("Africa",)), "relevance")
    assert results.matched is not None
    reused = engine.facet_counts(query, Filters(region=("Africa",)), matched=results.matched)
    assert reused == engine.facet_counts(query, Filters(region=("Africa",)))


def test_filtered_and_sorted_searches_report_the_same_scores(engine: SearchEngine) -> None:
    ranked = {hit.id: hit.score for hit in engine.search("training")}
    for hits in (engine.search("training", kind="publication"), engine.search("training", sort="newest")):
        assert hits and all(hit.score > 0 and hit.score == pytest.approx(ranked[hit.id]) for hit in hits)


def test_results_know_where_each_item_stands(catalog: Catalog, engine: SearchEngine) -> None:
    for text, sort in (("", "newest"), ("", "title"), ("training", "relevance"), ("training", "title")):
        results = engine.results(engine.prepare(parse(text)), Filters(), sort)
        listed = results.page(0, 50)
        assert [results.position(rowid) for rowid in listed] == list(range(len(listed)))
    unmatched = catalog.rowids_of(["greening-tvet"])[0]
    assert engine.results(engine.prepare(parse("welding")), Filters()).position(unmatched) is None


def _ranking_statements(engine: SearchEngine) -> list[str]:
    statements: list[str] = []
    engine.catalog.conn.set_trace_callback(statements.append)
    return statements


def test_the_windows_search_ranks_a_query_once(engine: SearchEngine) -> None:
    """Without champion lists (a small catalogue), FTS5 ranks the query: once, although the window needs the
    count, the first page and the facet counts' matches."""
    statements = _ranking_statements(engine)
    outcome = run_search(engine, SearchRequest(text="training"))
    engine.catalog.conn.set_trace_callback(None)
    assert outcome is not None and outcome.results.count >= 3
    assert sum("ORDER BY score" in s for s in statements) == 1


def test_a_one_page_search_finds_every_row_once_the_rest_is_ranked(engine: SearchEngine) -> None:
    results = engine.results(engine.prepare(parse("training")), Filters(), needed=1)
    rows = results.page(0, results.count)
    assert len(rows) >= 3 and [results.position(rowid) for rowid in rows] == list(range(len(rows)))


def test_results_read_on_another_thread_use_that_threads_connection(engine: SearchEngine) -> None:
    results = engine.results(engine.prepare(parse("training")), Filters(), needed=1)
    statements = _ranking_statements(engine)
    counted: list[int] = []
    reader = threading.Thread(target=lambda: counted.append(results.count))
    reader.start()
    reader.join()
    engine.catalog.conn.set_trace_callback(None)
    assert counted and counted[0] >= 3 and statements == []

"""Browse: facet filter + sort + one page, and facet counts, from the in-memory bitmaps against plain SQL."""

from __future__ import annotations

import gc
import os
import sqlite3
import time
import tracemalloc
from functools import partial
from typing import TYPE_CHECKING, Any

from tvet_desktop.catalog.browse import Filters
from tvet_desktop.catalog.records import FACETS, Facets
from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.search.compile import compile_query
from tvet_desktop.search.engine import SearchEngine
from tvet_desktop.search.query import ParsedQuery, parse

from .stats import summary, timed
from .vocabulary import THEMES

if TYPE_CHECKING:
    from pathlib import Path

PAGE = 100
KINDS3 = ("publication", "event", "practice")
# (label, filters, sort, offset at 100k items; scaled down with the catalogue so deep pages stay inside it)
PAGE_CASES = [
    ("publication · 1 theme", Filters(kind=("publication",), theme=(THEMES[0],)), "newest", 0),
    ("publication · 1 theme", Filters(kind=("publication",), theme=(THEMES[0],)), "title", 0),
    ("3 kinds · 3 themes", Filters(kind=KINDS3, theme=tuple(THEMES[:3])), "newest", 5_000),
    ("3 kinds · 3 themes", Filters(kind=KINDS3, theme=tuple(THEMES[:3])), "title", 5_000),
    ("Africa · 2015–2026", Filters(region=("Africa",), year_from=2015, year_to=2026), "newest", 2_000),
    ("no filter", Filters(), "title", 50_000),
]
FACET_CASES = [
    ("no filter", "", Filters()),
    ("kind", "", Filters(kind=("publication",))),
    ("2 kinds · theme", "", Filters(kind=("publication", "practice"), theme=(THEMES[0],))),
    ("2 themes · region · years", "",
     Filters(theme=tuple(THEMES[1:3]), region=("Africa",), year_from=2015, year_to=2026)),
    ("country · language", "", Filters(country=("Kenya",), language=("fr",))),
    ("query 'digital'", "digital", Filters()),
    ("query 'welding' · kind", "welding", Filters(kind=("publication",))),
    ("query 'teacher training' · theme", "teacher training", Filters(theme=(THEMES[0],))),
]
ORDER_SQL = {"newest": "items.rowid", "title": "items.title_sort, items.id"}


def _where(filters: Filters, skip: str | None = None, expression: str = "") -> tuple[str, list[object]]:
    """SQL conditions on ``items`` for ``filters`` (ignoring facet ``skip``) and a MATCH expression."""
    clauses: list[str] = ["1"]
    params: list[object] = []
    for facet in FACETS:
        chosen = filters.selected(facet)
        if chosen and facet != skip:
            marks = ", ".join("?" * len(chosen))
            clauses.append(f"items.rowid IN (SELECT item FROM item_facets WHERE facet = ? AND value IN ({marks}))")
            params += [facet, *chosen]
    if filters.year_from is not None and skip != "years":
        clauses.append("items.year >= ?")
        params.append(filters.year_from)
    if filters.year_to is not None and skip != "years":
        clauses.append("items.year <= ?")
        params.append(filters.year_to)
    if expression:
        clauses.append("items.rowid IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)")
        params.append(expression)
    return " AND ".join(clauses), params


def _facet_counts(engine: SearchEngine, query: ParsedQuery, filters: Filters) -> Facets:
    """Facet counts as the window asks for them, its query compiled as a search compiles it."""
    return engine.facet_counts(engine.prepare(query), filters)


def sql_page(conn: sqlite3.Connection, filters: Filters, sort: str, offset: int) -> tuple[int, list[int]]:
    where, params = _where(filters)
    count = conn.execute(f"SELECT count(*) FROM items WHERE {where}", params).fetchone()[0]
    rows = conn.execute(f"SELECT items.rowid FROM items WHERE {where} ORDER BY {ORDER_SQL[sort]} LIMIT ? OFFSET ?",
                        [*params, PAGE, offset])
    return count, [r for (r,) in rows]


def sql_facets(conn: sqlite3.Connection, filters: Filters, expression: str) -> dict[str, Any]:
    """Counts per facet value (each facet ignoring its own selection), the total and the year span."""
    counts = {}
    for facet in FACETS:
        where, params = _where(filters, facet, expression)
        counts[facet] = dict(conn.execute(
            f"SELECT value, count(*) FROM item_facets WHERE facet = ? AND item IN (SELECT items.rowid FROM items "
            f"WHERE {where}) GROUP BY value", [facet, *params]))
    where, params = _where(filters, expression=expression)
    total = conn.execute(f"SELECT count(*) FROM items WHERE {where}", params).fetchone()[0]
    where, params = _where(filters, "years", expression)
    span = conn.execute(f"SELECT min(year), max(year) FROM items WHERE {where}", params).fetchone()
    return {"values": counts, "total": total, "span": tuple(span)}


def _rss_mib() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def index_cost(path: Path, repeat: int) -> dict[str, float]:
    """One-time cost of ``catalog.index``: time and RSS growth, then retained/peak Python memory (tracemalloc)."""
    seconds, rss = [], []
    for _ in range(repeat):
        gc.collect()
        with Catalog(path) as catalog:
            before, started = _rss_mib(), time.perf_counter()
            _ = catalog.index
            seconds.append((time.perf_counter() - started) * 1000)
            rss.append(_rss_mib() - before)
    gc.collect()
    with Catalog(path) as catalog:
        tracemalloc.start()
        _ = catalog.index
        retained, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return {**summary(seconds), "rss_mib": max(rss), "retained_mib": retained / 2**20, "peak_mib": peak / 2**20}


def run(path: Path, size: int, repeat: int) -> dict[str, Any]:
    result: dict[str, Any] = {"index": index_cost(path, 3 if repeat > 10 else 1), "pages": [], "facets": []}
    catalog = Catalog(path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    engine = SearchEngine(catalog)
    empty = engine.prepare(parse(""))
    try:
        _ = catalog.index
        for label, filters, sort, full_offset in PAGE_CASES:
            offset = full_offset * size // 100_000

            def app(f: Filters = filters, s: str = sort, o: int = offset) -> tuple[int, list[int]]:
                results = engine.results(empty, f, s)
                return results.count, results.page(o, PAGE)

            same = app() == sql_page(conn, filters, sort, offset)  # the baseline must return the same rows
            result["pages"].append({"label": label, "sort": sort, "offset": offset, "count": app()[0], "same": same,
                                    "app": summary(timed(app, repeat)),
                                    "sql": summary(timed(partial(sql_page, conn, filters, sort, offset), repeat))})
        for label, text, filters in FACET_CASES:
            query = parse(text, prefix_last=True)  # as the window asks while typing
            expression = compile_query(query).expression
            app_counts = engine.facet_counts(engine.prepare(query), filters)
            base = sql_facets(conn, filters, expression)
            same = {f: {c.value: c.count for c in v if c.count} for f, v in app_counts.values.items()} \
                == base["values"] and app_counts.total == base["total"]
            result["facets"].append({
                "label": label, "total": app_counts.total, "same": same if not text else None,
                "app": summary(timed(partial(_facet_counts, engine, query, filters), repeat)),
                "sql": summary(timed(partial(sql_facets, conn, filters, expression), max(3, repeat // 5))),
            })
    finally:
        catalog.close()
        conn.close()
    return result

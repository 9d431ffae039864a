"""Search: ``SearchEngine.search(q, limit=50)`` against a naive one-statement query on a plain FTS5 table.

The app's index is contentless FTS5 over Snowball stems (no stop words), so a naive statement on the app's own
file can neither make snippets nor meet a typed word. The baseline is instead a plain FTS5 table (it keeps its
text; no prefix index) holding the very rows the app's builder indexes (:class:`SearchIndex`: the same stems),
queried with the query's own words turned into index terms the plain way: each word's stem, ANDed, the word
being typed an FTS5 prefix of its stem. It is built once per catalogue and cached beside the snapshot.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
from functools import partial
from typing import TYPE_CHECKING, Any

from tvet_desktop.catalog.browse import Filters
from tvet_desktop.catalog.build import SearchIndex
from tvet_desktop.catalog.language import stems_of
from tvet_desktop.catalog.schema import FTS_COLUMNS, TOKENIZER
from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.catalog.source import load_items
from tvet_desktop.search.engine import SearchEngine
from tvet_desktop.search.query import ParsedQuery, Term, parse

from .generate import builder_fingerprint
from .stats import summary, timed

if TYPE_CHECKING:
    from pathlib import Path

    from tvet_desktop.catalog.records import Hit

# 1–3 words mixing common and rare words, phrases, OR, an exclusion, word families, a typo and
# half-typed words (these only match as prefixes in the prefix=True variant, as while typing).
QUERIES = [
    "training", "digital", "teacher", "skills development", "welding", "apprenticeship", "mechatronics",
    "blockchain", "digital teacher training", "green skills", "curriculum assessment", "women entrepreneurship",
    "rural youth employment", "future of work", "photovoltaic solar energy", "aquaponics welding",
    '"digital skills"', '"work-based learning"', "solar OR wind", "welding OR plumbing", "teacher -digital",
    "trainer", "apprentice", "quality assurance", "pandemic recovery", "tranining", "dig", "tea", "digital sk",
    "weld",
]
NAIVE_SQL = (
    "SELECT rowid, snippet(items_fts, -1, '[', ']', '…', 24), bm25(items_fts, 10.0, 4.0, 1.0, 3.0, 2.0, 2.0, 3.0) "
    "AS score FROM items_fts WHERE items_fts MATCH ? ORDER BY score LIMIT 50"
)


NAIVE_TABLE = (f"CREATE VIRTUAL TABLE items_fts USING fts5({', '.join(FTS_COLUMNS)}, "
               f"tokenize='{TOKENIZER}')")


def naive_index(snapshot: Path) -> Path:
    """The plain FTS5 file for the catalogue of ``snapshot`` (its source is ``source/`` beside it), built once
    by the same builder code as the snapshot (rebuilt when that code changes)."""
    out, record = snapshot.with_name("naive-fts5.sqlite"), snapshot.with_name("naive-fts5.json")
    if out.exists() and record.exists() and json.loads(record.read_text()).get("builder") == builder_fingerprint():
        return out
    out.unlink(missing_ok=True)
    conn = sqlite3.connect(out)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute(NAIVE_TABLE)
    rows = SearchIndex().rows(load_items(snapshot.parent / "source"))
    conn.executemany(f"INSERT INTO items_fts(rowid, {', '.join(FTS_COLUMNS)}) VALUES ({', '.join('?' * 8)})", rows)
    conn.execute("INSERT INTO items_fts(items_fts) VALUES ('optimize')")
    conn.commit()
    conn.close()
    record.write_text(json.dumps({"builder": builder_fingerprint()}))
    return out


def naive_expression(query: str, prefix: bool) -> str:
    """The query's own words as their (English) stems, quoted and ANDed (phrases, OR and NOT kept, the last
    word a plain FTS5 prefix of its stem), built here rather than by the app, so the baseline stays the same
    whatever the app's expansions (other languages' stems, word families, completions) do."""
    parsed = parse(query, prefix_last=prefix)

    def any_of(terms: tuple[Term, ...]) -> str:
        quoted = ['"' + " ".join(stems_of(word)[0] for word in t.words) + '"' + ("*" if t.prefix else "")
                  for t in terms]
        return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"

    expression = " AND ".join(any_of(group) for group in parsed.groups)
    return expression + " NOT " + any_of(parsed.excluded) if expression and parsed.excluded else expression


def _fetch_all(conn: sqlite3.Connection, sql: str, expression: str) -> list[Any]:
    return conn.execute(sql, (expression,)).fetchall()


def _hits(engine: SearchEngine, rowids: list[int], parsed: ParsedQuery) -> list[Hit]:
    """Rows and snippets of a page, the query compiled as a search compiles it."""
    return engine.hits(rowids, engine.prepare(parsed))


def run(path: Path, repeat: int) -> dict[str, Any]:
    """Each query ``repeat`` + 1 times per variant (first discarded), app and baseline interleaved per query."""
    catalog = Catalog(path)
    engine = SearchEngine(catalog)
    naive = sqlite3.connect(f"{naive_index(path).resolve().as_uri()}?mode=ro", uri=True)
    samples: dict[str, list[float]] = {"app": [], "app_prefix": [], "naive": [], "naive_prefix": []}
    per_query = []
    try:
        for query in QUERIES:
            row: dict[str, Any] = {"query": query}
            for prefix, suffix in ((False, ""), (True, "_prefix")):
                app = timed(partial(engine.search, query, limit=50, prefix=prefix), repeat)
                expression = naive_expression(query, prefix)
                base = timed(partial(_fetch_all, naive, NAIVE_SQL, expression), repeat) \
                    if expression else [0.0] * repeat
                samples["app" + suffix] += app
                samples["naive" + suffix] += base
                row["app" + suffix], row["naive" + suffix] = summary(app)["median"], summary(base)["median"]
            row["matches"] = engine.facets(query, prefix=True).total
            per_query.append(row)
    finally:
        catalog.close()
        naive.close()
    return {"summary": {name: summary(values) for name, values in samples.items()}, "queries": per_query}


def breakdown(path: Path, queries: list[str], repeat: int) -> list[dict[str, Any]]:
    """For the slowest queries (prefix variant): how much of ``search`` is ``hits`` (rows and snippets)."""
    rows = []
    with Catalog(path) as catalog:
        engine = SearchEngine(catalog)
        for query in queries:
            parsed = parse(query, prefix_last=True)
            rowids = engine.results(engine.prepare(parsed), Filters()).page(0, 50)  # the same top 50, in rank order
            total = timed(partial(engine.search, query, limit=50, prefix=True), repeat)
            hits = timed(partial(_hits, engine, rowids, parsed), repeat)
            rows.append({"query": query, "search_ms": statistics.median(total), "hits_ms": statistics.median(hits)})
    return rows


DEEP_QUERIES = ["training", "digital teacher training", "skills development", "tea", "digital sk"]
DEEP_OFFSETS = [100, 1_000, 10_000]


def deeper_pages(path: Path, repeat: int) -> list[dict[str, Any]]:
    """The first ``Results.page(offset, 100)`` past the first page, as the window asks on its GUI thread when the
    list scrolls there (prefix=True, no filter): each sample starts from fresh results, so nothing is cached."""
    rows = []
    with Catalog(path) as catalog:
        engine = SearchEngine(catalog)
        for query in DEEP_QUERIES:
            parsed = parse(query, prefix_last=True)
            row: dict[Any, Any] = {"query": query}
            for offset in DEEP_OFFSETS:
                samples = []
                for _ in range(repeat + 1):
                    results = engine.results(engine.prepare(parsed), Filters())
                    samples += timed(partial(results.page, offset, 100), 1, warmup=0)
                row[offset] = statistics.median(samples[1:])
            rows.append(row)
    return rows

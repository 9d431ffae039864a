"""Build a catalogue snapshot: a read-only SQLite file with list columns, facets and an FTS5 index.

The same source always gives the same bytes (with the same SQLite library): rows go in a fixed
order, dates come from the source or ``SOURCE_DATE_EPOCH`` and never from the clock.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from ..text import fold
from .champion_lists import CREATE_SQL as CHAMPION_LISTS_SQL
from .champion_lists import CREATE_STATS_SQL as SEARCH_STATS_SQL
from .champion_lists import PUBLISHED, ListPolicy, write_champion_lists
from .frequent_phrases import SAMPLE
from .language import STOP_WORDS, stem, text_language, words
from .records import KIND_LABELS, SNAPSHOT_FORMAT, Item
from .schema import FTS_COLUMNS, FTS_WEIGHTS, TOKENIZER, title_key
from .source import SourceError, load_items

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

META_FILE = "snapshot.json"
LAST_EPOCH = 253402300799  # 9999-12-31T23:59:59Z
MAX_VERSION = 2**63 - 1  # SQLite's largest integer


def build_snapshot(source: Path, out: Path, version: int | None = None, lists: ListPolicy = PUBLISHED,
                   files: dict[str, Path] | None = None) -> int:
    """Build ``out`` from ``source``; returns the item count. Nothing is left at ``out`` on failure. ``lists``
    says which phrases get champion lists (the default is what published catalogues use); ``files`` receives
    the attachments' files by SHA-256 (for the publisher to copy)."""
    items = load_items(source, files)
    meta = _source_meta(source)
    catalogue_version = version if version is not None else _meta_version(source, meta)
    created = _created(meta, items)
    if out.is_dir():
        raise SourceError(out, 0, "is a folder: name the snapshot file to write")
    staging = out.with_name(f".{out.name}.{os.getpid()}.building")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            staging.unlink()
        staging.touch()
    except OSError as error:
        raise SourceError(out, 0, f"cannot write the snapshot there ({error.strerror or error})") from None
    try:
        _write(staging, _newest_first(items), catalogue_version, created, lists)
        os.replace(staging, out)
    finally:
        with contextlib.suppress(FileNotFoundError):
            staging.unlink()
    return len(items)


def content_hash(items: Iterable[Item]) -> str:
    digest = hashlib.sha256()
    for item in sorted(items, key=lambda i: i.id):
        digest.update(json.dumps(item.to_json(), ensure_ascii=False, sort_keys=True).encode())
        digest.update(b"\n")
    return digest.hexdigest()


def _source_meta(source: Path) -> dict[str, object]:
    meta_path = source / META_FILE if source.is_dir() else None
    if meta_path is None or not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError) as error:
        raise SourceError(meta_path, 1, f"invalid JSON: {error or 'nested too deeply'}") from None
    if not isinstance(meta, dict):
        raise SourceError(meta_path, 1, "must be a JSON object")
    return meta


def _created(meta: dict[str, object], items: list[Item]) -> str:
    """ISO timestamp: SOURCE_DATE_EPOCH, else the source's own date, else its newest item's."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and not (epoch.isascii() and epoch.isdigit() and len(epoch) <= len(str(LAST_EPOCH))
                      and int(epoch) <= LAST_EPOCH):
        raise SourceError(Path("SOURCE_DATE_EPOCH"), 0, "must be a whole number of seconds since 1970, "
                          f"at most {LAST_EPOCH} (the end of the year 9999)")
    if epoch:
        return datetime.fromtimestamp(int(epoch), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(meta.get("created"), str):
        return str(meta["created"])
    dates = [i.date or f"{i.year}-01-01" for i in items if i.date or i.year]
    return (max(dates) if dates else "1970-01-01") + "T00:00:00Z"


def _meta_version(source: Path, meta: dict[str, object]) -> int:
    value = meta.get("catalogue_version", 1)
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_VERSION:
        raise SourceError(source / META_FILE, 1, "'catalogue_version' must be a positive integer")
    return value


def _newest_first(items: list[Item]) -> list[Item]:
    """Row order of the snapshot: rowid order is the 'newest' browse order."""
    return sorted(items, key=lambda i: (-(i.year or 0), _negated(i.date), fold(i.title), i.id))


def _negated(date: str | None) -> tuple[int, ...]:
    return tuple(-int(part) for part in date.split("-")) if date else (0,)


def _write(path: Path, items: list[Item], catalogue_version: int, created: str, lists: ListPolicy) -> None:
    db = sqlite_utils.Database(path)
    conn = db.conn
    conn.execute("PRAGMA page_size = 4096")
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    _create_tables(db)
    db.table("items").insert_all(_item_rows(items), batch_size=2000)
    db.table("item_bodies").insert_all(
        ({"rowid": n, "body": i.body, "authors": "; ".join(i.authors), "themes": "; ".join(i.themes),
          "sources": i.sources}
         for n, i in enumerate(items, 1)),
        batch_size=2000,
    )
    db.table("attachments").insert_all(
        ({"item": n, "position": p, **a._asdict()} for n, i in enumerate(items, 1)
         for p, a in enumerate(i.attachments, 1)),
        batch_size=2000,
    )
    db.table("item_facets").insert_all(_facet_rows(items), batch_size=5000)
    index = SearchIndex()
    conn.executemany(f"INSERT INTO items_fts(rowid, {', '.join(FTS_COLUMNS)}) VALUES ({', '.join('?' * 8)})",
                     index.rows(items))
    db.table("vocabulary").insert_all(index.vocabulary_rows(), batch_size=5000)
    weights = ", ".join(str(w) for w in FTS_WEIGHTS)
    conn.execute("INSERT INTO items_fts(items_fts, rank) VALUES ('rank', ?)", (f"bm25({weights})",))
    conn.execute("INSERT INTO items_fts(items_fts) VALUES ('optimize')")
    write_champion_lists(conn, len(items), index.sample, lists)
    meta = {
        "format_version": SNAPSHOT_FORMAT,
        "catalogue_version": catalogue_version,
        "created": created,
        "item_count": len(items),
        "content_hash": content_hash(items),
    }
    db.table("snapshot").insert_all({"key": k, "value": str(v)} for k, v in meta.items())
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _create_tables(db: sqlite_utils.Database) -> None:
    db.table("snapshot").create({"key": str, "value": str}, pk="key")
    db.table("items").create(
        {"rowid": int, "id": str, "kind": str, "title": str, "title_sort": str, "summary": str,
         "year": int, "date": str, "country": str, "region": str, "institution": str,
         "submitter": str, "authors": str, "languages": str, "themes": str, "url": str, "licence": str,
         "isbn": str},
        pk="rowid", not_null={"id", "kind", "title", "title_sort"},
    )
    # Large text lives apart so that list and facet queries never page through it; authors and
    # themes are repeated here as plain text for the search index and its snippets.
    db.table("item_bodies").create({"rowid": int, "body": str, "authors": str, "themes": str, "sources": str},
                                   pk="rowid",
                                   foreign_keys=[("rowid", "items", "rowid")])
    # The files published with an item, as measured at build time: what a downloaded copy is checked against.
    db.table("attachments").create(
        {"item": int, "position": int, "filename": str, "media_type": str, "sha256": str, "size": int,
         "pages": int, "title": str, "language": str, "licence": str},
        pk=("item", "position"), not_null={"filename", "media_type", "sha256", "size"},
        foreign_keys=[("item", "items", "rowid")])
    db.table("item_facets").create({"facet": str, "value": str, "item": int}, pk=("facet", "value", "item"))
    db.table("vocabulary").create({"word": str, "stem": str, "family": str, "documents": int}, pk=("word", "stem"))
    db.execute(CHAMPION_LISTS_SQL)
    db.execute(SEARCH_STATS_SQL)
    db.table("items").create_index(["id"], unique=True)
    db.table("items").create_index(["title_sort"])
    db.table("items").create_index(["kind", "rowid"])
    db.table("items").create_index(["year"])
    db.table("item_facets").create_index(["item"])
    db.table("attachments").create_index(["sha256"])
    db.table("vocabulary").create_index(["family"])
    db.table("vocabulary").create_index(["stem"])
    # Contentless: the index holds the index terms of :mod:`.language` (stems, no stop words), which no table
    # needs to keep as text; the items' own text is in items and item_bodies, and snippets are made from it.
    db.execute(f"CREATE VIRTUAL TABLE items_fts USING fts5({', '.join(FTS_COLUMNS)}, content='', "
               f"tokenize='{TOKENIZER}')")


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _item_rows(items: list[Item]) -> Iterator[dict[str, object]]:
    for number, item in enumerate(items, 1):
        yield {
            "rowid": number, "id": item.id, "kind": item.kind, "title": item.title,
            "title_sort": title_key(item.title), "summary": item.summary, "year": item.year, "date": item.date,
            "country": item.country, "region": item.region, "institution": item.institution,
            "submitter": item.submitter, "authors": _json(list(item.authors)),
            "languages": _json(list(item.languages)), "themes": _json(list(item.themes)), "url": item.url,
            "licence": item.licence, "isbn": item.isbn,
        }


def split_places(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(";") if part.strip()]


def _facet_rows(items: list[Item]) -> Iterator[dict[str, object]]:
    for number, item in enumerate(items, 1):
        facets = {
            "kind": [item.kind], "theme": item.themes, "region": split_places(item.region),
            "country": split_places(item.country), "language": item.languages,
        }
        for facet, values in facets.items():
            for value in dict.fromkeys(values):
                yield {"facet": facet, "value": value, "item": number}


class SearchIndex:
    """The search index's rows, made in one pass over the items, with what the builder needs of them after:
    each (word, index term) pair's item count for the vocabulary, and the first items' terms for the frequent
    phrases (:mod:`.frequent_phrases`). The search benchmark's naive baseline indexes the same rows."""

    def __init__(self) -> None:
        self.documents: Counter[tuple[str, str]] = Counter()
        self.sample: list[list[list[str]]] = []

    def rows(self, items: list[Item]) -> Iterator[tuple[object, ...]]:
        for number, item in enumerate(items, 1):
            pairs: set[tuple[str, str]] = set()
            columns = [self._terms(text, language or item.languages, pairs)
                       for text, language in _search_fields(item)]
            self.documents.update(pairs)
            if number <= SAMPLE:
                self.sample.append(columns)
            yield (number, *(" ".join(terms) for terms in columns))

    @staticmethod
    def _terms(text: str, languages: str | tuple[str, ...], pairs: set[tuple[str, str]]) -> list[str]:
        found = words(text)
        language = languages if isinstance(languages, str) else text_language(found, languages)
        terms = []
        for word in found:
            if word not in STOP_WORDS:
                term = stem(word, language)
                terms.append(term)
                pairs.add((word, term))
        return terms

    def vocabulary_rows(self) -> Iterator[dict[str, object]]:
        """Each indexed word with its index term and word family, for completions, families and "Did you mean"."""
        known = {term for _, term in self.documents}
        for (word, term), documents in sorted(self.documents.items()):
            # Agent nouns join their verb's family: trainer -> train, teacher -> teach.
            family = term[:-2] if term.endswith(("er", "or")) and term[:-2] in known else term
            yield {"word": word, "stem": term, "family": family, "documents": documents}


def _search_fields(item: Item) -> list[tuple[str, str | None]]:
    """The text of each index column (:data:`.schema.FTS_COLUMNS`) and the language to stem it in; None: the
    text's own (:func:`.language.text_language`). Theme and kind labels and place names are English."""
    return [
        (item.title, None), (item.summary, None), (item.body, None), ("; ".join(item.authors), None),
        (item.institution or "", None), (f"{item.country or ''} {item.region or ''}", "en"),
        (" ".join([*item.themes, KIND_LABELS[item.kind]]), "en"),
    ]

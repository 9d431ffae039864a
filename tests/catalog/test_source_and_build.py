"""Building snapshots: checked input, deterministic output, nothing left behind on failure."""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.catalog.build import build_snapshot
from tvet_desktop.catalog.records import SNAPSHOT_FORMAT
from tvet_desktop.catalog.snapshot import Catalog, CatalogError
from tvet_desktop.catalog.source import SourceError, load_items
from tvet_desktop.paths import bundled_snapshot
from tvet_desktop.search.engine import SearchEngine

from ..conftest import ITEMS, REPO, write_source

if TYPE_CHECKING:
    from pathlib import Path


def test_same_source_builds_byte_identical_files(source_dir: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    build_snapshot(source_dir, first)
    build_snapshot(source_dir, second)
    assert first.read_bytes() == second.read_bytes()


def test_changed_source_changes_content_hash(source_dir: Path, tmp_path: Path) -> None:
    build_snapshot(source_dir, tmp_path / "a.sqlite")
    changed = [dict(ITEMS[0], title="Welding safety, second edition"), *ITEMS[1:]]
    build_snapshot(write_source(tmp_path / "changed", changed), tmp_path / "b.sqlite")
    with Catalog(tmp_path / "a.sqlite") as a, Catalog(tmp_path / "b.sqlite") as b:
        assert a.info.content_hash != b.info.content_hash


def test_source_date_epoch_sets_created(source_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    build_snapshot(source_dir, tmp_path / "a.sqlite")
    with Catalog(tmp_path / "a.sqlite") as catalog:
        assert catalog.info.created == "2023-11-14T22:13:20Z"


def test_metadata_table(catalog: Catalog) -> None:
    info = catalog.info
    assert (info.format_version, info.version, info.item_count) == (SNAPSHOT_FORMAT, 1, len(ITEMS))
    assert info.created == "2026-01-02T00:00:00Z"
    assert len(info.content_hash) == 64
    assert info.kinds == {"glossary_term": 1, "practice": 1, "programme": 1, "publication": 2}


def test_list_table_holds_no_body_text(snapshot_path: Path) -> None:
    conn = sqlite3.connect(snapshot_path)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(items)")}
    indexes = {row[1] for row in conn.execute("PRAGMA index_list(items)")}
    conn.close()
    assert "body" not in columns and "summary" in columns
    assert any("title_sort" in name for name in indexes)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "JSON object"),
        ('{"kind": "publication", "title": "No id"}', "'id'"),
        ('{"id": "Bad Id", "kind": "publication", "title": "x"}', "'id'"),
        ('{"id": "x", "kind": "novel", "title": "x"}', "'kind'"),
        ('{"id": "x", "kind": "event", "title": ""}', "'title'"),
        ('{"id": "x", "kind": "event", "title": "t", "year": "2020"}', "'year'"),
        ('{"id": "x", "kind": "event", "title": "t", "date": "May 2020"}', "'date'"),
        ('{"id": "x", "kind": "event", "title": "t", "themes": "welding"}', "'themes'"),
        ('{"id": "x", "kind": "event", "title": "t", "attachments": [{"path": "a.pdf"}]}', "item 'x': attachment"),
    ],
)
def test_malformed_line_names_file_line_and_reason(tmp_path: Path, line: str, reason: str) -> None:
    source = tmp_path / "src"
    source.mkdir()
    good = json.dumps(ITEMS[0])
    (source / "catalog.jsonl").write_text(f"{good}\n\n{line}\n", encoding="utf-8")
    out = tmp_path / "out.sqlite"
    with pytest.raises(SourceError) as raised:
        build_snapshot(source, out)
    assert raised.value.line == 3
    assert reason in str(raised.value)
    assert str(raised.value).startswith(str(source / "catalog.jsonl") + ":3:")
    assert not out.exists()
    assert list(tmp_path.glob("*.building")) == [] and list(tmp_path.glob(".*.building")) == []


def test_failed_rebuild_keeps_previous_snapshot(snapshot_path: Path, tmp_path: Path) -> None:
    before = snapshot_path.read_bytes()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "catalog.jsonl").write_text('{"id": "x"}\n')
    with pytest.raises(SourceError):
        build_snapshot(bad, snapshot_path)
    assert snapshot_path.read_bytes() == before


def test_duplicate_ids_are_rejected(tmp_path: Path) -> None:
    source = write_source(tmp_path / "dup", [ITEMS[0], ITEMS[1], ITEMS[0]])
    with pytest.raises(SourceError, match=r":3: duplicate id 'welding-safety-guide' \(first at catalog.jsonl:1\)"):
        load_items(source)


def test_unknown_fields_are_ignored(tmp_path: Path) -> None:
    source = write_source(tmp_path / "extra", [dict(ITEMS[0], shiny_new_field={"a": 1})])
    assert load_items(source)[0].title == ITEMS[0]["title"]


def test_bundled_snapshot_matches_a_fresh_build_of_resources(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.sqlite"
    build_snapshot(REPO / "resources", fresh)
    bundled = bundled_snapshot()
    assert bundled.is_file(), "the bundled snapshot must be installed with the package"
    dumps = []
    for path in (bundled, fresh):
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        dumps.append(list(conn.iterdump()))
        conn.close()
    assert dumps[0] == dumps[1], "bundled_db/ is stale: run `make snapshot` and commit the result"


def test_bundled_catalogue_has_every_kind_of_content() -> None:
    with Catalog(bundled_snapshot()) as catalog:
        kinds = catalog.info.kinds
        assert catalog.info.item_count >= 130
        assert {"publication", "practice", "programme", "resource", "event", "glossary_term", "theme"} <= set(kinds)
        # Items named on the seed page are all there.
        for title in ("Advanced Manufacturing 4.0 Lab", "Situation-based TVET using Virtual Reality",
                      "The Learning Factory", "Innovation and the Future of TVET"):
            assert SearchEngine(catalog).search(f'"{title}"', limit=5), title


def test_snapshot_is_opened_read_only(snapshot_path: Path) -> None:
    with Catalog(snapshot_path) as catalog, pytest.raises(sqlite3.OperationalError):
        catalog.conn.execute("DELETE FROM items")
    with Catalog(snapshot_path) as catalog:
        assert catalog.info.item_count == len(ITEMS)


@pytest.mark.parametrize("content", [b"", b"this is not a database" * 100, b"SQLite format 3\x00" + b"\x00" * 200])
def test_damaged_file_gives_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(content)
    with pytest.raises(CatalogError, match="not a readable TVET Desktop catalogue"):
        Catalog(path)


def test_missing_file_gives_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="No catalogue file"):
        Catalog(tmp_path / "nope.sqlite")


def test_control_characters_are_rejected(tmp_path: Path) -> None:
    source = write_source(tmp_path / "ctl", [dict(ITEMS[0], summary="snippet \x02marker\x03 forged")])
    with pytest.raises(SourceError, match="control character"):
        load_items(source)


def test_bad_source_date_epoch_is_a_clear_error(source_dir: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(SourceError, match="SOURCE_DATE_EPOCH"):
        build_snapshot(source_dir, tmp_path / "x.sqlite")
    assert not (tmp_path / "x.sqlite").exists()


def test_closed_catalogue_refuses_use(snapshot_path: Path) -> None:
    catalog = Catalog(snapshot_path)
    catalog.close()
    with pytest.raises(CatalogError, match="closed"):
        SearchEngine(catalog).search("welding")


def test_a_missing_or_empty_source_names_the_path_without_a_line(tmp_path: Path) -> None:
    for source, reason in ((tmp_path / "nothere.jsonl", "no such file or folder"),
                           (tmp_path, "no .jsonl files in this folder")):
        with pytest.raises(SourceError) as raised:
            load_items(source)
        assert str(raised.value) == f"{source}: {reason}"  # not "…:0: …": there is no line to point at

"""A snapshot file from anywhere (``--catalog FILE``) runs no code of its own: views and triggers the builder
does not make are refused before any query, and schema code may not call functions with side effects
(issue 16: R1-2)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.catalog.snapshot import Catalog, CatalogError
from tvet_desktop.search.engine import SearchEngine

if TYPE_CHECKING:
    from pathlib import Path

ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)"
HOSTILE = {
    "endless snapshot view": ["ALTER TABLE snapshot RENAME TO s2",
                              f"CREATE VIEW snapshot AS {ENDLESS} SELECT key, value FROM s2, c WHERE x = 1 OR x = -1"],
    "endless search source": [f"CREATE VIEW search_source AS {ENDLESS} SELECT items.rowid AS rowid, title, summary, "
                              "'' AS body, '' AS authors, institution, '' AS place, '' AS themes FROM items, c "
                              "WHERE x = 1 OR x = -1"],
    "items as a view": ["ALTER TABLE items RENAME TO i2", "CREATE VIEW items AS SELECT * FROM i2"],
    "a trigger": ["CREATE TRIGGER t AFTER INSERT ON items BEGIN SELECT 1; END"],
    "search index as a plain table": ["DROP TABLE items_fts", "CREATE TABLE items_fts(a)"],
}


def _hostile(snapshot_path: Path, tmp_path: Path, statements: list[str]) -> Path:
    path = tmp_path / "hostile.sqlite"
    shutil.copyfile(snapshot_path, path)
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_schema_the_builder_does_not_make_is_refused_before_any_query(snapshot_path: Path, tmp_path: Path,
                                                                        case: str) -> None:
    path = _hostile(snapshot_path, tmp_path, HOSTILE[case])
    with pytest.raises(CatalogError, match=r"not a readable TVET Desktop catalogue .*not as TVET Desktop builds them"):
        Catalog(path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "tvet_desktop", "--catalog", str(path), "info"], capture_output=True,
                          text=True, env=env, timeout=60, check=False)  # it used to never return
    assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr


def test_catalogue_connections_do_not_trust_the_schema_and_search_still_works(catalog: Catalog) -> None:
    assert catalog.conn.execute("PRAGMA trusted_schema").fetchone() == (0,)
    hits = SearchEngine(catalog).search("welding")  # FTS5 reads its text through the search_source view
    assert hits and hits[0].id == "welding-safety-guide" and "<b>" in hits[0].snippet_html

"""Where an item's facts come from is shown once, in small type, and is never searched or used for snippets;
licence and ISBN are details. The bundled catalogue keeps curators' remarks out of what trainers read."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.catalog.render import item_html
from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.launch import main
from tvet_desktop.paths import bundled_snapshot

from ..conftest import REPO

if TYPE_CHECKING:
    from pathlib import Path

    from tvet_desktop.search.engine import SearchEngine

# shared/ sits beside the clone (CI) or beside the folder of worktrees (here).
DATA_FILE = next((folder / "shared" / "catalog-data" / "unevoc-catalog-2.json"
                  for folder in (REPO.parent, REPO.parent.parent) if (folder / "shared" / "catalog-data").is_dir()),
                 REPO / "missing-catalog-data.json")


def test_sources_licence_and_isbn_in_show_json(capsys: pytest.CaptureFixture[str], snapshot_path: Path) -> None:
    assert main(["--catalog", str(snapshot_path), "show", "welding-safety-guide", "--json"]) == 0
    item = json.loads(capsys.readouterr().out)
    assert item["sources"] == "Seen in a workshop newsletter (photocopy of page 3)"
    assert (item["licence"], item["isbn"]) == ("CC BY-SA 3.0 IGO", "978-92-95071-00-0")
    assert main(["--catalog", str(snapshot_path), "show", "welding-safety-guide"]) == 0
    text = capsys.readouterr().out
    assert "Licence: CC BY-SA 3.0 IGO" in text and "ISBN: 978-92-95071-00-0" in text
    assert text.rstrip().endswith("Facts from: Seen in a workshop newsletter (photocopy of page 3)")


def test_sources_shown_once_at_the_bottom_in_small_type(catalog: Catalog) -> None:
    item = catalog.get("welding-safety-guide")
    assert item is not None
    page = item_html(item)
    assert page.count("photocopy") == 1
    assert page.rstrip().endswith("<p class='sources'><small>Facts from: Seen in a workshop newsletter "
                                  "(photocopy of page 3)</small></p>")
    assert "<td class='label'>Licence</td><td>CC BY-SA 3.0 IGO</td>" in page
    assert "<td class='label'>ISBN</td><td>978-92-95071-00-0</td>" in page


@pytest.mark.parametrize("word", ["newsletter", "photocopy"])
def test_sources_are_never_searched(engine: SearchEngine, word: str) -> None:
    assert engine.search(word) == []
    assert engine.search(word[:4], prefix=True) == []


def test_bundled_catalogue_has_no_curator_remarks_in_what_trainers_read() -> None:
    remarks = re.compile(r"Source of these facts|Only the title|\(seed page\)|were seen|not confirmed|inferred")
    with Catalog(bundled_snapshot()) as catalog:
        ids = [row[0] for row in catalog.conn.execute("SELECT id FROM items")]
        items = catalog.items(ids).values()
    assert len(items) == 297
    for item in items:
        assert not remarks.search(item.summary + item.body), item.id
        assert item.sources, f"{item.id} says nowhere where its facts come from"
    copies = ("docslib.org", "scribd.com", "pdfslide", "fdocuments", "readkong.com", "studylib", "vdocument")
    assert not [item.id for item in items if item.url and any(host in item.url for host in copies)]


@pytest.mark.skipif(not DATA_FILE.exists(), reason=f"the catalogue data file is not here ({DATA_FILE})")
def test_import_script_reproduces_the_catalogue(tmp_path: Path) -> None:
    copy = tmp_path / "catalog.jsonl"
    copy.write_bytes((REPO / "resources" / "catalog.jsonl").read_bytes())
    done = subprocess.run([sys.executable, str(REPO / "tools" / "import_catalog_data.py"), str(DATA_FILE), str(copy)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert copy.read_bytes() == (REPO / "resources" / "catalog.jsonl").read_bytes()

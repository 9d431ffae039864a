"""A catalogue item's attachments: checked in the source, measured (size, SHA-256, pages) by the build."""

from __future__ import annotations

import hashlib
import json
import os
from typing import TYPE_CHECKING, Any

import pytest

from tvet_desktop.catalog.build import build_snapshot
from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.catalog.source import SourceError, load_items

from ..conftest import ITEMS, write_source
from ..pdfs import write_pdf

if TYPE_CHECKING:
    from pathlib import Path

GUIDE = {"path": "pdf/welding-guide.pdf", "media_type": "application/pdf", "title": "Welding safety guide (PDF)",
         "language": "en", "licence": "CC BY-SA 3.0 IGO"}


def source_with(folder: Path, attachments: list[Any]) -> Path:
    write_pdf(folder / "pdf" / "welding-guide.pdf", ["Protective gear", "Masks and gloves", "Quiz"])
    (folder / "notes.txt").write_text("Bring your own gloves.\n", encoding="utf-8")
    return write_source(folder, [dict(ITEMS[0], attachments=attachments), *ITEMS[1:]])


def test_build_records_size_hash_and_pages(tmp_path: Path) -> None:
    source = source_with(tmp_path / "src", [GUIDE, {"path": "notes.txt", "media_type": "text/plain"}])
    build_snapshot(source, tmp_path / "a.sqlite")
    pdf = (source / "pdf" / "welding-guide.pdf").read_bytes()
    with Catalog(tmp_path / "a.sqlite") as catalog:
        item = catalog.get("welding-safety-guide")
    assert item is not None
    guide, notes = item.attachments
    assert (guide.name, guide.filename, guide.pages, guide.size) == (
        "Welding safety guide (PDF)", "welding-guide.pdf", 3, len(pdf))
    assert guide.sha256 == hashlib.sha256(pdf).hexdigest()
    assert (guide.language, guide.licence) == ("en", "CC BY-SA 3.0 IGO")
    assert (notes.name, notes.pages, notes.media_type) == ("notes.txt", None, "text/plain")


def test_build_with_attachments_is_deterministic_wherever_the_source_lives(tmp_path: Path) -> None:
    build_snapshot(source_with(tmp_path / "one", [GUIDE]), tmp_path / "a.sqlite")
    build_snapshot(source_with(tmp_path / "other" / "place", [GUIDE]), tmp_path / "b.sqlite")
    assert (tmp_path / "a.sqlite").read_bytes() == (tmp_path / "b.sqlite").read_bytes()


def test_a_changed_file_changes_the_content_hash(tmp_path: Path) -> None:
    source = source_with(tmp_path / "src", [GUIDE])
    build_snapshot(source, tmp_path / "a.sqlite")
    write_pdf(source / "pdf" / "welding-guide.pdf", ["Protective gear, second edition"])
    build_snapshot(source, tmp_path / "b.sqlite")
    with Catalog(tmp_path / "a.sqlite") as a, Catalog(tmp_path / "b.sqlite") as b:
        assert a.info.content_hash != b.info.content_hash


def test_the_measured_form_survives_a_round_trip_through_json(tmp_path: Path) -> None:
    """What a delta carries (no file, only the measured facts) builds the same item again."""
    build_snapshot(source_with(tmp_path / "src", [GUIDE]), tmp_path / "a.sqlite")
    with Catalog(tmp_path / "a.sqlite") as catalog:
        item = catalog.get("welding-safety-guide")
    assert item is not None
    again = write_source(tmp_path / "again", [item.to_json()])
    assert load_items(again)[0] == item


@pytest.mark.parametrize(("entry", "reason"), [
    ({"path": "pdf/missing.pdf", "media_type": "application/pdf"}, "'pdf/missing.pdf': no such file"),
    ({"path": "../outside.pdf", "media_type": "application/pdf"}, "must stay inside the source folder"),
    ({"path": "/etc/passwd", "media_type": "text/plain"}, "must stay inside the source folder"),
    ({"path": "notes.txt", "media_type": "application/x-msdownload"}, "'media_type' must be one of"),
    ({"path": "notes.txt"}, "'media_type' must be one of"),
    ("notes.txt", "must be an object"),
    ({"path": "notes.txt", "media_type": "application/pdf"}, "'notes.txt' is not a readable PDF"),
    ({"path": "pdf", "media_type": "application/pdf"}, "'pdf': no such file"),
])
def test_bad_attachment_names_the_item_and_the_file(tmp_path: Path, entry: Any, reason: str) -> None:
    (tmp_path / "outside.pdf").write_bytes(b"%PDF-1.4")
    source = source_with(tmp_path / "src", [entry])
    with pytest.raises(SourceError) as raised:
        build_snapshot(source, tmp_path / "a.sqlite")
    assert "catalog.jsonl:1: item 'welding-safety-guide': " in str(raised.value)
    assert reason in str(raised.value)
    assert not (tmp_path / "a.sqlite").exists()


def test_a_link_out_of_the_source_folder_is_refused(tmp_path: Path) -> None:
    secret = write_pdf(tmp_path / "private" / "secret.pdf", ["not for publishing"])
    source = source_with(tmp_path / "src", [{"path": "pdf/link.pdf", "media_type": "application/pdf"}])
    os.symlink(secret, source / "pdf" / "link.pdf")
    with pytest.raises(SourceError, match="leads outside the source folder"):
        load_items(source)


def test_the_same_file_twice_on_one_item_is_refused(tmp_path: Path) -> None:
    source = source_with(tmp_path / "src", [GUIDE, dict(GUIDE, path="pdf/./welding-guide.pdf", title="Again")])
    with pytest.raises(SourceError, match=r"item 'welding-safety-guide': attachment 'welding-guide.pdf' is the "
                                          r"same file as 'welding-guide.pdf'"):
        load_items(source)


def test_files_are_reported_by_hash_for_the_publisher(tmp_path: Path) -> None:
    source = source_with(tmp_path / "src", [GUIDE])
    files: dict[str, Path] = {}
    item = load_items(source, files)[0]
    assert files == {item.attachments[0].sha256: source / "pdf" / "welding-guide.pdf"}
    assert json.dumps(item.to_json()["attachments"][0], sort_keys=True).count("path") == 0

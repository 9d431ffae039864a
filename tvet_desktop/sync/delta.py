"""Catalogue deltas: the items a new version adds, changes or removes, against one older version.

A delta is JSON Lines: a header, then ``{"put": ITEM}`` or ``{"delete": ID}`` lines sorted by id. The
client applies it to the items of its installed snapshot and rebuilds the snapshot with the same
deterministic builder, so the result can be checked byte for byte against the signed full snapshot.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from ..catalog.build import META_FILE, build_snapshot
from ..catalog.snapshot import Catalog
from ..catalog.source import SourceError
from .errors import SyncError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..catalog.records import Item

FORMAT = "tvet-desktop-delta/1"


def snapshot_items(path: Path) -> dict[str, Item]:
    """Every item of a snapshot file, by id."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        ids = [row[0] for row in conn.execute("SELECT id FROM items ORDER BY id")]
    finally:
        conn.close()
    with Catalog(path) as catalog:
        found = {item_id: catalog.get(item_id) for item_id in ids}
    return {item_id: item for item_id, item in found.items() if item is not None}


def make_delta(old: dict[str, Item], new: dict[str, Item], header: dict[str, object]) -> bytes:
    lines = [json.dumps({"format": FORMAT, **header}, sort_keys=True)]
    for item_id in sorted(old.keys() | new.keys()):
        if item_id not in new:
            lines.append(json.dumps({"delete": item_id}))
        elif old.get(item_id) != new[item_id]:
            lines.append(json.dumps({"put": new[item_id].to_json()}, ensure_ascii=False, sort_keys=True))
    return ("\n".join(lines) + "\n").encode()


def read_delta(data: bytes) -> tuple[dict[str, object], list[dict[str, object]], list[str]]:
    """The header, the items to put (checked later by the builder) and the ids to delete."""
    try:
        lines = data.decode("utf-8").splitlines()
        header = json.loads(lines[0])
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            raise ValueError("not a catalogue delta")
        puts: list[dict[str, object]] = []
        deletes: list[str] = []
        for number, line in enumerate(lines[1:], 2):
            entry = json.loads(line)
            if isinstance(entry, dict) and isinstance(entry.get("delete"), str):
                deletes.append(entry["delete"])
            elif isinstance(entry, dict) and isinstance(entry.get("put"), dict):
                puts.append(entry["put"])
            else:
                raise ValueError(f"line {number} is neither a put nor a delete")
    except (UnicodeDecodeError, ValueError, IndexError) as error:
        raise SyncError("delta-malformed", problem=str(error)) from None
    return header, puts, deletes


def apply_delta(base: dict[str, Item], data: bytes, out: Path) -> None:
    """Build the new snapshot at ``out`` from ``base`` items plus the delta (same builder as the publisher)."""
    header, puts, deletes = read_delta(data)
    items = {item_id: item.to_json() for item_id, item in base.items()}
    for item_id in deletes:
        items.pop(item_id, None)
    items.update((str(entry.get("id")), entry) for entry in puts)
    version, created = header.get("to_version"), header.get("created")
    if not isinstance(version, int) or not isinstance(created, str):
        raise SyncError("delta-no-version")
    try:
        write_source_and_build(items.values(), version, created, out)
    except SourceError as error:
        raise SyncError("delta-bad-item", problem=error.reason) from None


def write_source_and_build(items: Iterable[dict[str, object]], version: int, created: str, out: Path) -> None:
    """Build a snapshot from items through a throw-away JSON Lines source, exactly as a publisher does."""
    with tempfile.TemporaryDirectory(prefix="tvet-delta-", dir=out.parent) as folder:
        source = Path(folder)
        with open(source / "items.jsonl", "w", encoding="utf-8") as handle:
            for item in items:
                handle.write(json.dumps(item, ensure_ascii=False, sort_keys=True) + "\n")
        (source / META_FILE).write_text(json.dumps({"catalogue_version": version, "created": created}))
        # (With SOURCE_DATE_EPOCH set here the dates differ, the bytes do not match, and the client falls
        # back to the full snapshot: slower, never wrong.)
        build_snapshot(source, out, version=version)

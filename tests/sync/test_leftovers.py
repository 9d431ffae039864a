"""What a sync killed with SIGKILL leaves behind is removed by the next one. Found by the kill -9 campaign in
tests/reliability: a killed delta rebuild left its ``tvet-delta-*`` folder (every item as JSON Lines) in
staging/ and killed atomic writes their ``.*.new`` files, for good; and a manifest copy half-written by a
killed install stayed when that version was never installed afterwards."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tvet_desktop.sync.store import POINTER, CatalogueStore

if TYPE_CHECKING:
    from tvet_desktop.sync.client import Updater
    from tvet_desktop.sync.transport import HttpRepository


def test_the_next_sync_removes_what_a_killed_sync_left(
        updater: Updater, http: HttpRepository, store: CatalogueStore) -> None:
    rebuild = store.staging / "tvet-delta-k1ll3d"  # the throw-away source of a delta rebuild
    rebuild.mkdir(parents=True)
    (rebuild / "items.jsonl").write_text('{"id": "half-written"\n')
    (store.staging / ".catalog.sqlite.4242.building").write_bytes(b"SQLite format 3\0")
    half_pointer = store.folder / f".{POINTER}.4243.new"
    half_pointer.write_text('{"current": {"file": "catalog-v')
    result = updater.update(http, lambda done, total: None)
    assert (result.installed, result.method) == (True, "delta")
    assert list(store.staging.iterdir()) == []
    assert not half_pointer.exists()
    assert sorted(path.name for path in store.folder.glob(".*")) == []


def test_a_half_written_manifest_copy_of_a_version_never_installed_is_removed(
        updater: Updater, http: HttpRepository, store: CatalogueStore) -> None:
    """Killed while ``activate`` copied a version's manifest; that version was then never installed (a newer one
    was published meanwhile), so no later write of the same file would clean it up."""
    store.folder.mkdir(parents=True)
    half_copy = store.folder / ".catalog-v7-0123456789ab.manifest.json.4244.new"
    half_copy.write_text('{"catalogue_version": 7, "cre')
    updater.update(http, lambda done, total: None)
    assert not half_copy.exists()

"""A published update reaches the client: the smallest download, verified, searchable, notes untouched."""

from __future__ import annotations

import base64
import json
import lzma
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.search.engine import SearchEngine
from tvet_desktop.sync.errors import SyncError
from tvet_desktop.sync.publish import publish
from tvet_desktop.sync.store import CatalogueStore

from ..conftest import write_source
from .conftest import NEW_ITEM, NOW, Server, items_v2

if TYPE_CHECKING:
    from pathlib import Path

    from tvet_desktop.sync.client import Updater
    from tvet_desktop.sync.transport import HttpRepository


def test_publish_then_sync_installs_the_delta_and_new_items_are_searchable(
        updater: Updater, http: HttpRepository, server: Server, store: CatalogueStore, notes_kept: None) -> None:
    result = updater.update(http, lambda done, total: None)
    assert (result.installed, result.version, result.previous_version, result.method) == (True, 2, 1, "delta")
    assert server.served["delta-v1-v2.jsonl.xz"] > 0 and server.served["catalog-v2.sqlite.xz"] == 0
    with Catalog(store.active().path) as catalog:
        assert [hit.id for hit in SearchEngine(catalog).search("solar welding kit")] == [NEW_ITEM["id"]]
        assert catalog.get("apprenticeship-programme") is None  # removed in v2
        assert "Updated" in catalog.get("welding-safety-guide").summary  # type: ignore[union-attr]
    assert store.active().origin == server.url


def test_a_second_sync_finds_nothing_to_do(updater: Updater, http: HttpRepository, server: Server) -> None:
    updater.update(http, lambda done, total: None)
    served = dict(server.served)
    again = updater.update(http, lambda done, total: None)
    assert (again.installed, again.message) == (False, "Catalogue v2 is up to date.")
    grew = {name for name, size in server.served.items() if size != served.get(name)}
    assert grew == {"manifest.json", "manifest.json.sig"}  # nothing but the small signed manifest was read


def test_without_a_delta_for_the_installed_version_the_full_snapshot_is_fetched(
        tmp_path: Path, keys: tuple[Path, Path], store: CatalogueStore, updater: Updater, http: HttpRepository,
        server: Server) -> None:
    # A repository that no longer holds v1 offers v1 clients only the full snapshot.
    for path in [*server.folder.glob("delta-*"), server.folder / "catalog-v1.sqlite.xz"]:
        path.unlink()
    publish(write_source(tmp_path / "v3", items_v2()[:3], 3), server.folder, keys[0], tmp_path / "none",
            clock=lambda: NOW)
    progress: list[tuple[int, int]] = []
    result = updater.update(http, lambda done, total: progress.append((done, total)))
    assert (result.method, result.version) == ("full", 3)
    assert result.fetched == result.download_size == (server.folder / "catalog-v3.sqlite.xz").stat().st_size
    assert progress[-1] == (result.download_size, result.download_size)
    with Catalog(store.active().path) as catalog:
        assert catalog.info.item_count == 3


def test_rollback_returns_to_the_previous_version_and_the_bundled_one(
        tmp_path: Path, keys: tuple[Path, Path], store: CatalogueStore, updater: Updater, http: HttpRepository,
        server: Server) -> None:
    updater.update(http, lambda done, total: None)
    publish(write_source(tmp_path / "v3", [*items_v2(), dict(NEW_ITEM, id="third-item")], 3), server.folder,
            keys[0], tmp_path / "none", clock=lambda: NOW)
    assert updater.update(http, lambda done, total: None).method == "delta"  # from v2, which the repo held
    assert store.active().version == 3
    assert store.rollback().version == 2
    assert store.rollback().version == 3  # rolling back again returns to the version left
    # A sync after a rollback does not re-download what is already on disk as the previous version.
    assert store.rollback().version == 2
    served = sum(server.served.values()) - server.served["manifest.json"] - server.served["manifest.json.sig"]
    result = updater.update(http, lambda done, total: None)
    assert (result.version, result.method, result.fetched, store.active().version) == (3, "already here", 0, 3)
    assert sum(server.served.values()) - server.served["manifest.json"] - server.served["manifest.json.sig"] == served


def test_rollback_waits_for_a_running_update(store: CatalogueStore, updater: Updater, http: HttpRepository) -> None:
    updater.update(http, lambda done, total: None)
    with store.lock(), pytest.raises(SyncError, match="Another catalogue update is running"):
        store.rollback()
    assert store.active().version == 2


def test_a_damaged_active_catalogue_falls_back_to_the_previous_then_the_bundled_one(
        tmp_path: Path, keys: tuple[Path, Path], store: CatalogueStore, updater: Updater, http: HttpRepository,
        server: Server, bundled: Path) -> None:
    updater.update(http, lambda done, total: None)
    v2 = store.active().path
    publish(write_source(tmp_path / "v3", [*items_v2(), dict(NEW_ITEM, id="third-item")], 3), server.folder,
            keys[0], tmp_path / "none", clock=lambda: NOW)
    updater.update(http, lambda done, total: None)
    v3 = store.active().path
    with open(v3, "r+b") as handle:
        handle.truncate(4096)  # e.g. a disk error
    fallback = store.active()
    assert (fallback.path, fallback.version) == (v2, 2) and fallback.problem == "catalogue v3 is damaged or missing"
    v2.unlink()
    assert store.active().path == bundled and store.active().bundled


def test_a_newer_bundled_catalogue_wins_over_an_older_synced_one(
        tmp_path: Path, updater: Updater, http: HttpRepository, store: CatalogueStore) -> None:
    updater.update(http, lambda done, total: None)
    newer_app = CatalogueStore(store.folder.parent, store.bundled)
    newer_app._bundled_version = 5  # an app update that ships catalogue v5
    assert newer_app.active().bundled


def test_a_tampered_delta_falls_back_to_the_full_snapshot(updater: Updater, http: HttpRepository, server: Server,
                                                          store: CatalogueStore) -> None:
    delta = server.folder / "delta-v1-v2.jsonl.xz"
    delta.write_bytes(lzma.compress(b'{"format": "tvet-desktop-delta/1"}\n{"delete": "welding-safety-guide"}\n'))
    result = updater.update(http, lambda done, total: None)
    assert (result.installed, result.version, result.method) == (True, 2, "full")
    with Catalog(store.active().path) as catalog:
        assert catalog.get("welding-safety-guide") is not None  # the tampered delta deleted nothing


def test_a_bad_signature_listed_before_a_valid_one_does_not_refuse_the_update(
        updater: Updater, http: HttpRepository, server: Server) -> None:
    signature = server.folder / "manifest.json.sig"
    good = json.loads(signature.read_text())["signatures"][0]
    forged = [dict(good, sig=base64.b64encode(b"\1" * 64).decode()), dict(good, sig="not base64!"), good]
    signature.write_text(json.dumps({"signatures": forged}))
    assert updater.update(http, lambda done, total: None).installed


def test_a_redirect_on_the_same_host_is_followed(updater: Updater, http: HttpRepository, server: Server) -> None:
    server.faults.statuses = [(302, {"Location": server.url + "manifest.json?moved"})]
    assert updater.update(http, lambda done, total: None).installed
    assert [path for path, _ in server.requests[:2]] == ["/manifest.json", "/manifest.json?moved"]

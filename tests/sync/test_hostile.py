"""Every hostile or broken update is refused with a clear message, and nothing changes: the active
catalogue keeps its path and bytes, and the user's notes stay exactly as written (fixture ``untouched``).
docs/reliability.md counts these cases."""

from __future__ import annotations

import json
import lzma
import os
import shutil
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest

from tvet_desktop.sync.client import Updater
from tvet_desktop.sync.errors import DownloadError, SyncError, UntrustedError
from tvet_desktop.sync.files import sha256_file
from tvet_desktop.sync.keys import generate_keys, load_private_key, sign
from tvet_desktop.sync.manifest import signature_bytes
from tvet_desktop.sync.publish import publish
from tvet_desktop.sync.store import CatalogueStore
from tvet_desktop.sync.transport import FolderRepository, HttpRepository, Repository

from ..conftest import write_source
from .conftest import NOW, Server, items_v2

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from tvet_desktop.sync.store import CatalogueStore

pytestmark = pytest.mark.usefixtures("untouched")


def resign(repo: Path, key: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Rewrite the manifest and sign it again with ``key``: a correctly signed, hostile manifest."""
    manifest = json.loads((repo / "manifest.json").read_text())
    change(manifest)
    data = json.dumps(manifest, indent=1).encode()
    (repo / "manifest.json").write_bytes(data)
    (repo / "manifest.json.sig").write_bytes(signature_bytes([sign(load_private_key(key), data)]))


def refused(updater: Updater, repo: Repository, *words: str) -> str:
    with pytest.raises(SyncError) as caught:
        updater.update(repo, lambda done, total: None)
    message = str(caught.value)
    for word in words:
        assert word in message, message
    return message


def drop_deltas(manifest: dict[str, Any]) -> None:
    manifest["deltas"] = []


def test_tampered_snapshot(updater: Updater, http: HttpRepository, server: Server, keys: tuple[Path, Path]) -> None:
    resign(server.folder, keys[0], drop_deltas)
    snapshot = server.folder / "catalog-v2.sqlite.xz"
    data = bytearray(snapshot.read_bytes())
    data[len(data) // 2] ^= 0xFF
    snapshot.write_bytes(bytes(data))
    refused(updater, http, "does not match the signed manifest")
    assert not list((updater.store.downloads).glob("*.part"))  # a tampered download is not kept


def test_tampered_manifest(updater: Updater, http: HttpRepository, server: Server) -> None:
    text = (server.folder / "manifest.json").read_text().replace('"item_count": 5', '"item_count": 6')
    (server.folder / "manifest.json").write_text(text)
    refused(updater, http, "does not match its contents")


def test_manifest_signed_by_an_untrusted_key(updater: Updater, http: HttpRepository, server: Server,
                                             tmp_path: Path) -> None:
    stranger, _ = generate_keys(tmp_path / "stranger")
    resign(server.folder, stranger, lambda manifest: None)
    refused(updater, http, "does not trust", "Nothing was installed")


def test_missing_signature(updater: Updater, http: HttpRepository, server: Server) -> None:
    (server.folder / "manifest.json.sig").unlink()
    refused(updater, http, "not found")


def test_no_trusted_key_at_all(store: CatalogueStore, http: HttpRepository, tmp_path: Path) -> None:
    from tvet_desktop.sync.keys import TrustStore

    with pytest.raises(UntrustedError, match="No publisher key is trusted"):
        Updater(store, TrustStore(tmp_path / "nobody"), clock=lambda: NOW).update(http, lambda d, t: None)


def test_older_version_is_a_rollback_attack(updater: Updater, http: HttpRepository, server: Server,
                                            tmp_path: Path, keys: tuple[Path, Path], store: CatalogueStore) -> None:
    saved = tmp_path / "v2-repo"
    shutil.copytree(server.folder, saved)
    publish(write_source(tmp_path / "v3", items_v2()[:2], 3), server.folder, keys[0], tmp_path / "none",
            clock=lambda: NOW)
    assert updater.update(http, lambda d, t: None).version == 3
    store.rollback()  # back on the bundled v1: the floor is still the highest version ever installed
    for name in ("manifest.json", "manifest.json.sig"):  # an attacker replays the old, validly signed v2
        shutil.copy(saved / name, server.folder / name)
    shutil.copy(saved / "delta-v1-v2.jsonl.xz", server.folder)
    refused(updater, http, "older than v3", "refusing to go back")


def test_a_signed_version_that_fails_to_install_does_not_raise_the_floor(
        updater: Updater, http: HttpRepository, server: Server, keys: tuple[Path, Path], tmp_path: Path) -> None:
    """A publisher's typo (``--version 999999``) or a leaked key: the files do not match, nothing is installed,
    and the next good update is not refused as "older than v999999". A check alone does not raise it either."""
    saved = tmp_path / "v2-repo"
    shutil.copytree(server.folder, saved)
    resign(server.folder, keys[0], lambda manifest: manifest.update(catalogue_version=999999, deltas=[]))
    assert updater.check(http)[0].catalogue_version == 999999
    refused(updater, http, "does not match its manifest", "catalogue_version")
    for name in ("manifest.json", "manifest.json.sig"):
        shutil.copy(saved / name, server.folder / name)
    assert updater.check(http)[0].catalogue_version == 2  # not "older than v999999"


def test_version_below_the_installed_one(updater: Updater, http: HttpRepository, server: Server,
                                         keys: tuple[Path, Path]) -> None:
    resign(server.folder, keys[0], lambda manifest: manifest.update(catalogue_version=0))
    refused(updater, http, "older than v1")


def test_expired_manifest_from_the_server(store: CatalogueStore, trust: Any, http: HttpRepository) -> None:
    late = Updater(store, trust, clock=lambda: NOW + timedelta(days=91))
    refused(late, http, "The catalogue from the server was published on 29 Nov 2026 and its update period ended "
            "on 27 Feb 2027 (this computer's clock says 28 Feb 2027), so it was not installed", "USB stick")


def test_other_channel(updater: Updater, http: HttpRepository, server: Server, keys: tuple[Path, Path]) -> None:
    resign(server.folder, keys[0], lambda manifest: manifest.update(channel="testing"))
    refused(updater, http, "'testing' channel")


def test_manifest_for_a_newer_app(updater: Updater, http: HttpRepository, server: Server,
                                  keys: tuple[Path, Path]) -> None:
    resign(server.folder, keys[0], lambda manifest: manifest.update(min_app_version="99.0"))
    refused(updater, http, "needs TVET Desktop 99.0")


@pytest.mark.parametrize("name", ["../../evil.sqlite.xz", "/etc/passwd", "sub/dir.xz", ".hidden", "C:\\x.xz"])
def test_unsafe_file_names(updater: Updater, http: HttpRepository, server: Server, keys: tuple[Path, Path],
                           name: str) -> None:
    def rename(manifest: dict[str, Any]) -> None:
        manifest["snapshot"]["name"] = name
        manifest["deltas"] = []

    resign(server.folder, keys[0], rename)
    refused(updater, http, "unsafe file")
    assert not any(path.endswith(".xz") for path, _ in server.requests)  # nothing was fetched at all


def test_correctly_signed_but_corrupt_sqlite_file(updater: Updater, http: HttpRepository, server: Server,
                                                  keys: tuple[Path, Path], tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite"
    with lzma.open(server.folder / "catalog-v2.sqlite.xz") as reader:
        data = bytearray(reader.read())
    data[8192:12288] = b"\x5a" * 4096  # scribble over one page inside the database
    broken.write_bytes(bytes(data))
    packed = server.folder / "catalog-v2.sqlite.xz"
    packed.write_bytes(lzma.compress(bytes(data)))

    def point_at_broken(manifest: dict[str, Any]) -> None:
        manifest["deltas"] = []
        manifest["snapshot"].update(length=packed.stat().st_size, sha256=sha256_file(packed),
                                    uncompressed_length=len(data), uncompressed_sha256=sha256_file(broken))

    resign(server.folder, keys[0], point_at_broken)
    refused(updater, http, "nothing was installed")
    assert not list(updater.store.folder.glob("catalog-v2-*"))


def test_signed_snapshot_of_another_version(updater: Updater, http: HttpRepository, server: Server,
                                            keys: tuple[Path, Path]) -> None:
    """A valid v2 database offered as v3: the version inside the file must be the one signed."""
    resign(server.folder, keys[0], lambda manifest: manifest.update(catalogue_version=3, deltas=[]))
    refused(updater, http, "does not match its manifest", "catalogue_version")


def test_captive_portal_answers_every_request_with_a_web_page(updater: Updater, http: HttpRepository,
                                                              server: Server) -> None:
    server.faults.html = True
    refused(updater, http, "web page", "sign in")


def test_endless_manifest_is_capped(updater: Updater, http: HttpRepository, server: Server) -> None:
    server.faults.endless = {"manifest.json"}
    refused(updater, http, "larger than 1048576 bytes")


def test_endless_snapshot_stops_at_the_signed_length(updater: Updater, http: HttpRepository, server: Server,
                                                     keys: tuple[Path, Path]) -> None:
    resign(server.folder, keys[0], drop_deltas)
    server.faults.endless = {"catalog-v2.sqlite.xz"}
    length = (server.folder / "catalog-v2.sqlite.xz").stat().st_size
    received: list[int] = []
    with pytest.raises(SyncError, match="does not match the signed manifest"):
        updater.update(http, lambda done, total: received.append(done))
    assert max(received) == length  # read up to the signed length, then hung up


def test_not_found(updater: Updater, server: Server, policy: Any) -> None:
    repo = HttpRepository(server.url + "no-such-folder/", policy)
    refused(updater, repo, "was not found on the server (404)")


def test_server_errors_until_the_retries_run_out(updater: Updater, http: HttpRepository, server: Server,
                                                 waits: list[float]) -> None:
    server.faults.statuses = [(500, {})] * 3
    refused(updater, http, "answered 500", "after 3 tries")
    assert waits == [0.5, 1.0]  # exponential back-off


def test_nothing_listens_at_the_address(updater: Updater, policy: Any) -> None:
    import socket

    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    refused(updater, HttpRepository(f"http://127.0.0.1:{port}/", policy), "nothing answers")


def test_https_to_a_plain_http_server_fails_fast_and_says_why(updater: Updater, server: Server, policy: Any,
                                                               waits: list[float]) -> None:
    refused(updater, HttpRepository(server.url.replace("http://", "https://"), policy),
            "does not speak https (is the address http://?)", "after 2 tries")
    assert len(waits) == 1


def test_slow_drip_is_abandoned_and_what_arrived_is_kept(updater: Updater, http: HttpRepository, server: Server,
                                                         keys: tuple[Path, Path]) -> None:
    resign(server.folder, keys[0], drop_deltas)
    server.faults.drip_delay = 0.01  # about 100 bytes/s, far below the 2000 bytes/s the test policy demands
    with pytest.raises(DownloadError, match="stalled") as caught:
        updater.update(http, lambda done, total: None)
    assert "bytes are kept and the next update resumes" in str(caught.value)
    part = next(updater.store.downloads.glob("*.part"))
    assert part.stat().st_size > 0


def test_not_enough_free_disk_space(store: CatalogueStore, trust: Any, http: HttpRepository,
                                    server: Server) -> None:
    cramped = Updater(store, trust, clock=lambda: NOW, free_space=lambda path: 5_000_000)
    refused(cramped, http, "Not enough free disk space", "only 5.0 MB are free")
    assert not [path for path, _ in server.requests if path.endswith(".xz")]


def test_a_second_update_at_the_same_time_waits_its_turn(updater: Updater, http: HttpRepository) -> None:
    with updater.store.lock():
        refused(updater, http, "Another catalogue update is running")


def test_cancel_keeps_the_partial_download(updater: Updater, http: HttpRepository, server: Server,
                                           keys: tuple[Path, Path]) -> None:
    resign(server.folder, keys[0], drop_deltas)
    seen: list[int] = []
    with pytest.raises(SyncError, match="cancelled"):
        updater.update(http, lambda done, total: seen.append(done), cancelled=lambda: len(seen) >= 1)
    assert next(updater.store.downloads.glob("*.part")).stat().st_size == seen[-1]


def serve_signed_snapshot(server: Server, key: Path, data: bytes, tmp_path: Path) -> None:
    """Offer ``data`` as v2's snapshot under a correctly signed manifest (a faulty publisher, or a leaked key)."""
    plain = tmp_path / "offered.sqlite"
    plain.write_bytes(data)
    packed = server.folder / "catalog-v2.sqlite.xz"
    packed.write_bytes(lzma.compress(data))

    def point_at_it(manifest: dict[str, Any]) -> None:
        manifest["deltas"] = []
        manifest["snapshot"].update(length=packed.stat().st_size, sha256=sha256_file(packed),
                                    uncompressed_length=len(data), uncompressed_sha256=sha256_file(plain))

    resign(server.folder, key, point_at_it)


def plain_search_table(conn: sqlite3.Connection) -> None:
    columns = [row[1] for row in conn.execute("PRAGMA table_info(items_fts)")]
    conn.executescript(f"DROP TABLE items_fts; CREATE TABLE items_fts(items_fts, rank, {', '.join(columns)});")


@pytest.mark.parametrize("change", [
    plain_search_table,
    lambda conn: conn.execute("CREATE TRIGGER spy AFTER INSERT ON items BEGIN SELECT 1; END"),
    lambda conn: conn.execute("CREATE VIEW endless AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
                              "SELECT x + 1 FROM c) SELECT x FROM c"),
], ids=["search index is a plain table", "extra trigger", "extra view"])
def test_a_signed_snapshot_with_a_foreign_schema_is_refused(
        updater: Updater, http: HttpRepository, server: Server, keys: tuple[Path, Path], tmp_path: Path,
        change: Callable[[sqlite3.Connection], object]) -> None:
    hostile = tmp_path / "hostile.sqlite"
    with lzma.open(server.folder / "catalog-v2.sqlite.xz") as reader:
        hostile.write_bytes(reader.read())
    conn = sqlite3.connect(hostile)
    change(conn)
    conn.commit()
    conn.close()
    serve_signed_snapshot(server, keys[0], hostile.read_bytes(), tmp_path)
    refused(updater, http, "not built the way this app builds catalogues", "nothing was installed")


@pytest.mark.parametrize("target", ["http://127.0.0.2:{port}/manifest.json", "ftp://127.0.0.1/manifest.json"])
def test_redirects_to_another_host_or_protocol_are_not_followed(updater: Updater, http: HttpRepository,
                                                                server: Server, target: str) -> None:
    import socket

    elsewhere = socket.socket()  # a real listener on the other address: nothing may connect to it
    elsewhere.bind(("127.0.0.2", 0))
    elsewhere.listen()
    elsewhere.setblocking(False)
    server.faults.statuses = [(302, {"Location": target.format(port=elsewhere.getsockname()[1])})]
    try:
        refused(updater, http, "another address than the one you gave (127.0.0.1)",
                "only follows http:// or https:// links on 127.0.0.1")
        with pytest.raises(BlockingIOError):
            elsewhere.accept()
    finally:
        elsewhere.close()


def test_a_server_that_only_fails_is_given_up_after_the_patience_not_the_retries(
        updater: Updater, server: Server) -> None:
    from tvet_desktop.sync.transport import NetworkPolicy, cancellable_sleep

    server.faults.statuses = [(500, {})] * 100
    patient = NetworkPolicy(retries=50, backoff=0.05, patience=0.5, wait=cancellable_sleep)
    message = refused(updater, HttpRepository(server.url, patient), "answered 500", "nothing useful arrived for")
    tries = int(message.split(" tries")[0].rsplit(" ", 1)[1])
    assert 2 <= tries < 20 and len(server.requests) == tries


def test_a_server_dripping_bytes_is_given_up_after_the_patience(updater: Updater, server: Server,
                                                               keys: tuple[Path, Path]) -> None:
    from tvet_desktop.sync.transport import NetworkPolicy, cancellable_sleep

    resign(server.folder, keys[0], drop_deltas)
    server.faults.drip_delay = 0.01  # ~100 bytes/s: each try stalls with a few bytes, never a window's worth
    patient = NetworkPolicy(retries=50, backoff=0.05, patience=1.0, window=0.3, min_rate=2000,
                            wait=cancellable_sleep)
    refused(updater, HttpRepository(server.url, patient), "stalled", "nothing useful arrived for")
    assert len([path for path, _ in server.requests if path.endswith(".xz")]) < 10


def test_a_fifo_in_place_of_the_manifest_is_refused_not_waited_on(updater: Updater, server: Server,
                                                                  tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    shutil.copytree(server.folder, stick)
    (stick / "manifest.json").unlink()
    os.mkfifo(stick / "manifest.json")
    refused(updater, FolderRepository(stick), "manifest.json is not a plain file")


def test_a_snapshot_that_is_a_device_is_refused(updater: Updater, server: Server, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    shutil.copytree(server.folder, stick)
    for name in ("catalog-v2.sqlite.xz", "delta-v1-v2.jsonl.xz"):
        (stick / name).unlink()
        (stick / name).symlink_to("/dev/zero")
    refused(updater, FolderRepository(stick), "is not a plain file")


def test_a_trusted_keys_signature_that_is_not_base64_is_called_a_mismatch_not_an_unknown_key(
        updater: Updater, http: HttpRepository, server: Server) -> None:
    signature = server.folder / "manifest.json.sig"
    entry = json.loads(signature.read_text())["signatures"][0]
    signature.write_text(json.dumps({"signatures": [dict(entry, sig="not base64!")]}))
    refused(updater, http, f"signature by key {entry['keyid']} does not match its contents")

"""Interrupted downloads resume where they stopped, also in a new process, and fetch nothing twice."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.sync.client import Updater
from tvet_desktop.sync.errors import DownloadError, SyncError
from tvet_desktop.sync.keys import TrustStore
from tvet_desktop.sync.publish import publish
from tvet_desktop.sync.store import CatalogueStore
from tvet_desktop.sync.transport import HttpRepository, NetworkPolicy

from ..conftest import write_source
from .conftest import NOW, Server, items_v2
from .test_hostile import drop_deltas, resign

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

SNAPSHOT = "catalog-v2.sqlite.xz"


@pytest.fixture
def full_only(server: Server, keys: tuple[Path, Path]) -> int:
    """Offer only the full snapshot (so there is something worth resuming); returns its length."""
    resign(server.folder, keys[0], drop_deltas)
    return (server.folder / SNAPSHOT).stat().st_size


def test_interrupted_at_several_points_each_retry_fetches_only_the_rest(
        updater: Updater, server: Server, policy: NetworkPolicy, full_only: int, store: CatalogueStore) -> None:
    server.faults.cut_after = [700, 1300, 2100]
    policy.retries = 3
    result = updater.update(HttpRepository(server.url, policy), lambda done, total: None)
    assert (result.installed, result.method) == (True, "full")
    assert server.served[SNAPSHOT] == full_only  # not one byte twice
    ranges = [header for path, header in server.requests if path == "/" + SNAPSHOT]
    assert ranges == ["", "bytes=700-", "bytes=2000-", "bytes=4100-"]


def test_a_download_cut_off_resumes_in_the_next_session(
        server: Server, policy: NetworkPolicy, full_only: int, store: CatalogueStore, trust: TrustStore,
        data_dir: Path, bundled: Path) -> None:
    server.faults.cut_after = [2500]
    policy.retries = 0
    with pytest.raises(DownloadError, match="2500 bytes are kept"):
        Updater(store, trust, clock=lambda: NOW).update(HttpRepository(server.url, policy), lambda d, t: None)
    # The app is closed and opened again: new objects, same data folder.
    later = Updater(CatalogueStore(data_dir, bundled), TrustStore(data_dir), clock=lambda: NOW)
    result = later.update(HttpRepository(server.url, policy), lambda d, t: None)
    assert result.installed and result.fetched == full_only - 2500
    assert server.served[SNAPSHOT] == full_only
    assert not list(store.downloads.iterdir())  # partial files are removed once installed


def test_a_server_that_ignores_range_sends_the_file_again_whole(
        updater: Updater, server: Server, policy: NetworkPolicy, full_only: int) -> None:
    server.faults.cut_after = [2500]
    server.faults.ignore_range = True
    result = updater.update(HttpRepository(server.url, policy), lambda d, t: None)
    assert result.installed
    assert server.served[SNAPSHOT] == 2500 + full_only


def test_a_file_republished_between_attempts_is_fetched_anew(
        updater: Updater, server: Server, policy: NetworkPolicy, full_only: int, keys: tuple[Path, Path],
        tmp_path: Path, bundled: Path, store: CatalogueStore) -> None:
    server.faults.cut_after = [2500]
    policy.retries = 0
    with pytest.raises(DownloadError):
        updater.update(HttpRepository(server.url, policy), lambda d, t: None)
    for path in server.folder.glob("catalog-v2*"):
        path.unlink()
    for path in server.folder.glob("delta-*"):
        path.unlink()
    publish(write_source(tmp_path / "v2b", items_v2()[:2], 2), server.folder, keys[0], tmp_path / "none",
            version=2, clock=lambda: NOW)
    resign(server.folder, keys[0], drop_deltas)
    result = updater.update(HttpRepository(server.url, policy), lambda d, t: None)
    assert result.installed and result.fetched == (server.folder / SNAPSHOT).stat().st_size
    assert len(list(store.downloads.iterdir())) == 0  # the stale partial file went too


@pytest.mark.usefixtures("untouched")
@pytest.mark.parametrize("honours_if_range", [True, False])
def test_a_file_changed_under_a_resumed_download_is_caught(
        updater: Updater, server: Server, policy: NetworkPolicy, full_only: int, honours_if_range: bool) -> None:
    server.faults.cut_after = [2500]
    policy.retries = 0
    with pytest.raises(DownloadError):
        updater.update(HttpRepository(server.url, policy), lambda d, t: None)
    snapshot = server.folder / SNAPSHOT
    data = bytearray(snapshot.read_bytes())
    data[-100] ^= 0xFF  # the server's copy changes (same length), the signed manifest does not
    snapshot.write_bytes(bytes(data))
    os.utime(snapshot, ns=(1, 1))
    server.faults.ignore_if_range = not honours_if_range
    with pytest.raises(SyncError, match="does not match the signed manifest"):
        updater.update(HttpRepository(server.url, policy), lambda d, t: None)
    assert not list(updater.store.downloads.glob("*.part"))


def test_service_unavailable_with_retry_after_is_waited_out(
        updater: Updater, server: Server, http: HttpRepository, waits: list[float]) -> None:
    server.faults.statuses = [(503, {"Retry-After": "7"}), (500, {})]
    assert updater.update(http, lambda d, t: None).installed
    assert waits == [7.0, 1.0]  # the server's wish, then the back-off for the second try


@pytest.mark.usefixtures("untouched")
def test_a_dripping_manifest_is_abandoned_too(updater: Updater, server: Server, policy: NetworkPolicy) -> None:
    server.faults.drip_delay = 0.01
    server.faults.drip_small = True
    with pytest.raises(DownloadError, match="stalled"):
        updater.update(HttpRepository(server.url, policy), lambda d, t: None)


def test_a_range_answer_at_the_wrong_offset_is_not_written_as_the_file(
        updater: Updater, server: Server, policy: NetworkPolicy, full_only: int) -> None:
    server.faults.cut_after = [2500]
    policy.retries = 0
    with pytest.raises(DownloadError):
        updater.update(HttpRepository(server.url, policy), lambda d, t: None)
    server.faults.wrong_offset = 100  # the next 206 starts 100 bytes too early
    policy.retries = 2
    result = updater.update(HttpRepository(server.url, policy), lambda d, t: None)
    assert result.installed  # the odd answer was dropped and the file fetched again whole


def test_cancel_stops_a_back_off_wait_at_once(store: CatalogueStore, trust: TrustStore, server: Server) -> None:
    from tvet_desktop.sync.transport import cancellable_sleep

    server.faults.statuses = [(503, {"Retry-After": "3600"})]
    asked: list[float] = []

    def wait(seconds: float, cancelled: Callable[[], bool]) -> None:
        asked.append(seconds)
        cancellable_sleep(seconds, cancelled)

    policy = NetworkPolicy(retries=1, wait=wait)
    with pytest.raises(SyncError, match="cancelled"):
        Updater(store, trust, clock=lambda: NOW).update(HttpRepository(server.url, policy), lambda d, t: None,
                                                        cancelled=lambda: bool(asked))
    assert asked == [60.0]  # a server's wish is capped at max_wait, and the wait ended with the cancel

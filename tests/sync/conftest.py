"""Sync fixtures: real keys, real repositories published by the real publisher, a real HTTP server on
127.0.0.1 whose handler can be told to misbehave, and a client store in the test's own data folder."""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.catalog.build import build_snapshot
from tvet_desktop.library.store import open_notes
from tvet_desktop.sync.client import Updater
from tvet_desktop.sync.keys import TrustStore, generate_keys
from tvet_desktop.sync.publish import publish
from tvet_desktop.sync.serve import RepositoryHandler, serving
from tvet_desktop.sync.store import CatalogueStore
from tvet_desktop.sync.transport import HttpRepository, NetworkPolicy

from ..conftest import ITEMS, write_source

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

NOW = datetime(2026, 11, 29, 8, 0, tzinfo=UTC)
NEW_ITEM = {"id": "solar-welding-kit", "kind": "resource", "title": "Solar-powered welding kit for workshops",
            "summary": "A field kit for rural training centres.", "year": 2026, "themes": ["green skills"],
            "languages": ["en"]}


def items_v2() -> list[dict[str, object]]:
    return [dict(ITEMS[0], summary="Updated: how trainers teach safe welding."), *ITEMS[1:4], NEW_ITEM]


@dataclass
class Faults:
    """What the server does wrong; tests set these between syncs."""

    cut_after: list[int] = field(default_factory=list)  # per large-file response: close after N body bytes
    statuses: list[tuple[int, dict[str, str]]] = field(default_factory=list)  # answered before real files
    ignore_range: bool = False
    ignore_if_range: bool = False
    html: bool = False
    endless: set[str] = field(default_factory=set)  # names answered with endless junk
    drip_delay: float = 0.0  # seconds between single bytes
    drip_small: bool = False  # drip the manifest and signature too
    wrong_offset: int = 0  # answer a Range request this many bytes before the offset asked for


@dataclass
class Server:
    url: str
    folder: Path
    faults: Faults
    served: Counter[str]  # body bytes sent per file name
    requests: list[tuple[str, str]]  # (path, Range header)


class FaultyHandler(RepositoryHandler):
    server_state: Server

    def _serve(self, body: bool) -> None:
        state, faults = self.server_state, self.server_state.faults
        state.requests.append((self.path, self.headers.get("Range", "")))
        if faults.statuses:
            code, headers = faults.statuses.pop(0)
            self.send_response(code)
            for key, value in {**headers, "Content-Length": "0"}.items():
                self.send_header(key, value)
            self.end_headers()
            return
        if faults.html:
            page = b"<!doctype html><html><body>Please sign in to use this Wi-Fi</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)
            return
        name = self.path.lstrip("/")
        if name in faults.endless:
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.end_headers()
            try:
                while True:
                    self.wfile.write(b"\0" * 65536)
                    state.served[name] += 65536
            except OSError:
                return
        if faults.ignore_range:
            del self.headers["Range"]
        if faults.ignore_if_range:
            del self.headers["If-Range"]
        if faults.wrong_offset and self.headers.get("Range"):
            start = int(self.headers["Range"].split("=")[1].rstrip("-")) - faults.wrong_offset
            del self.headers["Range"]
            self.headers["Range"] = f"bytes={max(start, 0)}-"
            faults.wrong_offset = 0
        super()._serve(body)

    def send_bytes(self, path: Path, start: int, stop: int) -> None:
        state, faults = self.server_state, self.server_state.faults
        large = not path.name.startswith("manifest") or faults.drip_small
        limit = faults.cut_after.pop(0) if not path.name.startswith("manifest") and faults.cut_after else None
        with open(path, "rb") as handle:
            handle.seek(start)
            data = handle.read(stop - start)
        if limit is not None:
            data = data[:limit]
        try:
            if faults.drip_delay and large:
                for index in range(len(data)):
                    self.wfile.write(data[index:index + 1])
                    self.wfile.flush()
                    state.served[path.name] += 1
                    time.sleep(faults.drip_delay)
                return
            self.wfile.write(data)
            state.served[path.name] += len(data)
        except OSError:
            return
        if limit is not None:
            self.close_connection = True


@pytest.fixture
def keys(tmp_path: Path) -> tuple[Path, Path]:
    return generate_keys(tmp_path / "keys")


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    """The catalogue 'shipped with the app' in these tests: version 1 of the test items."""
    path = tmp_path / "bundled" / "catalog.sqlite"
    build_snapshot(write_source(tmp_path / "source-v1", ITEMS, 1), path)
    return path


@pytest.fixture
def repo(tmp_path: Path, keys: tuple[Path, Path], bundled: Path) -> Path:
    """A repository holding v1 (the bundled catalogue) and v2, with a delta from v1."""
    folder = tmp_path / "repo"
    publish(write_source(tmp_path / "source-v2", items_v2(), 2), folder, keys[0], bundled, clock=lambda: NOW)
    return folder


@pytest.fixture
def server(repo: Path) -> Iterator[Server]:
    state = Server("", repo, Faults(), Counter(), [])
    with serving(repo, type("Handler", (FaultyHandler,), {"server_state": state})) as url:
        state.url = url
        yield state


@pytest.fixture
def store(data_dir: Path, bundled: Path) -> CatalogueStore:
    return CatalogueStore(data_dir, bundled)


@pytest.fixture
def trust(data_dir: Path, keys: tuple[Path, Path]) -> TrustStore:
    trusted = TrustStore(data_dir)
    trusted.add(keys[1])
    return trusted


@pytest.fixture
def waits() -> list[float]:
    return []


@pytest.fixture
def policy(waits: list[float]) -> NetworkPolicy:
    """Patient enough to retry, without real waiting: back-off waits are recorded, not slept."""
    return NetworkPolicy(timeout=3, retries=2, backoff=0.5, wait=lambda seconds, cancelled: waits.append(seconds),
                         window=0.3, min_rate=2000,
                         chunk=4096)


@pytest.fixture
def updater(store: CatalogueStore, trust: TrustStore) -> Updater:
    return Updater(store, trust, clock=lambda: NOW)


@pytest.fixture
def http(server: Server, policy: NetworkPolicy) -> HttpRepository:
    return HttpRepository(server.url, policy)


NOTE = "Ask the group about masks. مرحبا 👋"


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def notes_kept(data_dir: Path) -> Iterator[None]:
    """A note written before the test is still there, exactly, after it."""
    notes = open_notes(backup=False)
    notes.save_item_note("welding-safety-guide", NOTE, "Welding safety guide for trainers", None)
    notes.close()
    yield
    notes = open_notes(backup=False)
    try:
        kept = notes.note_for_item("welding-safety-guide")
        assert kept is not None and kept.text == NOTE
    finally:
        notes.close()


@pytest.fixture
def untouched(store: CatalogueStore, notes_kept: None) -> Iterator[None]:
    """The active catalogue (path and bytes) and every note are exactly as before the test."""
    before = store.active()
    before_digest = file_digest(before.path)
    yield
    after = store.active()
    assert (after.path, after.version) == (before.path, before.version)
    assert file_digest(after.path) == before_digest

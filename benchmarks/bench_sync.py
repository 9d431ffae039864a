"""Catalogue sync at 10,000 items over a real loopback HTTP server: what a 1 % update costs in bytes and time,
and how many bytes an interrupted download fetches twice.

Version 1 is the generator's catalogue (``generate.ensure_snapshot``), used as the client's bundled catalogue
and as the repository's first version. Version 2 changes it (fixed seed): ``SUMMARIES`` items get a new summary,
``BODIES`` other items one body paragraph rewritten, ``REMOVED`` items are deleted and ``ADDED`` new ones added.
The app's publisher writes v2, its xz snapshot and the v1→v2 delta; the app's ``Updater`` syncs fresh clients
through ``HttpRepository`` from ``benchmarks.sync_server``, which counts every byte it sends.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import statistics
import tempfile
import time
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tvet_desktop.paths import bundled_snapshot
from tvet_desktop.sync.checks import validate_snapshot
from tvet_desktop.sync.client import SyncResult, Updater
from tvet_desktop.sync.errors import Cancelled
from tvet_desktop.sync.files import compress_file, sha256_file
from tvet_desktop.sync.keys import TrustStore, generate_keys, load_private_key, sign
from tvet_desktop.sync.manifest import MANIFEST, SIGNATURE, Manifest, parse_manifest, signature_bytes
from tvet_desktop.sync.publish import publish, snapshot_name
from tvet_desktop.sync.store import CatalogueStore
from tvet_desktop.sync.transport import HttpRepository, NetworkPolicy

from .generate import DATA, SEED, ItemMaker, ensure_snapshot, folder
from .sync_server import Traffic, serving

if TYPE_CHECKING:
    from collections.abc import Callable

SIZE = 10_000
CHANGE_SEED = SEED + 2
SUMMARIES, BODIES, REMOVED, ADDED = 50, 50, 5, 5
CUT_AT = (0.1, 0.5, 0.9)  # where a full download is cut, as fractions of its length
CHUNK = NetworkPolicy().chunk  # the app's read size: the most an interruption should cost


def v2_source(v1_source: Path, target: Path) -> dict[str, int]:
    """Write version 2's source next to the cached data (deterministic); returns what changed."""
    lines = (v1_source / "catalog.jsonl").read_text(encoding="utf-8").splitlines()
    items = {item["id"]: item for item in map(json.loads, lines)}
    maker = ItemMaker(random.Random(SEED))  # the same vocabulary as version 1 …
    rng = maker.rng
    rng.seed(CHANGE_SEED)  # … but new draws
    ids = sorted(items)
    chosen = rng.sample(ids, SUMMARIES + BODIES + REMOVED)
    for item_id in chosen[:SUMMARIES]:
        items[item_id]["summary"] = " ".join(maker.text.sentences(rng.randint(50, 70)))
    for item_id in chosen[SUMMARIES:SUMMARIES + BODIES]:
        paragraphs = items[item_id]["body"].split("\n\n")
        where = rng.randrange(1, len(paragraphs))  # never the heading
        paragraphs[where] = " ".join(maker.text.sentences(rng.randint(40, 80)))
        items[item_id]["body"] = "\n\n".join(paragraphs)
    for item_id in chosen[SUMMARIES + BODIES:]:
        del items[item_id]
    for number in range(len(ids) + 1, len(ids) + 1 + ADDED):
        item = maker.item(number)
        items[str(item["id"])] = item
    target.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(items[i], ensure_ascii=False, sort_keys=True) + "\n" for i in sorted(items))
    (target / "catalog.jsonl").write_text(text, encoding="utf-8")
    (target / "snapshot.json").write_text(json.dumps({"catalogue_version": 2, "created": "2026-02-01T00:00:00Z"}))
    return {"summaries": SUMMARIES, "bodies": BODIES, "removed": REMOVED, "added": ADDED, "items": len(items)}


def full_only(repo: Path, target: Path, private_key: Path) -> None:
    """A second repository with the same snapshot but a manifest (signed anew) that offers no delta."""
    manifest = parse_manifest((repo / MANIFEST).read_bytes())
    target.mkdir()
    os.link(repo / manifest.snapshot.name, target / manifest.snapshot.name)
    data = dataclasses.replace(manifest, deltas=()).to_bytes()
    (target / SIGNATURE).write_bytes(signature_bytes([sign(load_private_key(private_key), data)]))
    (target / MANIFEST).write_bytes(data)


def _v1_compressed(bundled: Path, log: Callable[[str], None]) -> Path:
    """Version 1 as the publisher compressed it (cached: xz of 140 MB takes about a minute)."""
    cache = DATA / f"sync-{SIZE}"
    compressed, record = cache / snapshot_name(1), cache / "v1.json"
    digest = sha256_file(bundled)
    if not (compressed.exists() and record.exists() and json.loads(record.read_text()).get("sha256") == digest):
        log("  compressing v1 with the publisher's settings (cached for later runs) …")
        cache.mkdir(parents=True, exist_ok=True)
        compress_file(bundled, compressed)
        record.write_text(json.dumps({"sha256": digest}))
    return compressed


class Client:
    """A fresh user data folder with the bundled v1 catalogue and the publisher's key trusted."""

    def __init__(self, folder: Path, bundled: Path, public_key: Path) -> None:
        self.folder, self.bundled = folder, bundled
        TrustStore(folder).add(public_key)

    def update(self, url: str, stop_at: int | None = None) -> tuple[SyncResult | None, dict[str, float]]:
        """One update (a new Updater, as after a restart); stop_at cancels once that many bytes are in."""
        marks: list[tuple[str, float]] = [("start", time.perf_counter())]
        done = [0]

        def progress(have: int, _total: int) -> None:
            done[0] = have

        def stage(name: str) -> None:
            marks.append((name, time.perf_counter()))

        policy = NetworkPolicy(retries=4, backoff=0.0)  # retry at once
        updater = Updater(CatalogueStore(self.folder, self.bundled), TrustStore(self.folder))
        try:
            result = updater.update(HttpRepository(url, policy), progress,
                                    lambda: stop_at is not None and done[0] >= stop_at, stage)
        except Cancelled:
            return None, {}
        marks.append(("end", time.perf_counter()))
        return result, _phases(marks)

    def active(self) -> Path:
        return CatalogueStore(self.folder, self.bundled).active().path


def _phases(marks: list[tuple[str, float]]) -> dict[str, float]:
    """Milliseconds per phase: check (manifest + signature), download, verify (unpack or rebuild, hash, integrity
    checks), install; a second Downloading (the delta failed, then the full file) counts as download."""
    phases = {"check": 0.0, "download": 0.0, "verify": 0.0, "install": 0.0}
    names = {"start": "check", "Checking": "check", "Downloading": "download", "Verifying": "verify",
             "Installing": "install"}
    for (name, at), (_, until) in pairwise(marks):
        phases[names[name]] += (until - at) * 1000
    phases["total"] = (marks[-1][1] - marks[0][1]) * 1000
    return phases


def _median(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def _updates(url: str, traffic: Traffic, make_client: Callable[[], Client], repeat: int,
             manifest: Manifest) -> dict[str, Any]:
    """``repeat`` updates of fresh clients: bytes served (from the first), median phases, methods, identity, and
    the integrity checks alone (``validate_snapshot``, part of "verify") timed once on the installed file."""
    runs, methods, identical, served, checks = [], [], [], {}, 0.0
    for number in range(repeat):
        client = make_client()
        traffic.clear()
        result, phases = client.update(url)
        assert result is not None
        if number == 0:
            served = {"files": dict(traffic.served), "headers": traffic.header_bytes,
                      "requests": len(traffic.requests), "fetched": result.fetched}
            started = time.perf_counter()
            validate_snapshot(client.active(), manifest, bundled_snapshot())
            checks = (time.perf_counter() - started) * 1000
        runs.append(phases)
        methods.append(result.method)
        identical.append(sha256_file(client.active()) == manifest.snapshot.uncompressed_sha256)
    return {**served, "methods": methods, "identical": all(identical), "ms": _median(runs), "runs": runs,
            "checks_ms": checks}


def _cut_runs(url: str, traffic: Traffic, make_client: Callable[[], Client], name: str,
              length: int) -> list[dict[str, Any]]:
    """Full downloads cut once at each point: by the server (clean close or reset) or by the client (stopped,
    then a new session resumes). Re-fetched = body bytes served for the file minus its length."""
    rows = []
    for mode in ("close", "reset", "stop"):
        for fraction in CUT_AT:
            at = int(length * fraction)
            client = make_client()
            traffic.clear()
            traffic.cut_name, traffic.reset = name, mode == "reset"
            traffic.cuts = [at] if mode != "stop" else []
            result, _ = client.update(url, stop_at=at if mode == "stop" else None)
            if mode == "stop":
                assert result is None
                result, _ = client.update(url)
            assert result is not None and result.installed
            ranges = [header for file, header in traffic.requests if file == name]
            resumed = [int(r[6:-1]) for r in ranges if r.startswith("bytes=")]
            stored = result.fetched + (resumed[0] if mode == "stop" else 0)  # bytes the client wrote, all sessions
            rows.append({"mode": mode, "fraction": fraction, "cut_at": at, "served": traffic.served[name],
                         "refetched": traffic.served[name] - length, "client_refetched": stored - length,
                         "requests": len(ranges), "resumed_from": resumed})
    return rows


def run(repeat: int = 3, log: Callable[[str], None] = print) -> dict[str, Any]:
    bundled, _ = ensure_snapshot(SIZE, log=False)
    with tempfile.TemporaryDirectory(prefix="sync-", dir=DATA) as tmp:
        work = Path(tmp)
        change = v2_source(folder(SIZE) / "source", work / "source-v2")
        private, public = generate_keys(work / "keys")
        (work / "repo").mkdir()
        os.link(_v1_compressed(bundled, log), work / "repo" / snapshot_name(1))  # the repository already holds v1
        log("  publishing v2 with the app's publisher …")
        started = time.perf_counter()
        manifest = publish(work / "source-v2", work / "repo", private, bundled)
        publish_s = time.perf_counter() - started
        full_only(work / "repo", work / "full", private)
        snapshot, delta = manifest.snapshot, manifest.deltas[0]
        counter = iter(range(1_000_000))

        def make_client() -> Client:
            return Client(work / f"client-{next(counter)}", bundled, public)

        with serving(work / "repo") as (url, traffic):
            log(f"  {repeat} delta updates …")
            by_delta = _updates(url, traffic, make_client, repeat, manifest)
        with serving(work / "full") as (url, traffic):
            log(f"  {repeat} full updates …")
            by_full = _updates(url, traffic, make_client, repeat, manifest)
            log("  interrupted full downloads …")
            cuts = _cut_runs(url, traffic, make_client, snapshot_name(2), snapshot.length)
    return {"size": SIZE, "change": change, "publish_s": publish_s, "chunk": CHUNK,
            "snapshot": {"length": snapshot.length, "uncompressed": snapshot.uncompressed_length},
            "delta": {"length": delta.length, "uncompressed": delta.uncompressed_length, "name": delta.name},
            "bundled_bytes": bundled.stat().st_size, "by_delta": by_delta, "by_full": by_full, "cuts": cuts}


if __name__ == "__main__":
    print(json.dumps(run(), indent=1))

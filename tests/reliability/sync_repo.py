"""The publisher's side of the sync crash campaign: a repository published with the real publisher from
generated items, served on 127.0.0.1 by a server that sends large files in small blocks with short pauses."""

from __future__ import annotations

import json
import random
import threading
import time
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tvet_desktop.catalog.records import KINDS
from tvet_desktop.paths import bundled_snapshot
from tvet_desktop.sync.keys import generate_keys
from tvet_desktop.sync.publish import publish
from tvet_desktop.sync.serve import RepositoryHandler
from tvet_desktop.sync.serve import serving as serve_folder
from tvet_desktop.sync.store import snapshot_version

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from tvet_desktop.sync.manifest import Manifest

BLOCK, PAUSE = 4096, 0.008  # the server's pace for large files: at most 512 KB/s, about 450 KB/s
WORDS = ["welding", "safety", "apprentice", "solar", "installer", "digital", "skills", "teacher", "workshop", "trainer",
         "green", "jobs", "curriculum", "assessment", "mentor", "rural", "centre", "quality", "industry", "module"]


class Repository:
    """A repository folder published with the real publisher, and the manifest it offers now."""

    def __init__(self, work: Path) -> None:
        self.work, self.folder = work, work / "repo"
        self.key, self.public = generate_keys(work / "keys")
        self.manifest: Manifest | None = None

    @property
    def version(self) -> int:
        return self.manifest.catalogue_version if self.manifest else snapshot_version(bundled_snapshot()) or 0

    def publish_next(self, items: int) -> None:
        version = self.version + 1
        source = write_items(self.work / "source", version, items)
        self.manifest = publish(source, self.folder, self.key, bundled_snapshot())

    def download_seconds(self, version: int) -> float:
        """About how long the download of a laptop on ``version`` lasts at the server's pace."""
        assert self.manifest is not None
        deltas = [d.length for d in self.manifest.deltas if d.from_version == version]
        return min([self.manifest.snapshot.length, *deltas]) * PAUSE / BLOCK

    def download_size(self, method: str, was: int) -> int:
        assert self.manifest is not None
        if method == "full":
            return self.manifest.snapshot.length
        deltas = [d.length for d in self.manifest.deltas if d.from_version == was]
        return deltas[0] if method == "delta" and deltas else 0  # 0: nothing was downloaded


def write_items(folder: Path, version: int, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(generated_item(number, version)) for number in range(count + version % 3 * 7)]
    (folder / "catalog.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "snapshot.json").write_text(json.dumps({"catalogue_version": version, "created": "2026-12-01T00:00:00Z"}))
    return folder


def generated_item(number: int, version: int) -> dict[str, object]:
    """Item ``number`` as of ``version``: it changes every fourth version, a quarter of the items at a time."""
    rng = random.Random(number * 1000 + version - (number + version) % 4)
    return {"id": f"item-{number:04d}", "kind": KINDS[number % 6], "title": f"Item {number} " + " ".join(
        rng.sample(WORDS, 4)), "summary": " ".join(rng.sample(WORDS, 8)), "year": 2000 + number % 26,
        "body": " ".join(rng.choice(WORDS) + str(rng.randrange(60)) for _ in range(120)),
        "themes": rng.sample(WORDS, 2), "languages": ["en"]}


@dataclass
class ServerLog:
    sent: int = 0  # body bytes of large files (snapshots and deltas)
    resumed: int = 0  # requests for them that started past the first byte: a Range was honoured
    lock: threading.Lock = field(default_factory=threading.Lock)


class ThrottledHandler(RepositoryHandler):
    log: ServerLog
    block_size = BLOCK

    def send_bytes(self, path: Path, start: int, stop: int) -> None:
        if start and not path.name.startswith("manifest"):
            with self.log.lock:
                self.log.resumed += 1
        with suppress(OSError):  # the client was killed
            super().send_bytes(path, start, stop)

    def send_block(self, path: Path, block: bytes) -> None:
        self.wfile.write(block)
        if not path.name.startswith("manifest"):
            with self.log.lock:
                self.log.sent += len(block)
            time.sleep(PAUSE)


@contextmanager
def serving(folder: Path) -> Iterator[tuple[str, ServerLog]]:
    log = ServerLog()
    with serve_folder(folder, type("Handler", (ThrottledHandler,), {"log": log})) as url:
        yield url, log

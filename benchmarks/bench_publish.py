"""The publisher's side: ``publish`` of a generated catalogue into an empty repository (time and peak memory,
in a child process), and the snapshot's size against a plain FTS5 table with a prefix index over the same
items (the baseline of issue 12 §3: target ≤ 1.2× at 100,000 items)."""

from __future__ import annotations

import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

NAIVE_SQL = ("CREATE VIRTUAL TABLE items_fts USING fts5(title, summary, body, authors, institution, place, themes, "
             "tokenize='porter unicode61 remove_diacritics 2', prefix='2 3')")
SIZE_TARGET = 1.2  # the app's snapshot at most this many times the plain FTS5 file
PUBLISH_TARGET_S = 60.0  # publish of 10,000 items


def naive_size(source: Path, out: Path) -> int:
    """Bytes of a plain FTS5 table (content kept in the table, porter stemming, prefix index 2 and 3) holding
    the same text columns as the app's search index, built and vacuumed the same way."""
    out.unlink(missing_ok=True)
    conn = sqlite3.connect(out)
    conn.execute("PRAGMA page_size = 4096")
    conn.execute(NAIVE_SQL)
    with open(source / "catalog.jsonl", encoding="utf-8") as lines:
        rows = (_columns(json.loads(line)) for line in lines)
        conn.executemany("INSERT INTO items_fts VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("INSERT INTO items_fts(items_fts) VALUES ('optimize')")
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    return out.stat().st_size


def _columns(item: dict[str, Any]) -> tuple[str, ...]:
    return (item["title"], item.get("summary") or "", item.get("body") or "", "; ".join(item.get("authors") or []),
            item.get("institution") or "", f"{item.get('country') or ''} {item.get('region') or ''}",
            "; ".join(item.get("themes") or []))


def publish_once(source: Path) -> dict[str, float]:
    """``tvet-desktop publish`` of ``source`` into a new repository, timed in a child process."""
    with tempfile.TemporaryDirectory(prefix="bench-publish-") as folder:
        work = Path(folder)
        command = [sys.executable, "-m", "tvet_desktop"]
        subprocess.run([*command, "keygen", str(work / "keys")], check=True, capture_output=True)
        started = time.perf_counter()
        subprocess.run([*command, "publish", str(source), str(work / "repo"), "--key",
                        str(work / "keys" / "tvet-signing.key")], check=True, capture_output=True)
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        compressed = sum(p.stat().st_size for p in (work / "repo").glob("catalog-v*.sqlite.xz"))
    return {"publish_s": seconds, "peak_mib": peak, "compressed_bytes": compressed}


def run(snapshots: dict[int, Path], sources: dict[int, Path]) -> dict[str, Any]:
    sizes = {}
    for size, snapshot in snapshots.items():
        with tempfile.TemporaryDirectory(prefix="bench-naive-") as folder:
            naive = naive_size(sources[size], Path(folder) / "naive.sqlite")
        sizes[size] = {"snapshot_bytes": snapshot.stat().st_size, "naive_bytes": naive}
    publish = publish_once(sources[10_000]) if 10_000 in sources else None
    return {"sizes": sizes, "publish": publish}

"""The kill -9 campaign: start a note-saving process, kill it at a random moment, repeat; then check.

``python -m tests.reliability.campaign [KILLS]`` prints the figures reported in docs/reliability.md.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from .note_writer import text_for

WRITER = Path(__file__).with_name("note_writer.py")


@dataclass
class Figures:
    kills: int = 0
    acknowledged: int = 0
    lost: int = 0
    stale: int = 0
    integrity: str = ""
    problems: list[str] = field(default_factory=list)


def run_campaign(data_dir: Path, kills: int, seed: int = 1) -> Figures:
    rng = random.Random(seed)
    figures = Figures()
    latest_item_ack: dict[str, int] = {}
    plans: set[str] = set()
    sequence = 0
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    for _ in range(kills):
        process = subprocess.Popen([sys.executable, str(WRITER), str(data_dir), str(sequence)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        lines: list[str] = []
        first = threading.Event()

        def read(stream=process.stdout, lines=lines, first=first) -> None:  # type: ignore[no-untyped-def]
            for line in stream:
                lines.append(line)
                first.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        first.wait(timeout=30)  # kill while it saves, not while Python starts
        time.sleep(rng.uniform(0, 0.05))
        process.send_signal(signal.SIGKILL)
        process.wait()
        reader.join(timeout=10)
        figures.kills += 1
        for line in lines:
            if not line.endswith("\n"):
                continue  # a half-printed line was never a promise
            _, kind, key, number = line.split()
            figures.acknowledged += 1
            sequence = max(sequence, int(number) + 1)
            if kind == "item":
                latest_item_ack[key] = max(latest_item_ack.get(key, -1), int(number))
            else:
                plans.add(key)
        sequence += 2  # a save that committed without its ack line must not be reused
    _check(data_dir, latest_item_ack, plans, figures)
    return figures


def _check(data_dir: Path, items: dict[str, int], plans: set[str], figures: Figures) -> None:
    conn = sqlite3.connect(data_dir / "user.sqlite")
    figures.integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    texts = dict(conn.execute("SELECT coalesce(item_id, id), text FROM notes"))
    conn.close()
    for item_id, acked in items.items():
        text = texts.get(item_id)
        if text is None:
            figures.lost += 1
            figures.problems.append(f"{item_id}: missing")
            continue
        saved = int(text.split(":")[0].split()[1])
        if saved < acked:  # a later unacknowledged save may have landed; an older one must not
            figures.stale += 1
            figures.problems.append(f"{item_id}: has save {saved}, {acked} was acknowledged")
        elif text != text_for(saved):
            figures.problems.append(f"{item_id}: text of save {saved} is damaged")
    for plan in plans:
        if plan not in texts:
            figures.lost += 1
            figures.problems.append(f"{plan}: missing")


if __name__ == "__main__":
    import tempfile

    kills = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        result = run_campaign(Path(folder), kills)
        print(f"kills={result.kills} acknowledged={result.acknowledged} lost={result.lost} stale={result.stale} "
              f"integrity={result.integrity} problems={result.problems[:5]} "
              f"seconds={time.perf_counter() - started:.0f}")

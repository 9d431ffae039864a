"""The kill -9 campaign: start a note-saving process, kill it at a random moment, repeat; then check.

``python -m tests.reliability.campaign [KILLS] [--full-disk]`` prints the figures reported in
docs/reliability.md; with ``--full-disk`` (root: it mounts a small tmpfs) the disk is full, or fills up, during
three kills in four.
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

from ..disks import SmallDisk
from .note_writer import text_for

WRITER = Path(__file__).with_name("note_writer.py")
DISK_SIZE = "24m"  # room for a campaign's notes; the filler takes the rest


@dataclass
class Figures:
    kills: int = 0
    acknowledged: int = 0
    lost: int = 0
    stale: int = 0
    integrity: str = ""
    problems: list[str] = field(default_factory=list)
    refused: int = 0  # saves refused because the disk was full (never acknowledged)
    kills_while_full: int = 0  # kills with the disk full, or filling while the writer saved
    set_aside: int = 0  # times a database was set aside (only proven damage may do that: must stay 0)


def run_campaign(data_dir: Path, kills: int, seed: int = 1, disk: SmallDisk | None = None) -> Figures:
    """``kills`` writers killed at random moments. With ``disk`` (``data_dir`` on it), before each writer the
    disk is left free, filled to the last byte (also right after a command ended cleanly, which leaves no
    shared-memory file), or filled while the writer saves."""
    rng = random.Random(seed)
    figures = Figures()
    latest_item_ack: dict[str, int] = {}
    plans: set[str] = set()
    sequence = 0
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    for _ in range(kills):
        mode = rng.choice(["free", "full", "filling", "full after a clean exit"]) if disk is not None else "free"
        if disk is not None:
            disk.free()
            if mode == "full after a clean exit":  # no shared-memory file left: the case B1 was about
                subprocess.run([sys.executable, "-m", "tvet_desktop", "notes", "list", "--json"], env=dict(
                    env, TVET_DESKTOP_DATA_DIR=str(data_dir)), capture_output=True, check=False, timeout=60)
            if mode.startswith("full"):
                disk.fill()
        process = subprocess.Popen([sys.executable, str(WRITER), str(data_dir), str(sequence)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        lines: list[str] = []
        saving = threading.Event()

        def read(stream=process.stdout, lines=lines, saving=saving) -> None:  # type: ignore[no-untyped-def]
            for line in stream:
                lines.append(line)
                if line != "ready\n":
                    saving.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        saving.wait(timeout=30)  # kill while it saves, not while Python starts
        if disk is not None and mode == "filling":
            time.sleep(rng.uniform(0, 0.02))
            disk.fill()
        time.sleep(rng.uniform(0, 0.05))
        process.send_signal(signal.SIGKILL)
        process.wait()
        reader.join(timeout=10)
        figures.kills += 1
        figures.kills_while_full += mode != "free"
        for line in lines:
            if not line.endswith("\n") or line == "ready\n":
                continue  # a half-printed line was never a promise
            outcome, kind, key, number = line.split()
            sequence = max(sequence, int(number) + 1)
            if outcome == "refused":
                figures.refused += 1
                continue
            figures.acknowledged += 1
            if kind == "item":
                latest_item_ack[key] = max(latest_item_ack.get(key, -1), int(number))
            else:
                plans.add(key)
        sequence += 2  # a save that committed without its ack line must not be reused
    if disk is not None:
        disk.free()
    figures.set_aside = len(list((data_dir / "set-aside").glob("*.sqlite")))
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


def _run(kills: int, full_disk: bool) -> Figures:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        if not full_disk:
            return run_campaign(Path(folder), kills)
        disk = SmallDisk.mount(Path(folder) / "disk", DISK_SIZE)  # needs root
        try:
            return run_campaign(disk.root / "data", kills, disk=disk)
        finally:
            disk.unmount()


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--full-disk"]
    started = time.perf_counter()
    result = _run(int(arguments[0]) if arguments else 200, "--full-disk" in sys.argv)
    print(f"kills={result.kills} while_full={result.kills_while_full} acknowledged={result.acknowledged} "
          f"refused={result.refused} lost={result.lost} stale={result.stale} set_aside={result.set_aside} "
          f"integrity={result.integrity} problems={result.problems[:5]} seconds={time.perf_counter() - started:.0f}")

"""The kill -9 campaign for catalogue updates: run ``tvet-desktop sync`` against a real server, kill it at a
random moment, check what the app would open at its next start, repeat.

The repository (sync_repo.py) is published with the real publisher and a generated key. The five versions
after the bundled one are tiny, so the bundled catalogue leaves the five-version delta window cheaply (a
laptop still on it needs the full snapshot); each later version has about a hundred generated items, a
quarter of them changed per version. The loopback server sends large files in 4 KiB blocks with short
pauses, so a full download lasts about a quarter of a second. Each child is ``python -m tvet_desktop sync
--server URL`` with its stderr on a pseudo-terminal, which makes the command print its stages (Checking,
Downloading, Verifying, Installing): the last stage a killed child printed is where the kill landed.
Whenever a laptop has nothing left to do (and now and then mid-update) the campaign rolls it back,
publishes a newer version, or goes on with a new laptop still on the bundled catalogue; now and then it
runs a sync that is not killed, which must finish the job.

``python -m tests.reliability.sync_campaign [KILLS]`` prints the figures reported in docs/reliability.md.
"""

from __future__ import annotations

import json
import os
import pty
import random
import re
import select
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tvet_desktop.catalog.snapshot import Catalog, CatalogError
from tvet_desktop.library.store import open_notes
from tvet_desktop.paths import DATA_DIR_ENV, bundled_snapshot
from tvet_desktop.search.engine import SearchEngine
from tvet_desktop.sync.keys import TrustStore
from tvet_desktop.sync.store import POINTER, CatalogueStore

from .sync_repo import Repository, serving

ROOT = Path(__file__).resolve().parents[2]
STAGES = ("Checking", "Downloading", "Verifying", "Installing")
SPAN = {"Checking": 0.008, "Verifying": 0.03, "Installing": 0.005}  # seconds a stage lasts, about (measured)
STAGE_LINE = re.compile(r"(Checking|Downloading|Verifying|Installing)…")
DONE_LINE = re.compile(r"^ +(\S.*) download: ([\d,]+) bytes transferred \(was v(\d+)\)$", re.MULTILINE)
MARK = b"@@campaign-drained@@"
HANG = 60.0  # seconds after which a child that should have finished is killed (and reported)
NOTES = {"welding-safety-guide": "Ask the group about masks. مرحبا 👋", "item-0007": "Week 3: **solar** kit\n\n- one\n"}


@dataclass
class Figures:
    kills: int = 0
    landed: Counter[str] = field(default_factory=Counter)  # stage each kill landed in ("starting": none yet)
    opened: Counter[str] = field(default_factory=Counter)  # after a kill, the next start opened the old or new version
    installs: int = 0  # updates that completed (in children not killed, or finished before the kill)
    methods: Counter[str] = field(default_factory=Counter)
    clean_syncs: int = 0  # syncs run without a kill, each right after one
    resumed: int = 0  # completed installs whose download continued a partial file
    resumed_bytes: int = 0  # bytes those installs did not have to fetch again
    served: int = 0  # bytes of large files the server sent (also what was in flight when a child died)
    resumed_requests: int = 0  # requests the server answered from a byte past the start
    installed_bytes: int = 0  # bytes of the files chosen for completed installs
    publishes: int = 0
    laptops: int = 0  # user data folders used (each new one starts on the bundled catalogue)
    rollbacks: int = 0
    starts_checked: int = 0
    leftovers: list[str] = field(default_factory=list)  # in staging/, downloads/ or .*.new after the last sync
    broken: list[str] = field(default_factory=list)  # broken starts and failed syncs
    seconds: float = 0.0

    def summary(self) -> str:
        figures = {name: value for name, value in vars(self).items() if name != "broken"}
        figures.update(landed=dict(self.landed), opened=dict(self.opened), methods=dict(self.methods))
        return " ".join(f"{name}={value:.0f}" if isinstance(value, float) else f"{name}={value}"
                        for name, value in figures.items()) + f" broken={self.broken[:5]}"


@dataclass
class Outcome:
    """What one child did: its exit, the stages it printed, and the update it reported, if any."""

    code: int
    stages: list[str]
    stdout: str
    terminal: str  # what it printed on stderr: stages, progress, an error
    method: str | None = None
    fetched: int = 0
    was: int = 0


def child_env(data_dir: Path) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT), **{DATA_DIR_ENV: str(data_dir)})


def run_child(url: str, data_dir: Path, rng: random.Random, spans: dict[str, float] | None) -> Outcome:
    """``tvet-desktop sync`` with stderr on a pseudo-terminal; SIGKILL at a random moment unless ``spans`` (how
    long each stage lasts, about) is None."""
    master, slave = pty.openpty()
    try:
        process = subprocess.Popen([sys.executable, "-m", "tvet_desktop", "sync", "--server", url],
                                   stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave,
                                   env=child_env(data_dir))
        trigger, moment = kill_plan(rng) if spans else (None, HANG)
        output = watch(process, master, trigger, moment, spans or SPAN)
        stdout = process.communicate(timeout=30)[0].decode()
        os.write(slave, MARK)  # after everything the child wrote: read up to it and nothing is missed
        output += read_until_mark(master)
    finally:
        os.close(master)
        os.close(slave)
    return outcome(process.returncode, output.decode(errors="replace"), stdout)


def kill_plan(rng: random.Random) -> tuple[str | None, float]:
    """When to kill: a moment after the child started (seconds), or at a random point of a chosen stage
    (a fraction of how long that stage usually lasts)."""
    if rng.random() < 0.2:
        return None, rng.uniform(0, 0.5)
    return rng.choice(["Checking", *["Downloading"] * 4, *["Verifying"] * 2, *["Installing"] * 2]), rng.random()


def watch(process: subprocess.Popen[bytes], master: int, trigger: str | None, moment: float,
          spans: dict[str, float]) -> bytes:
    """Read the child's stages as they come and SIGKILL it at ``moment``: seconds after its start when there is
    no trigger, else that fraction into the trigger stage (or the first later one, when it skips that one)."""
    output, armed = b"", trigger is None
    deadline = time.monotonic() + (moment if armed else HANG)
    while process.poll() is None:
        if not armed and (stage := reached(output, trigger)):
            armed, deadline = True, time.monotonic() + moment * spans[stage]
        wait = deadline - time.monotonic()
        if wait <= 0:
            process.send_signal(signal.SIGKILL)
            break
        if select.select([master], [], [], min(wait, 0.05))[0]:
            output += os.read(master, 65536)
    process.wait()
    return output


def reached(output: bytes, stage: str | None) -> str | None:
    """``stage`` if the child printed it, else the first later stage it printed."""
    later = STAGES[STAGES.index(stage or STAGES[0]):]
    return next((name for name in later if f"{name}…".encode() in output), None)


def read_until_mark(master: int) -> bytes:
    data = b""
    while not data.endswith(MARK):
        if not select.select([master], [], [], 10)[0]:
            raise AssertionError("the pseudo-terminal did not deliver the child's output")
        data += os.read(master, 65536)
    return data[:-len(MARK)]


def outcome(code: int, text: str, stdout: str) -> Outcome:
    result = Outcome(code, STAGE_LINE.findall(text), stdout, text)
    if done := DONE_LINE.search(stdout):
        result.method, result.fetched, result.was = done[1], int(done[2].replace(",", "")), int(done[3])
    return result


def run_campaign(work: Path, kills: int, seed: int = 1, items: int = 100) -> Figures:
    """Kill children until ``kills`` of them were killed before the sync finished (kills that land while a
    child exits after its install are counted too, as "finished")."""
    rng, figures, started = random.Random(seed), Figures(), time.perf_counter()
    repo = Repository(work)
    for _ in range(5):
        repo.publish_next(items=12)  # five tiny versions: the bundled one leaves the delta window at the next
    repo.publish_next(items)
    laptop = new_laptop(work, repo, figures)
    with serving(repo.folder) as (url, log):
        while figures.kills - figures.landed["finished"] < kills:  # kills before the sync had finished
            laptop = make_work(work, repo, laptop, rng, figures, items)
            one_round(url, repo, laptop, rng, figures)
        repo.publish_next(items)  # so that the last sync has something to do
        figures.publishes += 1
        clean_sync(url, laptop, repo, figures)
        figures.leftovers = [str(path.relative_to(laptop.store.folder)) for path in leftovers(laptop.store.folder)]
        figures.served, figures.resumed_requests = log.sent, log.resumed
    figures.seconds = time.perf_counter() - started
    return figures


def one_round(url: str, repo: Repository, laptop: Laptop, rng: random.Random, figures: Figures) -> None:
    """One child, mostly killed; then the start check, and now and then an uninterrupted sync."""
    old = laptop.store.active().version
    kill = rng.random() > 0.08
    spans = dict(SPAN, Downloading=repo.download_seconds(old))
    result = run_child(url, laptop.data_dir, rng, spans if kill else None)
    record(result, kill, repo, figures)
    if kill and result.code == -signal.SIGKILL:
        figures.opened["new" if laptop.store.active().version != old else "old"] += 1
    check_start(laptop, {old, repo.version}, figures)
    if kill and rng.random() < 0.15:
        clean_sync(url, laptop, repo, figures)


def leftovers(folder: Path) -> list[Path]:
    """Files interrupted syncs left in a catalogue folder that the last (complete) sync did not remove."""
    return [*folder.glob(".*.new"), *folder.glob("staging/*"), *folder.glob("downloads/*")]


@dataclass(frozen=True)
class Laptop:
    data_dir: Path
    store: CatalogueStore


def new_laptop(work: Path, repo: Repository, figures: Figures) -> Laptop:
    """A user data folder with the publisher's key trusted and a few notes written before any sync."""
    figures.laptops += 1
    data_dir = work / f"laptop-{figures.laptops}"
    TrustStore(data_dir).add(repo.public)
    write_notes(data_dir)
    return Laptop(data_dir, CatalogueStore(data_dir, bundled_snapshot()))


def make_work(work: Path, repo: Repository, laptop: Laptop, rng: random.Random, figures: Figures,
              items: int) -> Laptop:
    """When the newest version is installed (and now and then mid-update): roll back, publish a newer version,
    or go on with a laptop still on the bundled catalogue (a full update)."""
    if laptop.store.active().version != repo.version and rng.random() > 0.05:
        return laptop
    choice = rng.random()
    if choice < 0.45 and any(laptop.store.pointer()):
        laptop.store.rollback()
        figures.rollbacks += 1
    elif choice < 0.75:
        return new_laptop(work, repo, figures)
    else:
        repo.publish_next(items)
        figures.publishes += 1
    return laptop


def record(result: Outcome, kill: bool, repo: Repository, figures: Figures) -> None:
    if kill and result.code == -signal.SIGKILL:
        figures.kills += 1
        figures.landed["finished" if result.method else (result.stages or ["starting"])[-1]] += 1
    elif result.code != 0:
        figures.broken.append(f"a sync failed (exit {result.code}): {result.terminal.strip()[-300:]}")
    if result.method:
        count_install(figures, result.method, result.fetched, repo.download_size(result.method, result.was))


def count_install(figures: Figures, method: str, fetched: int, size: int) -> None:
    figures.installs += 1
    figures.methods[method] += 1
    figures.installed_bytes += size
    if fetched < size:
        figures.resumed += 1
        figures.resumed_bytes += size - fetched


def clean_sync(url: str, laptop: Laptop, repo: Repository, figures: Figures) -> None:
    """The next sync, not interrupted: it must succeed and install the newest version."""
    done = subprocess.run([sys.executable, "-m", "tvet_desktop", "sync", "--server", url, "--json"],
                          capture_output=True, env=child_env(laptop.data_dir), timeout=60, check=False)
    figures.clean_syncs += 1
    if done.returncode != 0:
        figures.broken.append(f"an uninterrupted sync failed: {done.stderr.decode().strip()}")
        return
    result = json.loads(done.stdout)
    if result["installed"]:
        count_install(figures, result["method"], result["fetched"], result["download_size"])
    if laptop.store.active().version != repo.version:
        figures.broken.append(f"an uninterrupted sync left v{laptop.store.active().version}, not v{repo.version}")
    check_start(laptop, {repo.version}, figures)


def check_start(laptop: Laptop, allowed: set[int], figures: Figures) -> None:
    """What the app would open at its next start: one complete, valid catalogue, and the notes as written."""
    figures.starts_checked += 1
    problems = start_problems(laptop.store, allowed) + notes_problems(laptop.data_dir)
    figures.broken.extend(f"start {figures.starts_checked}: {problem}" for problem in problems)


def start_problems(store: CatalogueStore, allowed: set[int]) -> list[str]:
    problems = []
    pointer = store.folder / POINTER
    if pointer.exists():
        try:
            json.loads(pointer.read_text(encoding="utf-8"))
        except ValueError as error:
            problems.append(f"{POINTER} is not valid JSON ({error})")
    current, _ = store.pointer()
    active = store.active()
    named = current.version if current else store.bundled_version
    if active.problem:
        problems.append(active.problem)
    if active.version != named:
        problems.append(f"the pointer names v{named}, the app opens v{active.version}")
    if active.version not in allowed:
        problems.append(f"v{active.version} is neither the old nor the new version ({sorted(allowed)})")
    return problems + catalogue_problems(active.path, active.version)


def catalogue_problems(path: Path, version: int) -> list[str]:
    try:
        with Catalog(path) as catalog:
            found = catalog.info.version
            SearchEngine(catalog).search("welding", limit=5)
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except (CatalogError, sqlite3.DatabaseError, OSError) as error:
        return [f"{path.name} does not open: {error}"]
    problems = [] if integrity == "ok" else [f"{path.name} fails integrity_check: {integrity}"]
    return problems + ([] if found == version else [f"{path.name} holds v{found}, not v{version}"])


def write_notes(data_dir: Path) -> None:
    notes = open_notes(data_dir, backup=False)
    try:
        for item_id, text in NOTES.items():
            notes.save_item_note(item_id, text, item_id, None)
    finally:
        notes.close()


def notes_problems(data_dir: Path) -> list[str]:
    notes = open_notes(data_dir, backup=False)
    try:
        kept = {item_id: note.text if (note := notes.note_for_item(item_id)) else None for item_id in NOTES}
    finally:
        notes.close()
    return [f"the note on {item_id} changed" for item_id, text in NOTES.items() if kept[item_id] != text]


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        print(run_campaign(Path(folder), int(sys.argv[1]) if len(sys.argv) > 1 else 100).summary())

"""One owner of the active catalogue: a running window follows every change to it within a second, and no
update deletes a version a window still reads (two real processes: the window and the command line)."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from typing import TYPE_CHECKING

from tvet_desktop.paths import bundled_snapshot
from tvet_desktop.sync.holds import hold, is_held, release
from tvet_desktop.sync.keys import TrustStore
from tvet_desktop.sync.publish import publish
from tvet_desktop.sync.store import CatalogueStore

from ..conftest import REPO

if TYPE_CHECKING:
    from pathlib import Path

WINDOW = """
import sys, time
from pathlib import Path
from tvet_desktop import launch
from tvet_desktop.ui import main_window
from PySide6.QtCore import QTimer

show = main_window.MainWindow.show

def show_and_report(window):
    show(window)
    last = [None]
    def tick():
        name = window.catalog.path.name
        if name != last[0]:
            last[0] = name
            print(f"USING {name} {time.time():.3f}", flush=True)
        if Path(sys.argv[1]).exists():
            window.close()
    timer = QTimer(window)
    timer.timeout.connect(tick)
    timer.start(10)

main_window.MainWindow.show = show_and_report
sys.exit(launch.main([]))
"""


def source(folder: Path, version: int) -> Path:
    """The real catalogue, one summary changed per version."""
    lines = (REPO / "resources" / "catalog.jsonl").read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    first["summary"] = f"Revised for version {version}."
    folder.mkdir(parents=True)
    (folder / "catalog.jsonl").write_text("\n".join([json.dumps(first), *lines[1:]]) + "\n", encoding="utf-8")
    (folder / "snapshot.json").write_text(json.dumps({"catalogue_version": version,
                                                      "created": "2026-12-01T00:00:00Z"}))
    return folder


def tvet(data_dir: Path, *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "tvet_desktop", *args], capture_output=True, text=True,
                          env=dict(os.environ, TVET_DESKTOP_DATA_DIR=str(data_dir)), timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def next_line(window: subprocess.Popen[str], timeout: float = 20) -> str:
    assert window.stdout is not None
    ready, _, _ = select.select([window.stdout], [], [], timeout)
    assert ready, "the window said nothing"
    return window.stdout.readline().strip()


def test_a_window_follows_command_line_updates_and_keeps_the_version_it_read(
        tmp_path: Path, data_dir: Path, keys: tuple[Path, Path]) -> None:
    TrustStore(data_dir).add(keys[1])
    repo = tmp_path / "repo"
    store = CatalogueStore(data_dir, bundled_snapshot())

    def install(version: int) -> Path:
        publish(source(tmp_path / f"v{version}", version), repo, keys[0], bundled_snapshot())
        tvet(data_dir, "import", str(repo))
        return store.active().path

    first = install(2)
    quit_file = tmp_path / "quit"
    window = subprocess.Popen([sys.executable, "-c", WINDOW, str(quit_file)], stdout=subprocess.PIPE, text=True,
                              stderr=subprocess.DEVNULL,
                              env=dict(os.environ, TVET_DESKTOP_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen"))
    try:
        assert next_line(window).startswith(f"USING {first.name}")
        delays = []
        for version in (3, 4):
            installed = install(version)
            seen = next_line(window).split()
            assert seen[1] == installed.name
            delays.append(float(seen[2]) - (store.folder / "active.json").stat().st_mtime)
        print("pointer to window, seconds:", delays)
        assert max(delays) < 1.0, delays
        assert first.exists(), "v2 is not in the pointer any more, but the window still has it open"
        tvet(data_dir, "rollback")
        assert next_line(window).split()[1] == store.active().path.name  # v3 again
        quit_file.touch()
        assert window.wait(30) == 0
    finally:
        window.kill()
    assert not first.exists(), "once the window closed, v2 was pruned"
    assert {path.name for path in store.folder.glob("catalog-v*.sqlite")} == {
        store.active().path.name, *(i.file for i in store.pointer() if i is not None)}


def test_a_hold_keeps_a_version_until_released_and_a_dead_holder_keeps_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "catalogues"
    folder.mkdir()
    file = folder / "catalog-v2-0123456789ab.sqlite"
    file.write_bytes(b"x")
    held = hold(folder, file)
    assert held is not None and is_held(folder, "catalog-v2-0123456789ab")
    release(held)
    assert not is_held(folder, "catalog-v2-0123456789ab") and not list((folder / "held").iterdir())
    assert hold(folder, tmp_path / "bundled.sqlite") is None  # the bundled catalogue is never deleted
    code = ("import sys, time; from pathlib import Path; from tvet_desktop.sync.holds import hold; "
            f"h = hold(Path({str(folder)!r}), Path({str(file)!r})); print('held', flush=True); time.sleep(60)")
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert next_line(holder) == "held" and is_held(folder, "catalog-v2-0123456789ab")
    finally:
        holder.kill()
        holder.wait()
    assert not is_held(folder, "catalog-v2-0123456789ab")  # killed: its lock went with it
    assert not list((folder / "held").iterdir())

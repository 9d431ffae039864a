"""Start-up: process launch to first painted window, the app against a bare PySide6 window, alternating."""

from __future__ import annotations

import compileall
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def launch(mode: str, snapshot: Path | None = None, data: Path | None = None) -> tuple[float, float, float]:
    """Milliseconds from launch to the child's READY line, the child's peak RSS in MiB, and the CPU time (user
    and system, ms) the child used in all (it exits right after READY): on a machine others share, the CPU
    time moves far less with their load than the wall time. The app gets a fresh data folder (a first start:
    it creates the notes database), or ``data`` (a later start)."""
    with tempfile.TemporaryDirectory() as fresh:
        env = {**os.environ, "TVET_DESKTOP_DATA_DIR": str(data or fresh), "QT_QPA_PLATFORM": "offscreen"}
        command = [sys.executable, "-m", "benchmarks.startup_child", mode, *([str(snapshot)] if snapshot else [])]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        child = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True)
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed = (time.perf_counter() - started) * 1000
        _, errors = child.communicate(timeout=150)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if not line.startswith("READY"):
        raise RuntimeError(f"start-up child {mode} failed (exit {child.returncode}): {errors.strip()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return elapsed, int(line.split()[1]) / 1024, cpu


def run(runs: int, large: Path | None = None) -> dict[str, Any]:
    """``runs`` launches of each (the app's first start, its later start, the bare window), alternating
    which goes first; ``large`` adds a few app starts on it."""
    # An installed app starts from compiled bytecode (pip writes it at install time); a checkout run with
    # PYTHONDONTWRITEBYTECODE set would compile every module of the app at each launch instead.
    compileall.compile_dir(REPO / "tvet_desktop", quiet=1)
    samples: dict[str, list[tuple[float, float, float]]] = {"app": [], "app_later": [], "bare": []}
    with tempfile.TemporaryDirectory() as used:
        launch("app", data=Path(used))  # the start that creates the notes database; later ones reopen it
        for turn in range(runs):
            for mode in ("bare", "app_later", "app") if turn % 2 else ("app", "app_later", "bare"):
                samples[mode].append(launch("app", data=Path(used)) if mode == "app_later" else launch(mode))
    if large is not None:
        samples["app_large"] = [launch("app", large) for _ in range(3)]
    return {mode: {"ms": [ms for ms, _, _ in found], "median_ms": statistics.median(ms for ms, _, _ in found),
                   "rss_mib": statistics.median(rss for _, rss, _ in found),
                   "cpu_ms": statistics.median(cpu for _, _, cpu in found)}
            for mode, found in samples.items()}

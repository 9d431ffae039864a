"""Timing and summary helpers shared by the benchmarks."""

from __future__ import annotations

import math
import os
import platform
import sqlite3
import statistics
import subprocess
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence


def timed(job: Callable[[], Any], repeat: int, warmup: int = 1) -> list[float]:
    """Milliseconds of ``repeat`` calls after ``warmup`` discarded ones (caches and lazy set-up settle)."""
    for _ in range(warmup):
        job()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        job()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def percentile(samples: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile: an observed value, never an interpolation below the slow tail."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def summary(samples: list[float]) -> dict[str, float]:
    return {"median": statistics.median(samples), "p95": percentile(samples, 0.95), "max": max(samples),
            "n": len(samples)}


def _app_version() -> str:
    """The commit the app code was measured at (read-only git calls), flagged when tvet_desktop/ has changes."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True,
                                check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "tvet_desktop"], cwd=root,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return commit + (" with uncommitted changes in tvet_desktop/" if dirty else "")


def machine() -> dict[str, str]:
    import PySide6

    cpu = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), cpu)
    except OSError:
        pass
    return {"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "nproc": str(os.cpu_count()),
            "cpu": cpu, "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
            "pyside6": PySide6.__version__, "system": f"{platform.system()} {platform.release()}",
            "commit": _app_version()}

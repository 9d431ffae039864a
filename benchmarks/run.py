"""Run every benchmark and rewrite docs/benchmarks.md: ``python -m benchmarks.run [--sizes 1000,10000] [--quick]``.

``--only startup`` runs the start-up benchmark alone (``benchmarks/bench_startup.py``, ``--runs N`` launches of
each; its section goes to ``benchmarks/data/benchmarks-startup.md``, raw figures ``results-startup.json``).
``--only documents`` runs the documents benchmark alone (``benchmarks/bench_documents.py``; its section goes to
``benchmarks/data/benchmarks-documents.md``). ``--only sync`` runs just the catalogue sync benchmark and writes
its section to ``benchmarks/data/benchmarks-sync.md`` (raw figures ``results-sync.json``), leaving
docs/benchmarks.md alone.

The GUI and start-up benchmarks run in child processes, so Qt state, threads and memory of one measurement
never leak into another. Raw figures also go to ``benchmarks/data/results.json`` (``results-quick.json``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from . import bench_browse, bench_publish, bench_search, bench_startup, bench_sync, report, report_sync
from .generate import DATA, SIZES, ensure_snapshot, folder
from .stats import machine

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs" / "benchmarks.md"


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", help="comma-separated catalogue sizes (default 1000,10000,100000; "
                                        "with --quick 1000,10000)")
    parser.add_argument("--quick", action="store_true",
                        help="fewer repeats and launches, for a smoke run; writes benchmarks/data/benchmarks-quick.md")
    parser.add_argument("--output", type=Path, help="Markdown file to write (default docs/benchmarks.md)")
    parser.add_argument("--runs", type=int, default=15, help="with --only startup: launches of each (default 15)")
    parser.add_argument("--only", choices=["sync", "documents", "startup"],
                        help="run one benchmark alone; its section goes to benchmarks/data/benchmarks-<name>.md")
    args = parser.parse_args()
    default_sizes = SIZES[:2] if args.quick else SIZES
    args.sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else list(default_sizes)
    args.output = args.output or (DATA / "benchmarks-quick.md" if args.quick else DOCS)
    return args


def _step(message: str, started: float) -> None:
    print(f"[{(time.perf_counter() - started) / 60:5.1f} min] {message}", flush=True)


def _gui(snapshot: Path, quick: bool) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.gui_child", str(snapshot), *(["--quick"] if quick else [])]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=1800, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"GUI benchmark failed (exit {done.returncode}): {done.stderr.strip()[-2000:]}")
    return json.loads(lines[-1])  # type: ignore[no-any-return]


HAND_WRITTEN = ("<!-- Written by hand from here on: `make benchmark` rewrites what is above this line and keeps the "
                "rest. -->")


def _written_by_hand(output: Path) -> str:
    """What follows the marker in ``output`` (the sections measured by hand, the documents benchmark's section),
    marker included, to be kept after the regenerated sections; '' when there is none."""
    try:
        old = output.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""
    at = old.find(HAND_WRITTEN)
    return "\n\n" + old[at:] if at >= 0 else ""


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def _sync_only(quick: bool, started: float) -> None:
    info = {**machine(), "load_before": _load()}
    sync = bench_sync.run(1 if quick else 3, lambda line: _step(line.strip(), started))
    info["load_after"] = _load()
    text = "\n".join([f"Run on {info['date']} at commit {info['commit']}; load average before/after "
                      f"{info['load_before']} / {info['load_after']}.", "", *report_sync.sync_section(sync),
                      "## Reading the figures", "", *report_sync.sync_reading(sync)])
    DATA.mkdir(parents=True, exist_ok=True)
    (DATA / "benchmarks-sync.md").write_text(text, encoding="utf-8")
    (DATA / "results-sync.json").write_text(json.dumps({"machine": info, "sync": sync}, indent=1, default=str))
    print(text)
    _step("wrote benchmarks/data/benchmarks-sync.md", started)


def _startup_only(runs: int, started: float) -> None:
    info = {**machine(), "load_before": _load()}
    startup = bench_startup.run(runs)
    info["load_after"] = _load()
    text = "\n".join([f"Run on {info['date']} at commit {info['commit']}; load average before/after "
                      f"{info['load_before']} / {info['load_after']}.", "", *report.startup_section(startup)])
    DATA.mkdir(parents=True, exist_ok=True)
    (DATA / "benchmarks-startup.md").write_text(text, encoding="utf-8")
    (DATA / "results-startup.json").write_text(json.dumps({"machine": info, "startup": startup}, indent=1,
                                                          default=str))
    print(text)
    _step("wrote benchmarks/data/benchmarks-startup.md", started)


def main() -> None:
    args = _arguments()
    started = time.perf_counter()
    if args.only == "sync":
        _sync_only(args.quick, started)
        return
    if args.only == "startup":
        _startup_only(args.runs, started)
        return
    if args.only == "documents":  # the section "Your own documents"; see benchmarks/bench_documents.py
        subprocess.run([sys.executable, "-m", "benchmarks.bench_documents", *(["--documents", "200",
                        "--pages-each", "10", "--catalogue", "1000"] if args.quick else [])], cwd=REPO, check=True)
        return
    info: dict[str, Any] = {**machine(), "load_before": _load(), "mode": "quick" if args.quick else "full"}
    repeat = 2 if args.quick else 4
    snapshots, builds = {}, {}
    for size in args.sizes:
        _step(f"snapshot of {size:,} items", started)
        snapshots[size], builds[size] = ensure_snapshot(size)
    search, browse = {}, {}
    for size in args.sizes:
        _step(f"search at {size:,} items", started)
        search[size] = bench_search.run(snapshots[size], repeat)
        _step(f"browse at {size:,} items", started)
        browse[size] = bench_browse.run(snapshots[size], size, 10 if args.quick else 50)
    largest = max(args.sizes)
    slowest = sorted(search[largest]["queries"], key=lambda q: -q["app_prefix"])[:3]
    slowest = bench_search.breakdown(snapshots[largest], [q["query"] for q in slowest], repeat)
    _step(f"GUI typing at {largest:,} items", started)
    gui = _gui(snapshots[largest], args.quick)
    _step("start-up", started)
    startup = bench_startup.run(3 if args.quick else 15, snapshots[largest] if largest >= 100_000 else None)
    _step("publishing: snapshot sizes against plain FTS5, publish of 10,000 items", started)
    publish = bench_publish.run(snapshots, {size: folder(size) / "source" for size in args.sizes})
    _step(f"catalogue sync at {bench_sync.SIZE:,} items", started)
    sync = bench_sync.run(1 if args.quick else 3, lambda line: _step(line.strip(), started))
    info.update(load_after=_load(), runtime_min=(time.perf_counter() - started) / 60)

    sections = [
        "# Benchmarks", "",
        "Speed and memory of TVET Desktop on synthetic catalogues (`benchmarks/generate.py`: Zipf-distributed TVET "
        "vocabulary, titles ~10 words, summaries ~60, bodies ~600; 7 kinds, 60 themes, 50 countries in 5 regions "
        "plus Global, years 1990–2026, fixed seed), each against a simple baseline measured in the same run. "
        "Regenerate with `make benchmark` (`python -m benchmarks.run`; `--sizes 1000,10000` for fewer sizes, `--quick` "
        "for a smoke run written to `benchmarks/data/benchmarks-quick.md`). Times in ms; p95 is the nearest-rank "
        "95th percentile.", "",
        *report.machine_section(info),
        *report.build_section(builds),
        *report.search_section(search, slowest),
        *report.browse_section(browse),
        *report.gui_section(gui, largest),
        *report.startup_section(startup),
        *report_sync.sync_section(sync),
        *report.publish_section(publish),
        *report.interpretation(search, slowest, browse, gui, startup),
        *report_sync.sync_reading(sync),
    ]
    text = "\n".join(sections)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text + _written_by_hand(args.output), encoding="utf-8")
    DATA.mkdir(parents=True, exist_ok=True)
    raw = {"machine": info, "builds": builds, "search": search, "slowest": slowest, "browse": browse, "gui": gui,
           "startup": startup, "sync": sync, "publish": publish}
    (DATA / ("results-quick.json" if args.quick else "results.json")).write_text(json.dumps(raw, indent=1, default=str))
    print(text)
    _step(f"wrote {os.path.relpath(args.output, REPO)}", started)


if __name__ == "__main__":
    main()

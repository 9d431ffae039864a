"""Markdown for the catalogue sync section of docs/benchmarks.md and its line under "Reading the figures"."""

from __future__ import annotations

from typing import Any

from . import targets as t

MODES = {"close": "server closes (FIN)", "reset": "server resets (RST)", "stop": "client stops; new session"}


def _b(value: int) -> str:
    return f"{value:,}"


def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.2f}%"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header), *("| " + " | ".join(r) + " |" for r in rows)]


def transferred(update: dict[str, Any]) -> int:
    """Every byte the server sent for one update: bodies of all files plus status lines and headers."""
    return int(sum(update["files"].values())) + int(update["headers"])


def break_even_mbit(sync: dict[str, Any]) -> float | None:
    """The link speed below which the delta update finishes first (None: the delta is never slower)."""
    delta, full = sync["by_delta"], sync["by_full"]
    extra_s = (delta["ms"]["total"] - delta["ms"]["download"] - full["ms"]["total"] + full["ms"]["download"]) / 1000
    saved = transferred(full) - transferred(delta)
    return saved * 8 / extra_s / 1e6 if extra_s > 0 else None


def _size_rows(sync: dict[str, Any]) -> list[list[str]]:
    full, delta, files = sync["snapshot"], sync["delta"], sync["by_delta"]["files"]
    sent = transferred(sync["by_delta"])
    parts = " + ".join(f"{name} {_b(size)}" for name, size in files.items())
    return [
        ["full snapshot `catalog-v2.sqlite.xz`", _b(full["length"]), _b(full["uncompressed"]), "100%"],
        [f"delta `{delta['name']}`", _b(delta["length"]), _b(delta["uncompressed"]),
         _pct(delta["length"], full["length"])],
        [f"**delta update, transferred**: {parts}, plus {_b(sync['by_delta']['headers'])} bytes of HTTP status lines "
         f"and headers ({sync['by_delta']['requests']} requests)", f"**{_b(sent)}**", "",
         f"**{_pct(sent, full['length'])}**"],
    ]


def _time_row(label: str, update: dict[str, Any]) -> list[str]:
    ms = update["ms"]
    methods = ", ".join(sorted(set(update["methods"])))
    return [label, methods, "yes" if update["identical"] else "**no**", _b(transferred(update)),
            f"{ms['download']:,.0f}", f"{ms['verify']:,.0f}", f"{update['checks_ms']:,.0f}", f"{ms['install']:,.0f}",
            f"{ms['total']:,.0f}"]


def _cut_row(cut: dict[str, Any], chunk: int) -> list[str]:
    resumed = ", ".join(_b(at) for at in cut["resumed_from"]) or "–"
    ok = cut["client_refetched"] <= t.SYNC_REFETCH_CHUNKS * chunk
    return [MODES[cut["mode"]], f"{_b(cut['cut_at'])} ({cut['fraction']:.0%})", resumed, str(cut["requests"]),
            _b(cut["refetched"]), _b(cut["client_refetched"]), t.verdict(ok)]


def sync_section(sync: dict[str, Any]) -> list[str]:
    change, full = sync["change"], sync["snapshot"]
    sent = transferred(sync["by_delta"])
    runs = len(sync["by_delta"]["runs"])
    even = break_even_mbit(sync)
    chunk = sync["chunk"]
    return [
        f"## 6. Catalogue sync ({sync['size']:,} items, loopback HTTP)", "",
        f"`benchmarks/bench_sync.py`. Version 1 is the {sync['size']:,}-item generated catalogue: the client's bundled "
        "catalogue, already held by the repository. Version 2 (fixed seed) gives "
        f"{change['summaries']} items a new summary, rewrites one body paragraph in {change['bodies']} others, "
        f"removes {change['removed']} and adds {change['added']}: {change['summaries'] + change['bodies']} of "
        f"{sync['size']:,} items edited (1%), {change['removed'] + change['added']} removed or added. The app's "
        f"publisher (`tvet_desktop.sync.publish`) built, compressed and signed v2 with its delta from v1 in "
        f"{sync['publish_s']:.0f} s. Each update is `Updater.update` of a fresh client data folder over "
        "`HttpRepository` from a loopback server running the app's Range-capable handler "
        "(`benchmarks/sync_server.py`), which counts every byte it hands to its sockets. Baseline: the same update "
        "from a copy of the repository whose manifest (signed anew) offers no delta, so the client downloads and "
        f"unpacks the full snapshot. Target (a): the delta update transfers ≤ {t.SYNC_FRACTION:.0%} of the full "
        "compressed snapshot.", "",
        *_table(["what", "bytes", "unpacked bytes", "of the full compressed snapshot"], _size_rows(sync)), "",
        f"Target (a): {_pct(sent, full['length'])} ≤ {t.SYNC_FRACTION:.0%}: "
        f"{t.verdict(sent <= t.SYNC_FRACTION * full['length'])}.", "",
        f"Time of the update on the client, median of {runs} fresh clients each (ms). \"verify\" is unpacking the "
        "full file, or for the delta: unpacking it, reading the installed v1 items, rebuilding v2 with the snapshot "
        "builder and hashing it; both include the integrity checks (SQLite and FTS5, timed alone in the next "
        "column). \"identical\": the installed file has the signed snapshot's SHA-256 (the client takes the full "
        "file when a rebuild is not byte-identical).", "",
        *_table(["update", "method", "identical", "bytes transferred", "download", "verify",
                 "of which integrity checks", "install", "total"],
                [_time_row("v1 → v2 by delta", sync["by_delta"]), _time_row("full (baseline)", sync["by_full"])]),
        "",
        *([f"On loopback the download is free, so the delta update takes longer than the full one; counting the link, "
           f"the delta update finishes first on any link slower than {even:,.0f} Mbit/s (the bytes it saves over "
           "its extra local time)."] if even is not None else ["The delta update is faster even on loopback."]), "",
        "Interrupted downloads (target (b)): the full download of fresh clients cut once at 10, 50 and 90% of "
        "the file, by the server closing the connection after N bytes, by the server resetting it (unread data is "
        "dropped), or by the client stopping (cancelled, then a new `Updater` resumes, as after a restart). The "
        "client retries without waiting. \"served − length\": body bytes the server handed to its socket for the "
        "file, minus the file's length. \"client re-fetched\": bytes fetched again that the client already had, "
        "i.e. bytes it wrote beyond the file's length over all attempts; the difference between the two never "
        "reached the client's file (they were in the TCP buffers of either side when the connection died or the "
        "client stopped: missing, not re-fetched). Target: client re-fetched ≤ "
        f"{t.SYNC_REFETCH_CHUNKS} chunk ({_b(chunk)} bytes, the client's read size).", "",
        *_table(["cut", "at byte", "resumed from byte", "requests", "served − length", "client re-fetched",
                 "target"],
                [_cut_row(cut, chunk) for cut in sync["cuts"]]), "",
    ]


def sync_reading(sync: dict[str, Any]) -> list[str]:
    """One paragraph for "Reading the figures"."""
    full, delta = sync["snapshot"], sync["by_delta"]
    sent = transferred(delta)
    closed = max(c["refetched"] for c in sync["cuts"] if c["mode"] == "close")
    other = max(c["refetched"] for c in sync["cuts"] if c["mode"] != "close")
    client = max(c["client_refetched"] for c in sync["cuts"])
    even = break_even_mbit(sync)
    faster = f"; it is the quicker update on links below {even:,.0f} Mbit/s" if even is not None else ""
    identical = "byte-identical" if delta["identical"] and set(delta["methods"]) == {"delta"} else \
        "**not** byte-identical (the client fell back to the full file)"
    return [
        f"Sync: a 1% update of {sync['size']:,} items transfers {_b(sent)} bytes, {_pct(sent, full['length'])} of "
        f"the {full['length'] / 2**20:.0f} MiB compressed snapshot; the rebuilt v2 was {identical}, in "
        f"{delta['ms']['verify'] / 1000:.1f} s to rebuild and check against "
        f"{sync['by_full']['ms']['verify'] / 1000:.1f} s to unpack and check the full file{faster}. An interrupted "
        f"download resumes exactly after the last byte stored: the client re-fetched at most {_b(client)} bytes "
        f"it had. Counted at the server, a clean close costs {_b(closed)} extra bytes, but a reset or a stopped "
        f"client up to {other / 2**20:.1f} MiB: data in loopback TCP buffers "
        "that never reached the client's file.", "",
    ]

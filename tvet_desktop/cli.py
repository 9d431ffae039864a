"""The ``tvet-desktop`` command: opens the window, or searches, shows and builds from the shell.

Exit codes: 0 success, 2 usage error (argparse), 1 any other error with one line on stderr.
"""

from __future__ import annotations

import argparse
import gc
import json
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .browse_index import SORTS, Filters
from .catalog import Catalog, CatalogError
from .cli_notes import add_commands
from .cli_sync import add_commands as add_sync_commands
from .records import FACETS, KINDS, Hit, Item, language_name
from .render import meta_line, meta_parts
from .source import SourceError
from .sync.errors import SyncError
from .sync.service import UpdateService
from .text import counted
from .user_db import UserDataError


class UserError(Exception):
    """Something the user can fix; printed as one line, exit code 1."""


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # No arguments is how a launcher opens the window: then no parser is built at all (argparse looks up
    # translations of its own messages, about 1 ms of start-up), and the window's defaults are used.
    # A file manager opens a catalogue bundle as `tvet-desktop FILE.zip`: the window, importing it
    # (unambiguous: no command ends in .zip).
    bundle = argv[0] if len(argv) == 1 and argv[0].lower().endswith(".zip") and argv[0][:1] != "-" else None
    args = _parsed(argv) if argv and not bundle else argparse.Namespace(**_window_defaults(bundle))
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")  # a terminal that cannot show a character gets "?"
    try:
        if args.command is None and not args.self_test:
            from .ui.app import run_app  # Qt is imported only when a window is wanted

            return run_app(args)  # which resumes the garbage collector once the window has painted
        gc.enable()  # paused by the entry point (launch.py) for the window's start-up only
        return _self_test() if args.self_test else int(args.handler(args))
    except BrokenPipeError:
        sys.stderr.close()  # the reader (head, less) went away: nothing more to say
        return 0
    except sqlite3.DatabaseError as error:
        print(f"tvet-desktop: the catalogue or notes file is damaged ({error})", file=sys.stderr)
        return 1
    except (UserError, UserDataError, CatalogError, SourceError, SyncError, OSError) as error:
        print(f"tvet-desktop: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        downloading = args.command in ("sync", "import")
        print("tvet-desktop: interrupted" + ("; what was downloaded is kept and the next sync resumes from there"
                                             if downloading else ""), file=sys.stderr)
        return 130


def _parsed(argv: Sequence[str]) -> argparse.Namespace:
    """The arguments, with the mistakes argparse cannot see reported as usage errors (exit 2)."""
    parser = _parser()
    args = parser.parse_args(argv)
    defaults = _window_defaults()
    if args.command is None and not args.screenshot:  # (a command has its own query)
        ignored = [f"--{option}" for option in ("query", "select", "facet", "size")
                   if getattr(args, option) != defaults[option]]
        if ignored:
            parser.error(f"{', '.join(ignored)}: only with --screenshot")
    if args.self_test and (args.command or args.screenshot):
        parser.error("--self-test runs on its own")
    if getattr(args, "year_from", None) is not None and getattr(args, "year_to", None) is not None \
            and args.year_from > args.year_to:
        parser.error(f"--year-from {args.year_from} is after --year-to {args.year_to}")
    return args


def _window_defaults(bundle: str | None = None) -> dict[str, object]:
    """The window's options when none are given (new each time: ``facet`` is a list that --facet extends)."""
    return {"command": None, "catalog": None, "screenshot": None, "query": None, "select": None, "facet": [],
            "size": (1280, 800), "dark": False, "self_test": False, "bundle": Path(bundle) if bundle else None}


def _self_test() -> int:
    from .self_test import self_test

    return self_test()


def _window_parser() -> argparse.ArgumentParser:
    """The options of the window alone; :func:`_parser` adds the subcommands."""
    parser = argparse.ArgumentParser(prog="tvet-desktop", description="Offline library for vocational trainers.")
    parser.set_defaults(**_window_defaults())
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--catalog", type=Path, help="open this snapshot file instead of the active catalogue")
    parser.add_argument("--screenshot", type=Path, metavar="FILE.png",
                        help="render the main window off-screen to a PNG and exit")
    parser.add_argument("--query", help="with --screenshot: search for this first")
    parser.add_argument("--select", metavar="ID", help="with --screenshot: open this item")
    parser.add_argument("--facet", action="append", metavar="FACET=VALUE", type=_facet_choice,
                        help="with --screenshot: tick a facet value, e.g. region=Africa (repeatable)")
    parser.add_argument("--size", type=_size, help="with --screenshot: window size, e.g. 1024x640")
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation without a display, print one line and exit (1 if broken)")
    return parser


def _parser() -> argparse.ArgumentParser:
    parser = _window_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    search = sub.add_parser("search", help="search the catalogue")
    search.add_argument("query", help='words, "exact phrases", OR, -excluded')
    search.add_argument("--kind", action="append", choices=KINDS)
    for facet in ("theme", "country", "region", "language"):
        search.add_argument(f"--{facet}", action="append")
    search.add_argument("--year-from", type=int)
    search.add_argument("--year-to", type=int)
    search.add_argument("--sort", choices=SORTS, default="relevance")
    search.add_argument("--limit", type=_positive, default=20)
    search.add_argument("--json", action="store_true", help="print JSON")
    search.set_defaults(handler=_search)

    show = sub.add_parser("show", help="show one item")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)

    info = sub.add_parser("info", help="describe the active catalogue")
    info.add_argument("--json", action="store_true")
    info.set_defaults(handler=_info)

    build = sub.add_parser("build-snapshot", help="build a catalogue snapshot from JSON Lines source")
    build.add_argument("source", type=Path, help="a .jsonl file or a folder of them")
    build.add_argument("out", type=Path, help="the snapshot file to write")
    build.add_argument("--version", dest="catalogue_version", type=int, help="catalogue version number")
    build.set_defaults(handler=_build)
    add_commands(sub, open_catalog)
    add_sync_commands(sub)
    return parser


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    if not (width.isdigit() and height.isdigit() and 200 <= int(width) <= 8000 and 200 <= int(height) <= 8000):
        raise argparse.ArgumentTypeError("use WIDTHxHEIGHT, e.g. 1024x640")
    return int(width), int(height)


def _facet_choice(text: str) -> tuple[str, str]:
    facet, _, value = text.partition("=")
    if facet not in FACETS or not value:
        raise argparse.ArgumentTypeError(f"use FACET=VALUE with FACET one of {', '.join(FACETS)}")
    return facet, value


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def open_catalog(args: argparse.Namespace) -> Catalog:
    """The snapshot named with --catalog, else the active one (installed by a sync, else the bundled one)."""
    return Catalog(args.catalog or UpdateService.for_this_user().active().path)


def _search(args: argparse.Namespace) -> int:
    filters = {facet: getattr(args, facet) for facet in FACETS if getattr(args, facet)}
    with open_catalog(args) as catalog:
        hits = catalog.search(args.query, limit=args.limit, sort=args.sort, year_from=args.year_from,
                              year_to=args.year_to, **filters)
        suggestion = None if hits else catalog.suggest(args.query)
        unknown = [_unknown_value_hint(catalog, facet, value)
                   for facet, value in catalog.unknown_filter_values(catalog.resolve_filters(Filters.of(**filters)))]
    if args.json:
        print(json.dumps([hit.to_json() for hit in hits], ensure_ascii=False, indent=2))
    else:
        _print_hits(hits)
    if suggestion:
        print(f"Did you mean: {suggestion}", file=sys.stderr)
    for hint in unknown:
        print(hint, file=sys.stderr)
    return 0


def _unknown_value_hint(catalog: Catalog, facet: str, value: str) -> str:
    """Says that no item has ``value``, and what the user may have meant."""
    from difflib import get_close_matches

    known = catalog.facet_values(facet)
    names = {language_name(v): v for v in known} if facet == "language" else {v: v for v in known}
    close = get_close_matches(value, list(names), n=3, cutoff=0.6)
    if close:
        return f"No item has the {facet} “{value}”. Did you mean " + " or ".join(f"“{c}”" for c in close) + "?"
    listed = sorted(names, key=str.casefold)
    more = f" and {len(listed) - 12} more" if len(listed) > 12 else ""
    return f"No item has the {facet} “{value}”. The catalogue has: {', '.join(listed[:12])}{more}."


def _print_hits(hits: list[Hit]) -> None:
    if not hits:
        print("No results.")
    for hit in hits:
        details = " · ".join(meta_parts(hit.kind, hit.year, hit.country, None))
        print(f"{hit.title}\n  {details} · id: {hit.id}\n  {hit.snippet}\n")


def _show(args: argparse.Namespace) -> int:
    with open_catalog(args) as catalog:
        item = catalog.get(args.id)
    if item is None:
        raise UserError(f"no item with id {args.id!r}")
    if args.json:
        print(json.dumps(item.to_json(), ensure_ascii=False, indent=2))
    else:
        print(_item_text(item))
    return 0


def _item_text(item: Item) -> str:
    lines = [item.title, meta_line(item)]
    if item.authors:
        lines.append("Authors: " + "; ".join(item.authors))
    if item.submitter:
        lines.append("Submitted by: " + item.submitter)
    if item.themes:
        lines.append("Themes: " + ", ".join(item.themes))
    if item.languages:
        lines.append("Languages: " + ", ".join(language_name(c) for c in item.languages))
    lines += ["", item.summary, "", item.body] if item.body else ["", item.summary]
    if item.url:
        lines += ["", "Source: " + item.url]
    return "\n".join(lines).rstrip() + "\n"


def _info(args: argparse.Namespace) -> int:
    active = None if args.catalog else UpdateService.for_this_user().active()
    with open_catalog(args) as catalog:
        info = catalog.info
    origin = active.origin if active else "opened with --catalog"
    if args.json:
        extra = {"origin": origin, "installed": active.installed if active else None,
                 "problem": active.problem if active else None}
        print(json.dumps({**info.to_json(), **extra}, indent=2))
        return 0
    print(f"Catalogue: {info.path}\nVersion: {info.version}\nCreated: {info.created}\nFrom: {origin}"
          f"\nItems: {info.item_count}")
    if active and active.problem:
        print(f"Note: {active.problem}; using this one instead.")
    for kind, count in info.kinds.items():
        print(f"  {kind}: {count}")
    return 0


def _build(args: argparse.Namespace) -> int:
    from .snapshot import build_snapshot  # sqlite-utils is only needed here; keep start-up light

    warn_unknown_fields(args.source)
    count = build_snapshot(args.source, args.out, version=args.catalogue_version)
    print(f"Built {args.out} with {counted(count, 'item', 'items')}.")
    return 0


def warn_unknown_fields(source: Path) -> None:
    from .source import unknown_fields

    for note in unknown_fields(source)[:20]:
        print(f"tvet-desktop: warning: {note}", file=sys.stderr)

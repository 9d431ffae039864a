"""The ``tvet-desktop`` command line: its options and commands, and how a command's errors are reported.

Exit codes: 0 success, 2 usage error (argparse), 1 any other error with one line on stderr.
"""

from __future__ import annotations

import argparse
import io
import sqlite3
import sys
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from .. import __version__
from ..catalog.records import FACETS
from ..errors import UserError, user_message

if TYPE_CHECKING:
    from collections.abc import Sequence


def run(args: argparse.Namespace) -> int:
    """Run ``args.handler``; an error the user can act on is one line on stderr and exit code 1."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")  # a terminal that cannot show a character gets "?"
    try:
        return int(args.handler(args))
    except BrokenPipeError:
        sys.stderr.close()  # the reader (head, less) went away: nothing more to say
        return 0
    except (UserError, OSError, sqlite3.DatabaseError) as error:
        print(f"tvet-desktop: {user_message(error)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        downloading = args.command in ("sync", "import", "offline")
        print("tvet-desktop: interrupted" + ("; what was downloaded is kept and the next sync resumes from there"
                                             if downloading else ""), file=sys.stderr)
        return 130


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """The arguments, with the mistakes argparse cannot see reported as usage errors (exit 2)."""
    parser = build_parser()
    if isinstance(sys.stderr, io.TextIOWrapper):  # argparse quotes a wrong argument, which may hold a lone surrogate
        sys.stderr.reconfigure(errors="backslashreplace")
    if list(argv).count("--") > 1:  # Python 3.11's argparse drops a second "--" and hands a command an empty list
        parser.error("'--' may be given only once: every word after it is taken as it is")
    args = parser.parse_args(argv)
    defaults = window_defaults()
    if args.command is None and not args.screenshot:  # (a command has its own query)
        ignored = [f"--{option}" for option in ("query", "select", "page", "facet", "size")
                   if getattr(args, option) != defaults[option]]
        if ignored:
            parser.error(f"{', '.join(ignored)}: only with --screenshot")
    if args.self_test and (args.command or args.screenshot):
        parser.error("--self-test runs on its own")
    if getattr(args, "year_from", None) is not None and getattr(args, "year_to", None) is not None \
            and args.year_from > args.year_to:
        parser.error(f"--year-from {args.year_from} is after --year-to {args.year_to}")
    for name, value in vars(args).items():
        problem = _problem(value)
        if problem:
            parser.error(f"{name.replace('_', ' ')}: {problem}")
    return args


def _problem(value: object) -> str | None:
    """What no command can use in an argument: a NUL character (no file name or C string holds one), or text
    from bytes that are not UTF-8 (Python keeps those as lone surrogates, which no database can hold). A file
    path may be any bytes but NUL."""
    if isinstance(value, list):
        return next((problem for part in value if (problem := _problem(part))), None)
    if isinstance(value, PurePath) and "\0" in str(value):
        return "a file name cannot contain a NUL character"
    if not isinstance(value, str):
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "not valid UTF-8 text (check the terminal's character set)"
    return None


def _text_size(text: str) -> int:
    if not text.isdigit() or not 100 <= int(text) <= 200:
        raise argparse.ArgumentTypeError(f"{text!r} is not a text size: give a percentage from 100 to 200")
    return int(text)


def window_defaults(bundle: Path | None = None) -> dict[str, object]:
    """The window's options when none are given (new each time: ``facet`` is a list that --facet extends);
    ``bundle``: a catalogue bundle to import once the window is open."""
    return {"command": None, "catalog": None, "screenshot": None, "query": None, "select": None, "page": None,
            "facet": [], "size": (1280, 800), "dark": False, "theme": None, "text_size": None, "lang": None,
            "self_test": False, "bundle": bundle}


def _window_parser() -> argparse.ArgumentParser:
    """The options of the window alone; :func:`build_parser` adds the subcommands."""
    parser = argparse.ArgumentParser(prog="tvet-desktop", description="Offline library for vocational trainers.")
    parser.set_defaults(**window_defaults())
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--catalog", type=Path, help="open this snapshot file instead of the active catalogue")
    parser.add_argument("--screenshot", type=Path, metavar="FILE.png",
                        help="render the main window off-screen to a PNG and exit")
    parser.add_argument("--query", help="with --screenshot: search for this first")
    parser.add_argument("--select", metavar="ID", help="with --screenshot: open this item")
    parser.add_argument("--page", type=_page, metavar="N",
                        help="with --screenshot --select DOCUMENT: open it at this page (from 1), the --query's words "
                             "marked")
    parser.add_argument("--facet", action="append", metavar="FACET=VALUE", type=_facet_choice,
                        help="with --screenshot: tick a facet value, e.g. region=Africa (repeatable)")
    parser.add_argument("--size", type=_size, help="with --screenshot: window size, e.g. 1024x640")
    parser.add_argument("--dark", action="store_true", help="use the dark theme (the same as --theme dark)")
    parser.add_argument("--theme", choices=("system", "light", "dark", "high-contrast"),
                        help="use this theme this time (View → Theme chooses the one to keep)")
    parser.add_argument("--text-size", type=_text_size, metavar="PERCENT",
                        help="text size this time, 100 to 200 (View → Text size chooses the one to keep)")
    parser.add_argument("--lang", choices=("en", "fr", "es", "ar"),
                        help="the window's language this time (default: the one chosen in View → Language, "
                             "else the system's); the command line stays English")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation without a display, print one line and exit (1 if broken)")
    return parser


def build_parser() -> argparse.ArgumentParser:
    """Every option and command of ``tvet-desktop``."""
    # The commands' modules are imported only here: opening the window builds no parser (see launch.main).
    from .catalog import add_commands as catalog_commands
    from .documents import add_commands as document_commands
    from .handout import add_commands as handout_commands
    from .library import add_commands as library_commands
    from .offline import add_commands as offline_commands
    from .sync import add_commands as sync_commands

    parser = _window_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    catalog_commands(sub)
    library_commands(sub)
    document_commands(sub)
    handout_commands(sub)
    sync_commands(sub)
    offline_commands(sub)
    return parser


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    if not (width.isdigit() and height.isdigit() and 200 <= int(width) <= 8000 and 200 <= int(height) <= 8000):
        raise argparse.ArgumentTypeError("use WIDTHxHEIGHT, e.g. 1024x640")
    return int(width), int(height)


def _page(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"a page number from 1, not {text!r}")
    return int(text)


def _facet_choice(text: str) -> tuple[str, str]:
    facet, _, value = text.partition("=")
    if facet not in FACETS or not value:
        raise argparse.ArgumentTypeError(f"use FACET=VALUE with FACET one of {', '.join(FACETS)}")
    return facet, value




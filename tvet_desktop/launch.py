"""The program's entry point: the ``tvet-desktop`` command and ``python -m tvet_desktop``.

With no command it opens the window (:mod:`.ui.app`), otherwise it runs a command (:mod:`.cli`). The
garbage collector is paused from the first import on (:mod:`.startup` says why).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .startup import pause_collector, resume_collector

pause_collector()  # before the app's own modules (and Qt's, for the window) are imported

from .cli.main import parse, run, window_defaults  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .self_test import Check


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # No arguments is how a launcher opens the window: then no parser is built at all (argparse looks up
    # translations of its own messages, which costs start-up time), and the window's defaults are used.
    # A file manager opens a catalogue bundle as `tvet-desktop FILE.zip`: the window, importing it
    # (unambiguous: no command ends in .zip).
    bundle = Path(argv[0]) if len(argv) == 1 and argv[0].lower().endswith(".zip") and argv[0][:1] != "-" else None
    args = parse(argv) if argv and not bundle else argparse.Namespace(**window_defaults(bundle))
    if args.self_test:
        resume_collector()
        args.handler = _self_test
    elif args.command is None:
        args.handler = _open_window
    elif args.command == "handout":
        resume_collector()
        args.handler = _handout
    else:
        resume_collector()
    return run(args)


def _self_test(_args: argparse.Namespace) -> int:
    from .self_test import self_test

    def window_checks() -> tuple[Check, ...]:
        from .ui.self_test import QT_CHECKS

        return QT_CHECKS

    return self_test(window_checks)


def _handout(args: argparse.Namespace) -> int:
    from .ui.handout_command import run as write_handout  # Qt lays the pages out (see cli/handout.py)

    return write_handout(args)


def _open_window(args: argparse.Namespace) -> int:
    from .ui.app import run_app  # Qt is imported only when a window is wanted

    return run_app(args)  # which resumes the garbage collector once the window has painted

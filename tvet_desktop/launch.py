"""The program's entry point: the ``tvet-desktop`` command and ``python -m tvet_desktop``.

With no command it opens the window (:mod:`.ui.app`), otherwise it runs a command (:mod:`.cli`). The
garbage collector is paused from the first import on (:mod:`.startup` says why).
"""

from .startup import pause_collector, resume_collector

pause_collector()

import argparse  # noqa: E402  (imported with the collector paused)
import sys  # noqa: E402
from collections.abc import Sequence  # noqa: E402

from .cli.main import parse, run, window_defaults  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # No arguments is how a launcher opens the window: then no parser is built at all (argparse looks up
    # translations of its own messages, which costs start-up time), and the window's defaults are used.
    args = parse(argv) if argv else argparse.Namespace(**window_defaults())
    if args.command is None:
        args.handler = _open_window
    else:
        resume_collector()
    return run(args)


def _open_window(args: argparse.Namespace) -> int:
    from .ui.app import run_app  # Qt is imported only when a window is wanted

    return run_app(args)  # which resumes the garbage collector once the window has painted

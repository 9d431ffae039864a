"""Interpreter tuning, in one place: how the program starts fast and keeps the window responsive.

- The garbage collector is paused from the entry point's first import until the window has painted.
  Start-up creates a few hundred thousand objects (Qt's bindings and their enums, our modules, the
  window) and frees almost none, so collections during start-up are wasted work. Once the window is
  up, the start-up objects are frozen, so later collections (on the GUI thread) no longer walk them.
  A command other than the window resumes the collector at once.
- The window lowers the GIL switch interval. Searches run on a worker thread, partly in Python; a
  paint enters Python once per result row and per model call, and each entry waits up to the switch
  interval for the GIL while a search runs. A short interval keeps such a paint near its own cost (a
  thread nobody waits for is never interrupted, so searches do not slow down).
- Modules that only some paths need are imported where they are used, not at the top (the reason is
  noted there). For Qt this includes classes: PySide makes a class's Python type, with all its enum
  types, when it is first imported, so dialogs (message boxes, file and input dialogs) and the menus'
  QAction are imported where they are opened or made, not before the first paint.
- The window's own modules that do not use Qt are imported before Qt (``ui/app.py``), and the window sets
  up what its first painted results do not need right after them (``ui/first_paint.py``).
- Nothing before the first paint names a value of PySide's ``Qt`` namespace: the first one builds all of its
  enum types, ~15 ms (``ui/qt_values.py`` says how the first frame does without them).

What each measure saved was measured with same-run A/B launches when it came in; the figures are in
``docs/benchmarks.md`` (section "Start-up"), and the start-up and keystroke benchmarks check the whole.
"""

from __future__ import annotations

import gc
import sys

GUI_SWITCH_INTERVAL_S = 0.0002


def pause_collector() -> None:
    gc.disable()


def resume_collector() -> None:
    """Resume the collector paused by :func:`pause_collector`, leaving what exists now out of its walks."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def tune_for_window() -> None:
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)

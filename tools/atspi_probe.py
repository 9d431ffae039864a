"""Read the window's controls as a Linux screen reader does: through the AT-SPI accessibility bus.

Run with the system's Python (Debian's python3-pyatspi), inside the same D-Bus session as a running
TVET Desktop started with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1; ``tests/ui/test_atspi.py`` sets that up
under Xvfb. Prints one JSON list: every focusable, showing object with its role, name and description.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]

APP = "TVET Desktop"
WAIT_S = 30.0
MAX_CHILDREN = 60  # a list's rows: the first ones say enough


def find_app() -> Any | None:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == APP and app.childCount and _has_window_content(app):
                return app
        time.sleep(0.2)  # the window is starting in another process: polling is the only way to know
    return None


def _has_window_content(app: Any) -> bool:
    window = app.getChildAtIndex(0)
    return window is not None and window.childCount > 0


def walk(node: Any, found: list[dict[str, object]], depth: int = 0) -> None:
    states = node.getState()
    if states.contains(pyatspi.STATE_FOCUSABLE) and states.contains(pyatspi.STATE_SHOWING):
        labelled_by = [target.name for relation in node.getRelationSet()
                       if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
                       for target in (relation.getTarget(i) for i in range(relation.getNTargets()))]
        found.append({"role": node.getRoleName(), "name": node.name,
                      "description": node.description, "labelled_by": labelled_by})
    if depth > 25:
        return
    for index in range(min(node.childCount, MAX_CHILDREN)):
        child = node.getChildAtIndex(index)
        if child is not None:
            walk(child, found, depth + 1)


def main() -> int:
    app = find_app()
    if app is None:
        print(json.dumps({"error": f"no application named {APP!r} on the accessibility bus"}))
        return 1
    found: list[dict[str, object]] = []
    walk(app, found)
    print(json.dumps(found, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

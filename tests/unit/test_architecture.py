"""The core never imports Qt; only tvet_desktop/ui does (so the core is testable and reusable)."""

from __future__ import annotations

import ast

from ..conftest import REPO


def imported_modules(path) -> set[str]:  # type: ignore[no-untyped-def]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_only_the_ui_package_imports_qt() -> None:
    offenders = []
    for path in (REPO / "tvet_desktop").rglob("*.py"):
        if "ui" in path.relative_to(REPO / "tvet_desktop").parts:
            continue
        if any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in imported_modules(path)):
            offenders.append(str(path))
    assert offenders == []


def test_widgets_run_no_sql() -> None:
    for path in (REPO / "tvet_desktop" / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "sqlite3" not in text and ".execute(" not in text, path


def test_sync_never_reaches_the_notes_and_widgets_never_reach_the_network() -> None:
    for path in (REPO / "tvet_desktop" / "sync").rglob("*.py"):
        modules = imported_modules(path)
        assert not any("library" in m.split(".") for m in modules), path
    for path in (REPO / "tvet_desktop" / "ui").rglob("*.py"):
        assert not imported_modules(path) & {"urllib.request", "http.client", "socket"}, path

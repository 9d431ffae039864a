"""Hostile payloads in every field, shown in every widget that shows content: no file is opened and no request
is made (issue 16: B6). 480 vectors: 20 payload templates (images, style sheets, frames, links, …) × 12 fields ×
a canary file or a loopback server address."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from .render_campaign import run_campaign

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from pytestqt.qtbot import QtBot


@pytest.mark.qt_log_ignore("This plugin does not support")  # the off-screen platform has no pointer or keyboard
def test_no_rendered_content_loads_a_file_or_reaches_the_network(qtbot: QtBot, tmp_path: Path) -> None:
    def wait(condition: Callable[[], bool]) -> None:
        qtbot.waitUntil(condition, timeout=30_000)

    figures = run_campaign(tmp_path, wait)
    assert figures.vectors >= 100
    assert (figures.files_opened, figures.requests) == ([], [])
    assert all(figures.surfaces[surface] > 0 for surface in (
        "reading pane", "note heading tooltip", "result row tooltip", "facet tooltip", "library entry tooltip",
        "filter chip and its tooltip", "lists menu entry", "note in reading pane, heading, preview",
        "message box quoting a list name")), figures.surfaces

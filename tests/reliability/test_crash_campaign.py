"""kill -9 while saving notes, 200 times: every acknowledged save survives and the file stays sound."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .campaign import run_campaign

if TYPE_CHECKING:
    from pathlib import Path


def test_no_acknowledged_save_is_lost_across_200_kills(tmp_path: Path) -> None:
    figures = run_campaign(tmp_path / "data", kills=200)
    assert figures.kills == 200
    assert figures.acknowledged > 1000, "the writer must have been killed while saving"
    assert figures.integrity == "ok"
    assert (figures.lost, figures.stale, figures.problems) == (0, 0, [])

"""kill -9 while saving notes, 200 times: every acknowledged save survives and the file stays sound."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest

from ..disks import SmallDisk
from .campaign import DISK_SIZE, run_campaign

if TYPE_CHECKING:
    from pathlib import Path


def test_no_acknowledged_save_is_lost_across_200_kills(tmp_path: Path) -> None:
    figures = run_campaign(tmp_path / "data", kills=200)
    assert figures.kills == 200
    assert figures.acknowledged > 1000, "the writer must have been killed while saving"
    assert figures.integrity == "ok"
    assert (figures.lost, figures.stale, figures.problems) == (0, 0, [])


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mounting a small tmpfs needs root")
def test_no_acknowledged_save_is_lost_and_nothing_is_set_aside_when_the_disk_fills(tmp_path: Path) -> None:
    """Issue 16 (B1): the same campaign with the disk full, or filling up while the writer saves, in three kills of
    four (a quarter of them right after a command ended cleanly). Saves refused for the full disk were never
    acknowledged; the database is never set aside."""
    disk = SmallDisk.mount(tmp_path / "disk", DISK_SIZE)
    try:
        figures = run_campaign(disk.root / "data", kills=200, seed=2, disk=disk)
    finally:
        disk.unmount()
    assert figures.kills == 200 and figures.kills_while_full > 120
    assert figures.acknowledged > 500 and figures.refused > 100, "saves must have gone on and been refused"
    assert figures.integrity == "ok" and figures.set_aside == 0
    assert (figures.lost, figures.stale, figures.problems) == (0, 0, [])

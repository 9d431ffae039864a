"""kill -9 during catalogue updates, 100 times before the sync finished: every next start opens one complete,
valid catalogue (the old version or the new one), the notes are as written, and the next uninterrupted sync
finishes the job."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sync_campaign import run_campaign

if TYPE_CHECKING:
    from pathlib import Path

KILLS = 100


def test_no_kill_during_sync_leaves_a_broken_start(tmp_path: Path) -> None:
    figures = run_campaign(tmp_path, kills=KILLS)
    assert figures.broken == []
    assert figures.kills - figures.landed["finished"] == KILLS
    assert figures.starts_checked > KILLS
    assert figures.opened["old"] >= 2 and figures.opened["new"] >= 2, figures.opened  # both sides of the switch
    # The kills landed in every stage, and the campaign went through every kind of update.
    assert all(figures.landed[stage] >= 3 for stage in ("Downloading", "Verifying", "Installing")), figures.landed
    assert figures.methods["delta"] >= 5 and figures.methods["full"] >= 5, figures.methods
    assert figures.resumed >= 5 and figures.resumed_requests >= 5, "downloads must have resumed after kills"
    assert figures.clean_syncs >= 5 and figures.rollbacks >= 5 and figures.publishes >= 2

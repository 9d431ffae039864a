from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """A folder standing for a USB stick."""
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tvet_desktop.documents.service import DocumentService

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def documents(data_dir: Path) -> Iterator[DocumentService]:
    """The user's documents in this test's own data folder."""
    service = DocumentService.open()
    yield service
    service.close()


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """A folder standing for a USB stick."""
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder

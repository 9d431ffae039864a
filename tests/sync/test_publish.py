"""The publisher's command keeps a repository usable whatever happens to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tvet_desktop.sync.errors import SyncError
from tvet_desktop.sync.manifest import parse_manifest
from tvet_desktop.sync.publish import held_versions, publish

from ..conftest import write_source
from .conftest import NOW, items_v2

if TYPE_CHECKING:
    from pathlib import Path


def test_a_killed_publish_leaves_only_a_hidden_partial_file_which_the_next_publish_removes(
        tmp_path: Path, repo: Path, keys: tuple[Path, Path], bundled: Path) -> None:
    (repo / ".catalog-v3.sqlite.xz.partial").write_bytes(b"\xfd7zXZ half")  # what a kill mid-compress leaves
    assert held_versions(repo) == [1, 2]  # not mistaken for a version
    publish(write_source(tmp_path / "v3", items_v2()[:2], 3), repo, keys[0], bundled, clock=lambda: NOW)
    assert not list(repo.glob(".*partial"))
    assert parse_manifest((repo / "manifest.json").read_bytes()).catalogue_version == 3


def test_a_damaged_old_version_is_named(tmp_path: Path, repo: Path, keys: tuple[Path, Path], bundled: Path) -> None:
    (repo / "catalog-v1.sqlite.xz").write_bytes(b"\xfd7zXZ\x00 truncated")
    with pytest.raises(SyncError, match=r"catalog-v1\.sqlite\.xz is damaged"):
        publish(write_source(tmp_path / "v3", items_v2()[:2], 3), repo, keys[0], bundled, clock=lambda: NOW)
    assert parse_manifest((repo / "manifest.json").read_bytes()).catalogue_version == 2  # as it was


def test_two_publishes_at_once_are_refused(tmp_path: Path, repo: Path, keys: tuple[Path, Path],
                                           bundled: Path) -> None:
    from tvet_desktop.sync.store import exclusive_lock

    with exclusive_lock(repo / ".publish.lock", "busy"), pytest.raises(SyncError, match="Another publish"):
        publish(write_source(tmp_path / "v3", items_v2()[:2], 3), repo, keys[0], bundled, clock=lambda: NOW)


def test_the_oldest_app_allowed_can_be_set(tmp_path: Path, repo: Path, keys: tuple[Path, Path],
                                           bundled: Path) -> None:
    manifest = publish(write_source(tmp_path / "v3", items_v2()[:2], 3), repo, keys[0], bundled,
                       clock=lambda: NOW, min_app_version="0.0.9")
    assert manifest.min_app_version == "0.0.9"

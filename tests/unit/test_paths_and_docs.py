"""User data location, and a README that documents every command it offers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tvet_desktop.cli.main import build_parser
from tvet_desktop.paths import bundled_snapshot, data_dir

from ..conftest import REPO


def test_data_dir_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TVET_DESKTOP_DATA_DIR", str(tmp_path / "mine"))
    assert data_dir() == tmp_path / "mine"


def test_data_dir_default_is_per_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TVET_DESKTOP_DATA_DIR")
    assert "tvet-desktop" in str(data_dir()) and not str(data_dir()).startswith(str(REPO))


def test_bundled_snapshot_comes_from_the_package() -> None:
    assert bundled_snapshot().name == "catalog.sqlite" and bundled_snapshot().is_file()


def test_readme_documents_every_command_and_the_two_setup_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    subparsers = next(a for a in build_parser()._actions if a.dest == "command")
    for command in subparsers.choices:  # type: ignore[union-attr]
        assert f"tvet-desktop {command}" in readme, command
    assert "make run" in readme and "make test" in readme and "--screenshot" in readme
    assert (REPO / ".ci" / "run").read_text().strip().endswith("make test")

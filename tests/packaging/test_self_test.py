"""``tvet-desktop --self-test``: exit 0 and one line on a working copy; exit 1 and one line naming what is
broken on a damaged one (a real copy of the package with a real fault)."""

from __future__ import annotations

import os
import shutil
import subprocess
from typing import TYPE_CHECKING

import pytest
from PySide6.QtGui import QColor, QImage

from tvet_desktop.ui.reading_pane import ReadingPane
from tvet_desktop.ui.self_test import SIZE, inked_share

from ..conftest import REPO
from .conftest import tvet_desktop, with_data_dir

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """The package as a source install lays it out, to damage."""
    folder = tmp_path / "app"
    shutil.copytree(REPO / "tvet_desktop", folder / "tvet_desktop", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "bundled_db", folder / "tvet_desktop" / "bundled_db")
    return folder


def self_test(folder: Path | None, data: Path, expect: int, **env: str) -> list[str]:
    done = tvet_desktop({**with_data_dir(data), **env}, "--self-test", cwd=folder, expect=expect)
    return (done.stdout + done.stderr).splitlines()


def test_a_working_installation_passes_in_one_line(data_dir: Path) -> None:
    lines = self_test(None, data_dir, 0, QT_QPA_PLATFORM="xcb", DISPLAY="")  # no display, whatever is asked
    assert len(lines) == 1 and lines[0].startswith("Self-test passed: catalogue v")
    assert "search" in lines[0] and "off-screen painting" in lines[0] and "user database" in lines[0]
    assert "translations" in lines[0]
    assert "PDF text" in lines[0] and "PDF pages" in lines[0]  # documents: PDFium reads, Qt PDF paints
    assert not data_dir.exists()  # the user's own data is left alone


def test_a_damaged_catalogue_is_named(copy: Path, data_dir: Path) -> None:
    snapshot = copy / "tvet_desktop" / "bundled_db" / "catalog.sqlite"
    snapshot.write_bytes(snapshot.read_bytes()[:4096])
    lines = self_test(copy, data_dir, 1)
    assert len(lines) == 1 and lines[0].startswith("tvet-desktop: self-test failed: open the bundled catalogue:")


def test_missing_icons_are_named(copy: Path, data_dir: Path) -> None:
    (copy / "tvet_desktop" / "icons" / "tvet-desktop-16.png").unlink()
    assert self_test(copy, data_dir, 1) == [
        "tvet-desktop: self-test failed: find the icons: icon files are missing: tvet-desktop-16.png"]


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small tmpfs needs root")
def test_a_full_temporary_folder_is_named(data_dir: Path, tmp_path: Path) -> None:
    full = tmp_path / "full"
    full.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8k", "tmpfs", str(full)], check=True)
    try:
        lines = self_test(None, data_dir, 1, TMPDIR=str(full))
    finally:
        subprocess.run(["umount", str(full)], check=True)
    assert len(lines) == 1 and lines[0].startswith("tvet-desktop: self-test failed: open a user database:")


def test_the_self_test_runs_alone(data_dir: Path) -> None:
    done = tvet_desktop(with_data_dir(data_dir), "--self-test", "info", expect=2)
    assert "--self-test runs on its own" in done.stderr


def test_a_blank_page_counts_as_not_painted(qtbot: QtBot, catalog) -> None:  # type: ignore[no-untyped-def]
    blank = QImage(*SIZE, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    assert inked_share(blank) == 0
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.resize(*SIZE)
    pane.show_item(catalog.get("welding-safety-guide"))
    assert inked_share(pane.grab().toImage()) > 0.005


def test_a_missing_translation_is_named(copy: Path, data_dir: Path) -> None:
    for name in ("tvet_desktop_fr.ts", "tvet_desktop_fr.qm"):
        (copy / "tvet_desktop" / "ui" / "translations" / name).unlink(missing_ok=True)
    lines = self_test(copy, data_dir, 1)
    assert lines == ["tvet-desktop: self-test failed: load the translations: the Français translation is missing "
                     "(run `make qm`)"]

"""Catalogues carried by hand must not expire on the way (issue 17).

A catalogue published 200 days ago (the real ``publish`` command run under Debian's ``faketime``) is installed
from a stick, a bundle and a room's ``share`` with a notice, and refused from an internet server with a message
a trainer understands. Lab clocks set to 2010 or a year ahead are real shifted clocks too: ``faketime`` runs
the real command line in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tvet_desktop.catalog.render import friendly_date
from tvet_desktop.sync.errors import SyncError
from tvet_desktop.sync.serve import serving
from tvet_desktop.sync.sources import local_source, room_address

from ..conftest import write_source
from .conftest import items_v2

FAKETIME = shutil.which("faketime")
needs_faketime = pytest.mark.skipif(FAKETIME is None, reason="Debian's faketime is not installed "
                                    "(packaging/system-deps.sh installs it for the tests)")
LAB_PC_2010 = "@2010-01-01 09:00:00"  # a lab PC whose clock battery died: starts at this date and runs on
A_YEAR_AHEAD = "+365d"


def cli(data: Path, *args: str, clock: str | None = None) -> subprocess.CompletedProcess[str]:
    """The real command line on the laptop whose data folder is ``data``, under a shifted clock if asked."""
    command = [sys.executable, "-m", "tvet_desktop", *args]
    if clock:
        assert FAKETIME is not None
        command = [FAKETIME, "-f", clock, *command]
    env = {**os.environ, "TVET_DESKTOP_DATA_DIR": str(data), "FAKETIME_DONT_FAKE_MONOTONIC": "1"}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)


def published(repo: Path) -> tuple[str, str]:
    manifest = json.loads((repo / "manifest.json").read_text())
    return friendly_date(manifest["created"]), friendly_date(manifest["expires"])


def notice(repo: Path) -> str:
    created, expires = published(repo)
    return (f"This catalogue was published on {created}; its update period ended on {expires}. It is newer than "
            "yours, so it was installed.")


def version(data: Path) -> int:
    return int(json.loads(cli(data, "info", "--json").stdout)["version"])


Laptop = Callable[[str], Path]


@pytest.fixture
def laptop(tmp_path: Path, keys: tuple[Path, Path]) -> Laptop:
    """Makes trainers' laptops: each its own data folder, trusting the publisher, on the bundled catalogue."""

    def make(name: str) -> Path:
        data = tmp_path / name
        assert cli(data, "trust", str(keys[1])).returncode == 0
        return data

    return make


def publish(tmp_path: Path, key: Path, name: str, clock: str | None = None) -> Path:
    repo = tmp_path / name
    done = cli(tmp_path / "publisher", "publish", str(write_source(tmp_path / f"{name}-source", items_v2(), 2)),
               str(repo), "--key", str(key), clock=clock)
    assert done.returncode == 0, done.stderr
    return repo


@pytest.fixture
def old_repo(tmp_path: Path, keys: tuple[Path, Path]) -> Path:
    """v2, published 200 days ago with the default 90-day update period: expired 110 days ago."""
    return publish(tmp_path, keys[0], "old-repo", clock="-200d")


@pytest.fixture
def fresh_repo(tmp_path: Path, keys: tuple[Path, Path]) -> Path:
    return publish(tmp_path, keys[0], "fresh-repo")


@needs_faketime
def test_a_catalogue_published_200_days_ago_installs_from_a_stick_and_a_bundle_with_a_notice(
        old_repo: Path, laptop: Laptop, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    shutil.copytree(old_repo, stick)
    first = laptop("first")
    done = cli(first, "import", str(stick))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[:2] == ["Installed catalogue v2 (5 items) from this folder.", notice(old_repo)]
    assert version(first) == 2
    bundle = tmp_path / "stick" / "tvet-catalogue.zip"
    assert cli(first, "export-snapshot", str(bundle)).returncode == 0
    second = laptop("second")
    done = cli(second, "import", str(bundle), "--json")
    result = json.loads(done.stdout)
    assert (result["installed"], result["version"], result["notice"]) == (True, 2, notice(old_repo))
    assert result["message"] == "Installed catalogue v2 (5 items) from this file."
    again = cli(second, "import", str(bundle))
    expires = published(old_repo)[1]
    assert again.stdout.strip() == (f"You already have catalogue v2, the same as the catalogue in this file. Its "
                                    f"update period ended on {expires}, so a newer one may exist: ask for it, or "
                                    "update from the server.")


@needs_faketime
def test_the_same_catalogue_from_a_rooms_share_installs_and_from_a_server_is_refused(
        old_repo: Path, laptop: Laptop, tmp_path: Path) -> None:
    sharing = laptop("sharing")
    assert cli(sharing, "import", str(old_repo)).returncode == 0
    share = subprocess.Popen([sys.executable, "-m", "tvet_desktop", "share", "--host", "127.0.0.1", "--port", "0"],
                             stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "TVET_DESKTOP_DATA_DIR": str(sharing)})
    try:
        address = ""
        while not address:
            line = share.stdout.readline()  # type: ignore[union-attr]
            assert line, "share ended early"
            address = line.split("--from-room", 1)[1].strip() if "--from-room" in line else ""
        in_the_room = laptop("in-the-room")
        done = cli(in_the_room, "sync", "--from-room", address)
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines()[:2] == ["Installed catalogue v2 (5 items) from this computer in the room.",
                                                notice(old_repo)]
        online = laptop("online")
        done = cli(online, "sync", "--server", f"http://{address}/")
        created, expires = published(old_repo)
        assert done.returncode == 1 and done.stderr.count("\n") == 1
        assert (f"The catalogue from the server was published on {created} and its update period ended on "
                f"{expires}") in done.stderr
        assert "so it was not installed" in done.stderr and "may also come on a USB stick" in done.stderr
        assert version(online) == 1
    finally:
        share.terminate()
        share.wait(20)
        share.stdout.close()  # type: ignore[union-attr]


@needs_faketime
def test_a_lab_pc_clock_in_2010_neither_blocks_an_update_nor_calls_it_from_the_future(
        fresh_repo: Path, old_repo: Path, laptop: Laptop) -> None:
    lab = laptop("lab")
    with serving(fresh_repo) as url:
        done = cli(lab, "sync", "--server", url, clock=LAB_PC_2010)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Installed catalogue v2 (5 items) from the server.")
    assert "future" not in (done.stdout + done.stderr).lower() and "period ended" not in done.stdout
    other = laptop("other-lab")
    done = cli(other, "import", str(old_repo), clock=LAB_PC_2010)  # by that clock the period has not ended
    assert done.returncode == 0 and "period ended" not in done.stdout and "future" not in done.stdout.lower()


@needs_faketime
def test_a_clock_a_year_ahead_does_not_block_a_catalogue_carried_by_hand_and_is_named_for_a_server(
        fresh_repo: Path, laptop: Laptop) -> None:
    ahead = laptop("ahead")
    done = cli(ahead, "import", str(fresh_repo), clock=A_YEAR_AHEAD)
    assert done.returncode == 0 and notice(fresh_repo) in done.stdout
    online = laptop("ahead-online")
    with serving(fresh_repo) as url:
        done = cli(online, "sync", "--server", url, clock=A_YEAR_AHEAD)
    next_year = str((datetime.now(UTC) + timedelta(days=365)).year)
    assert done.returncode == 1 and "this computer's clock says" in done.stderr and next_year in done.stderr
    assert "If this computer's clock is wrong, set it right and try again." in done.stderr
    assert "future" not in done.stderr.lower()


def test_a_computer_in_the_room_must_be_on_a_local_network() -> None:
    assert room_address("192.168.1.20") == "http://192.168.1.20:8765/"
    assert room_address("10.0.0.5:9000") == "http://10.0.0.5:9000/"
    assert room_address("http://[fe80::1]:8765/") == "http://[fe80::1]:8765/"
    for public in ("8.8.8.8", "http://1.1.1.1:8765/", "https://192.168.1.20/"):
        with pytest.raises(SyncError):
            room_address(public)


def test_a_folder_is_named_as_a_folder_and_one_on_a_usb_stick_as_a_stick(tmp_path: Path) -> None:
    """This machine has no USB stick: the second half reads a copy of the kernel's /sys entries for the
    device holding tmp_path, as they look for a USB stick (the only part that is not real here)."""
    (tmp_path / "bundle.zip").write_bytes(b"")
    assert local_source(tmp_path).catalogue == "the catalogue in this folder"
    assert local_source(tmp_path / "bundle.zip").catalogue == "the catalogue in this file"
    device = os.stat(tmp_path).st_dev
    sysfs = tmp_path / "sys"
    disk = sysfs / "devices" / "pci0000:00" / "0000:00:14.0" / "usb2" / "2-1" / "block" / "sdb"
    (disk / "sdb1").mkdir(parents=True)
    (disk / "removable").write_text("1\n")
    (sysfs / "dev" / "block").mkdir(parents=True)
    (sysfs / "dev" / "block" / f"{os.major(device)}:{os.minor(device)}").symlink_to(disk / "sdb1")
    assert local_source(tmp_path, sysfs).catalogue == "the catalogue on this USB stick"
    assert local_source(tmp_path, sysfs).from_here == "from this USB stick"

"""Damaged state files in the data folder (issue 16, B8/B9): a malformed ``catalogues/active.json`` or
``sync-state.json`` never stops a command, ``rollback`` or ``sync``. The app falls back to the newest intact
installed version (else the bundled one), says so once, and repairs the file. Real files, the real CLI."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.launch import main

if TYPE_CHECKING:
    from pathlib import Path

    from .conftest import Server

DAMAGE = {
    "empty object": '{"current": {}, "previous": null}',
    "version as text": '{"current": {"file": "catalog-v2-0123456789ab.sqlite", "version": "2", "origin": "x", '
                       '"installed": "", "length": 1}, "previous": null}',
    "version null": '{"current": {"file": "catalog-v2-0123456789ab.sqlite", "version": null, "origin": "x", '
                    '"installed": "", "length": 1}, "previous": null}',
    "nul in the name": '{"current": {"file": "catalog\\u0000.sqlite", "version": 2, "origin": "x", '
                       '"installed": "", "length": 1}, "previous": null}',
    "a list": "[1, 2]",
    "empty": "",
    "binary": "\x00\xff\xfe garbage",
    "deep": "[" * 100_000,
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def installed_v2(capsys: pytest.CaptureFixture[str], server: Server, keys: tuple[Path, Path], data_dir: Path) -> Path:
    """A laptop that synced v2 (the pointer's previous entry: the bundled catalogue)."""
    assert run(capsys, "trust", str(keys[1]))[0] == 0
    assert run(capsys, "sync", "--server", server.url)[0] == 0
    return data_dir / "catalogues" / "active.json"


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_pointer_falls_back_to_the_installed_version_says_so_once_and_is_repaired(
        capsys: pytest.CaptureFixture[str], installed_v2: Path, damage: str) -> None:
    installed_v2.write_bytes(damage.encode("utf-8", "surrogateescape"))
    code, out, err = run(capsys, "info")
    assert code == 0 and err == "" and "Version: 2" in out
    assert "Note: the record of the catalogue in use was damaged and has been rebuilt" in out
    assert json.loads(installed_v2.read_text())["current"]["version"] == 2  # repaired
    code, out, _ = run(capsys, "info")
    assert code == 0 and "Version: 2" in out and "Note:" not in out  # said once
    code, out, _ = run(capsys, "search", "solar welding kit", "--json")
    assert code == 0 and json.loads(out)[0]["id"] == "solar-welding-kit"


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_rollback_and_sync_work_with_a_damaged_pointer(capsys: pytest.CaptureFixture[str], installed_v2: Path,
                                                       damage: str) -> None:
    installed_v2.write_text(damage, errors="surrogateescape")
    code, out, err = run(capsys, "rollback")
    assert (code, err) == (0, "") and "Now using catalogue v1 (bundled with the app)" in out
    installed_v2.write_text(damage, errors="surrogateescape")  # the rollback is forgotten with the record:
    code, out, err = run(capsys, "sync")  # the newest intact version on disk is the one in use again
    assert (code, err) == (0, "") and "Catalogue v2 is up to date." in out
    assert json.loads(installed_v2.read_text())["current"]["version"] == 2


def test_a_damaged_pointer_without_any_intact_version_falls_back_to_the_bundled_catalogue(
        capsys: pytest.CaptureFixture[str], installed_v2: Path) -> None:
    for installed in installed_v2.parent.glob("catalog-v2-*.sqlite"):
        installed.write_bytes(b"SQLite format 3\0" + b"\0" * 4000)  # damaged by a disk error
    installed_v2.write_text("{")
    code, out, _ = run(capsys, "info", "--json")
    info = json.loads(out)
    assert code == 0 and (info["version"], info["origin"]) == (1, "bundled with the app") and info["problem"]
    assert json.loads(installed_v2.read_text()) == {"current": None, "previous": None}


def test_a_pointer_naming_a_damaged_version_is_repaired_to_the_one_in_use(
        capsys: pytest.CaptureFixture[str], installed_v2: Path) -> None:
    for installed in installed_v2.parent.glob("catalog-v2-*.sqlite"):
        installed.unlink()
    code, out, _ = run(capsys, "info")
    assert code == 0 and "Version: 1" in out and "Note: catalogue v2 is damaged or missing" in out
    code, out, _ = run(capsys, "info")
    assert code == 0 and "Note:" not in out  # not at every start


STATES = {
    "highest_seen as text": ('{"highest_seen": "abc", "server": "{url}"}', True),
    "server as a number": ('{"server": 5, "highest_seen": 0}', False),
    "server as a list": ('{"server": ["http://x/"]}', False),
    "a list": ("[]", False),
    "binary": ("\x00\xff", False),
    "deep": ("{\"a\":" * 50_000, False),
}


@pytest.mark.parametrize(("damage", "server_kept"), STATES.values(), ids=STATES.keys())
def test_a_damaged_sync_state_never_stops_sync(capsys: pytest.CaptureFixture[str], installed_v2: Path,
                                               server: Server, damage: str, server_kept: bool) -> None:
    state = installed_v2.parent / "sync-state.json"
    state.write_text(damage.replace("{url}", server.url), errors="surrogateescape")
    code, out, err = run(capsys, "sync", "--check")
    if not server_kept:  # the address was lost with the damage: the command says how to give it again
        assert (code, err.strip()) == (1, "tvet-desktop: no update server is set: pass --server URL once (it is "
                                          "remembered)")
        code, out, err = run(capsys, "sync", "--server", server.url, "--check")
    assert (code, err) == (0, "") and "up to date" in out
    repaired = json.loads(state.read_text())
    assert repaired["server"] == server.url and isinstance(repaired["highest_seen"], int)


def test_a_search_that_repairs_the_pointer_says_so_once(capsys: pytest.CaptureFixture[str],
                                                        installed_v2: Path) -> None:
    installed_v2.write_text('{"current": {}, "previous": null}')
    code, out, err = run(capsys, "search", "solar welding kit", "--json")
    assert code == 0 and json.loads(out)[0]["id"] == "solar-welding-kit"
    assert err == ("tvet-desktop: note: the record of the catalogue in use was damaged and has been rebuilt from "
                   "the installed versions; using catalogue v2.\n")
    assert run(capsys, "search", "solar welding kit", "--json")[2] == ""

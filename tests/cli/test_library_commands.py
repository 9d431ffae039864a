"""`tvet-desktop notes|lists|bookmarks`: the same store as the window, from the shell."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.launch import main

from ..library.test_notes import TEXTS

if TYPE_CHECKING:
    from pathlib import Path


def cli(data_dir: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, TVET_DESKTOP_DATA_DIR=str(data_dir))
    return subprocess.run([sys.executable, "-m", "tvet_desktop", *args], input=stdin, capture_output=True,
                          env=env, timeout=60, check=False)


@pytest.mark.parametrize("name", ["rtl", "emoji", "whitespace", "big"])
def test_set_from_stdin_and_show_round_trip_bytes(data_dir: Path, snapshot_path: Path, name: str) -> None:
    raw = TEXTS[name].encode("utf-8")
    saved = cli(data_dir, "--catalog", str(snapshot_path), "notes", "set", "greening-tvet", "-", stdin=raw)
    assert saved.returncode == 0, saved.stderr
    shown = cli(data_dir, "notes", "show", "greening-tvet")
    assert shown.returncode == 0 and shown.stdout == raw


def test_notes_list_json(capsys: pytest.CaptureFixture[str], snapshot_path: Path) -> None:
    assert main(["--catalog", str(snapshot_path), "notes", "set", "greening-tvet", "Use in week 3 🙂"]) == 0
    capsys.readouterr()
    assert main(["--catalog", str(snapshot_path), "notes", "list", "--json"]) == 0
    (note,) = json.loads(capsys.readouterr().out)
    assert note["item_id"] == "greening-tvet" and note["text"] == "Use in week 3 🙂" and note["updated_at"]
    assert note["status"] is None and note["title"] == "Greening TVET"


def test_note_on_unknown_item_is_an_error(capsys: pytest.CaptureFixture[str], snapshot_path: Path) -> None:
    assert main(["--catalog", str(snapshot_path), "notes", "set", "no-such-item", "x"]) == 1
    assert "no item with id 'no-such-item'" in capsys.readouterr().err
    assert main(["notes", "show", "no-such-item"]) == 1


def test_lists_and_bookmarks(capsys: pytest.CaptureFixture[str], snapshot_path: Path) -> None:
    catalog = ["--catalog", str(snapshot_path)]
    assert main(["lists", "create", "Welding — week 3"]) == 0
    assert main([*catalog, "lists", "add", "Welding — week 3", "welding-safety-guide", "greening-tvet"]) == 0
    assert capsys.readouterr().out.endswith("Added 2 items to “Welding — week 3”.\n")
    assert main(["lists", "move", "Welding — week 3", "greening-tvet", "1"]) == 0
    assert capsys.readouterr().out == "greening-tvet is now number 1 of 2 in “Welding — week 3”.\n"
    assert main(["lists", "move", "Welding — week 3", "not-on-it", "1"]) == 1  # said, not silently ignored
    assert "is not on the reading list" in capsys.readouterr().err
    assert main(["lists", "show", "Welding — week 3", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(e["item_id"], e["position"]) for e in listed] == [("greening-tvet", 1), ("welding-safety-guide", 2)]
    with pytest.raises(SystemExit) as usage:
        main(["lists", "move", "Welding — week 3", "greening-tvet", "0"])  # positions start at 1
    assert usage.value.code == 2
    assert main([*catalog, "bookmarks", "add", "greening-tvet"]) == 0
    assert capsys.readouterr().out == "Bookmarked “Greening TVET”.\n"
    assert main(["bookmarks", "show", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"item_id": "greening-tvet", "title": "Greening TVET",
                                                    "status": None}]
    assert main([*catalog, "bookmarks", "remove", "greening-tvet"]) == 0
    assert capsys.readouterr().out == "Removed the bookmark on “Greening TVET”.\n"
    assert main([*catalog, "bookmarks", "remove", "greening-tvet"]) == 0
    assert capsys.readouterr().out == "“Greening TVET” was not bookmarked.\n"
    assert main(["bookmarks", "show"]) == 0
    assert capsys.readouterr().out == "No bookmarks yet.\n"
    assert main(["lists", "add", "No such list", "greening-tvet"]) == 1
    assert "(yours: “Welding — week 3”)" in capsys.readouterr().err
    assert main(["lists", "show", "welding - week 3", "--json"]) == 0  # as typed in a terminal
    assert [e["item_id"] for e in json.loads(capsys.readouterr().out)] == ["greening-tvet", "welding-safety-guide"]
    assert main(["lists", "create", "Welding - Week 3"]) == 0
    capsys.readouterr()
    assert main(["lists", "show", "welding - week 3"]) == 1  # now two lists fit: neither is guessed
    assert "fits more than one reading list" in capsys.readouterr().err


def test_export_import_backup_restore(capsys: pytest.CaptureFixture[str], snapshot_path: Path, tmp_path: Path,
                                      data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["--catalog", str(snapshot_path), "notes", "set", "greening-tvet", "precious"]) == 0
    assert main(["notes", "export", str(tmp_path / "all.zip")]) == 0
    assert main(["notes", "backup"]) == 0
    monkeypatch.setenv("TVET_DESKTOP_DATA_DIR", str(tmp_path / "colleague"))
    capsys.readouterr()
    assert main(["notes", "import", str(tmp_path / "all.zip")]) == 0
    assert capsys.readouterr().out.startswith("Added 1 note, 0 bookmarks")
    monkeypatch.setenv("TVET_DESKTOP_DATA_DIR", str(data_dir))
    (data_dir / "user.sqlite").write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    assert main(["notes", "list"]) == 1
    assert "notes restore" in capsys.readouterr().err
    assert main(["notes", "restore"]) == 0
    capsys.readouterr()
    assert main(["notes", "show", "greening-tvet"]) == 0
    assert capsys.readouterr().out == "precious"
    assert main(["--catalog", str(snapshot_path), "notes", "set", "greening-tvet", "newer"]) == 0
    capsys.readouterr()
    assert main(["notes", "restore"]) == 0  # over a healthy database: it is backed up first, and the user told how
    said = capsys.readouterr().out
    assert "holding 1 note, 0 bookmarks and 0 reading lists" in said and "were backed up first" in said
    undo = said.split("`tvet-desktop notes restore ")[1].split("`")[0]
    assert main(["notes", "restore", undo]) == 0
    capsys.readouterr()
    assert main(["notes", "show", "greening-tvet"]) == 0 and capsys.readouterr().out == "newer"


def test_a_wrong_path_gets_a_plain_message(capsys: pytest.CaptureFixture[str], snapshot_path: Path,
                                           tmp_path: Path) -> None:
    assert main(["--catalog", str(snapshot_path), "notes", "set", "greening-tvet", "precious"]) == 0
    (tmp_path / "existing.txt").write_text("not a folder")
    capsys.readouterr()
    for command, message in (
        (["notes", "export", str(tmp_path / "no" / "x.zip")], f"There is no folder {tmp_path / 'no'} "),
        (["notes", "export", str(tmp_path / "existing.txt")], "is a file: export into a new folder"),
        (["notes", "import", str(tmp_path / "missing.zip")], f"There is no file or folder {tmp_path / 'missing.zip'}"),
        (["notes", "restore", str(tmp_path / "nope.sqlite")], f"There is no file {tmp_path / 'nope.sqlite'}"),
        (["notes", "restore", str(tmp_path / "existing.txt")], "is not a healthy notes database; nothing was restored"),
    ):
        assert main(command) == 1, command
        error = capsys.readouterr().err
        assert message in error and "Errno" not in error and ".tvet-export" not in error, error
    assert main(["notes", "show", "greening-tvet"]) == 0 and capsys.readouterr().out == "precious"  # nothing lost
    assert not list(tmp_path.glob(".tvet-export-*"))


def test_free_standing_notes_are_shown_and_deleted_by_their_id(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["notes", "new", "Session plan — week 3", "Bring the welding masks."]) == 0
    note_id = capsys.readouterr().out.strip().rsplit("(", 1)[1].rstrip(").")
    assert main(["notes", "list"]) == 0
    assert f"free-standing, id {note_id}" in capsys.readouterr().out  # where the id can be found
    assert main(["notes", "show", note_id]) == 0
    assert capsys.readouterr().out == "Bring the welding masks."
    assert main(["notes", "delete", note_id]) == 0
    assert capsys.readouterr().out == "Deleted the note “Session plan — week 3”.\n"
    assert main(["notes", "show", note_id]) == 1
    assert "no note with that id" in capsys.readouterr().err


def test_an_empty_new_note_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["notes", "new", "", "  "]) == 1
    assert "needs a title or some text" in capsys.readouterr().err
    assert main(["notes", "list"]) == 0 and capsys.readouterr().out == "No notes yet.\n"

"""The notes database under real trouble: a full disk, another program's exclusive lock, a read-only disk, odd
files. Only proven damage may set a database aside; everything else says what is wrong and keeps the notes
readable (issue 16: B1, B2, R2-3, R2-4)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.launch import main
from tvet_desktop.library import transfer
from tvet_desktop.library.backups import is_healthy
from tvet_desktop.library.database import Patience, UserDatabase, UserDataBusy, UserDataCorrupt, UserDataError
from tvet_desktop.library.store import NotesStore, SaveFailed, open_notes

if TYPE_CHECKING:
    from pathlib import Path

    from ..disks import SmallDisk

QUICK = Patience(busy_timeout_ms=200, attempts=2)
HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("SELECT count(*) FROM notes").fetchone()
conn.execute("COMMIT")
print("locked", flush=True)
sys.stdin.read()
"""


def _write_notes(folder: Path) -> None:
    store = open_notes(folder)
    store.save_item_note("greening-tvet", "original text", "Greening TVET", None)
    store.create_note("Plan", "plan text")
    store.close()


def _texts(store: NotesStore) -> set[str]:
    return {note.text for note in store.list_notes()}


def test_a_full_disk_keeps_the_notes_in_place_and_readable(small_disk: SmallDisk, tmp_path: Path) -> None:
    folder = small_disk.root / "data"
    _write_notes(folder)
    small_disk.fill()
    store = open_notes(folder)
    assert store.read_only == "the disk holding your notes is full"
    assert _texts(store) == {"original text", "plan text"}  # readable: nothing set aside, nothing hidden
    with pytest.raises(SaveFailed, match="disk holding your notes is full"):
        store.save_item_note("greening-tvet", "new text", "Greening TVET", None)
    assert transfer.export(store, tmp_path / "rescue.zip") == 2  # and exportable to another disk
    store.close()
    assert not (folder / "set-aside").exists()
    small_disk.free()
    store = open_notes(folder)
    assert store.read_only is None and _texts(store) == {"original text", "plan text"}
    store.save_item_note("greening-tvet", "after freeing space", "Greening TVET", None)
    store.close()


def test_full_disk_from_the_command_line(small_disk: SmallDisk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    folder = small_disk.root / "data"
    _write_notes(folder)
    monkeypatch.setenv("TVET_DESKTOP_DATA_DIR", str(folder))
    small_disk.fill()
    assert main(["notes", "list"]) == 0
    listed = capsys.readouterr()
    assert "original text" in listed.out and "plan text" in listed.out and listed.err == ""
    assert main(["notes", "export", str(tmp_path / "out.zip")]) == 0
    assert main(["notes", "new", "More", "text"]) == 1
    assert "Not saved: the disk holding your notes is full" in capsys.readouterr().err
    assert not (folder / "set-aside").exists()


def test_a_file_another_program_keeps_locked_is_waited_for_then_reported_busy(data_dir: Path) -> None:
    _write_notes(data_dir)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(data_dir / "user.sqlite")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        with pytest.raises(UserDataBusy, match=r"locked by another program .*Nothing was changed"):
            UserDatabase(data_dir, patience=QUICK).open()
        assert (data_dir / "user.sqlite").is_file() and not (data_dir / "set-aside").exists()
    finally:
        holder.communicate("", timeout=30)
    store = open_notes(data_dir)
    assert _texts(store) == {"original text", "plan text"}
    store.close()


def test_a_read_only_disk_keeps_the_notes_readable(small_disk: SmallDisk, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    folder = small_disk.root / "data"
    _write_notes(folder)
    small_disk.read_only()
    try:
        store = open_notes(folder)
        assert store.read_only == f"the notes folder {folder} is on a read-only disk"
        assert _texts(store) == {"original text", "plan text"}
        with pytest.raises(SaveFailed, match="read-only disk"):
            store.create_note("New", "text")
        store.close()
        monkeypatch.setenv("TVET_DESKTOP_DATA_DIR", str(folder))
        assert main(["notes", "show", "greening-tvet"]) == 0
        assert capsys.readouterr().out == "original text"
        assert main(["notes", "export", str(tmp_path / "out")]) == 0
        assert main(["notes", "backup"]) == 1
        assert "read-only" in capsys.readouterr().err
    finally:
        small_disk.read_only(False)
    assert sorted(p.name for p in folder.iterdir()) == ["backups", "user.sqlite"]


def test_read_only_notes_that_do_not_exist_yet_are_an_empty_library(small_disk: SmallDisk) -> None:
    folder = small_disk.root / "data"
    folder.mkdir()
    small_disk.read_only()
    try:
        store = open_notes(folder)
        assert store.read_only is not None and store.list_notes() == [] and store.lists() == []
        store.close()
    finally:
        small_disk.read_only(False)


def test_only_proven_damage_is_set_aside_and_the_message_says_what_the_backup_holds(data_dir: Path) -> None:
    moments = iter([datetime(2026, 12, 1, 9, 30, tzinfo=UTC) + timedelta(minutes=n) for n in range(100)])
    database = UserDatabase(data_dir, clock=lambda: next(moments))
    conn = database.open()
    NotesStore(conn, database=database).create_note("Plan", "in the backup")
    database.backup(conn)
    conn.close()
    (data_dir / "user.sqlite").write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    with pytest.raises(UserDataCorrupt) as damage:
        database.open()
    expected_time = datetime(2026, 12, 1, 9, 30, tzinfo=UTC).astimezone().strftime("%-d %b %Y %H:%M")
    assert f"from {expected_time}, holding 1 note, 0 bookmarks and 0 reading lists" in str(damage.value)


@pytest.mark.parametrize("odd", ["fifo", "directory", "not sqlite"])
def test_odd_files_in_place_of_the_database_are_set_aside_without_reading_them(data_dir: Path, odd: str) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "user.sqlite"
    if odd == "fifo":
        os.mkfifo(path)  # opening it for reading would wait for a writer for ever
    elif odd == "directory":
        path.mkdir()
    else:
        path.write_text("my shopping list")
    env = dict(os.environ, TVET_DESKTOP_DATA_DIR=str(data_dir))
    done = subprocess.run([sys.executable, "-m", "tvet_desktop", "notes", "list"], capture_output=True, text=True,
                          env=env, timeout=60, check=False)
    assert done.returncode == 1 and "set aside" in done.stderr and "Traceback" not in done.stderr
    assert [p.name for p in (data_dir / "set-aside").iterdir()] == [next((data_dir / "set-aside").iterdir()).name]
    assert main(["notes", "list"]) == 0  # and the notes start afresh


def test_a_file_named_set_aside_stops_nothing_silently(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "set-aside").write_text("a file, not a folder")
    damaged = b"SQLite format 3\x00" + b"\xff" * 8000
    (data_dir / "user.sqlite").write_bytes(damaged)
    with pytest.raises(UserDataError, match=r"damaged .*could not be moved .*move it away yourself"):
        UserDatabase(data_dir).open()
    assert (data_dir / "user.sqlite").read_bytes() == damaged


def test_a_file_named_backups_is_reported_in_plain_words(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "backups").write_text("a file, not a folder")
    assert main(["notes", "backup"]) == 1
    assert "backups is a file, not a folder: move it away" in capsys.readouterr().err


@pytest.fixture
def dated(data_dir: Path) -> UserDatabase:
    days = iter([datetime(2026, 11, 1, tzinfo=UTC) + timedelta(days=n) for n in range(100)])
    return UserDatabase(data_dir, clock=lambda: next(days), keep_backups=3)


def test_daily_backups_after_a_reset_never_rotate_the_last_full_backup_away(dated: UserDatabase) -> None:
    conn = dated.open()
    store = NotesStore(conn, database=dated)
    for n in range(5):
        store.create_note(f"Plan {n}", "text")
    full = dated.backup(conn)
    conn.close()
    dated.path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)  # damaged: set aside, a new one started
    with pytest.raises(UserDataCorrupt):
        dated.open()
    conn = dated.open()
    for _ in range(10):  # ten days of backups of the new, nearly empty notes
        dated.backup(conn)
    conn.close()
    backups = dated.list_backups()
    assert len(backups) == 4 and full in backups and all(is_healthy(b) for b in backups)


def test_an_import_and_a_restore_back_up_the_notes_first(dated: UserDatabase, tmp_path: Path) -> None:
    other = open_notes(tmp_path / "colleague")
    other.create_note("Theirs", "their text")
    transfer.export(other, tmp_path / "theirs.zip")
    other.close()
    conn = dated.open()
    store = NotesStore(conn, database=dated)
    store.create_note("Mine", "my text")
    transfer.import_(store, tmp_path / "theirs.zip")
    (before_import,) = dated.list_backups()
    assert _titles(before_import) == ["Mine"]
    conn.close()
    restored, replaced = dated.restore(before_import)
    assert restored == before_import and replaced is not None and _titles(replaced) == ["Mine", "Theirs"]


def _titles(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in conn.execute("SELECT title FROM notes"))
    finally:
        conn.close()

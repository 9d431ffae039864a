"""Strange exports from a colleague: refused with one sentence and nothing changed, or imported whole; hostile
ids never break a later export; an export never silently replaces a file (issue 16: B4, B5, R2-1, R2-2)."""

from __future__ import annotations

import json
import zipfile
from typing import TYPE_CHECKING, Any

import pytest

from tvet_desktop.launch import main
from tvet_desktop.library import transfer
from tvet_desktop.library.export_format import NotAnExport
from tvet_desktop.library.store import NotesStore, open_notes

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

NOTE = {"id": "n1", "item_id": None, "title": "T", "text": "x", "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z"}


@pytest.fixture
def store(data_dir: Path) -> Iterator[NotesStore]:
    opened = open_notes(data_dir)
    opened.save_item_note("greening-tvet", "my own note", "Greening TVET", None)
    mine = opened.create_list("Week 3")
    opened.add_to_list(mine.id, "greening-tvet", "Greening TVET")
    yield opened
    opened.close()


def _export(path: Path, text: str) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.json", text)
    return path


def _content(store: NotesStore) -> tuple[Any, ...]:
    return (sorted((n.id, n.text) for n in store.list_notes()), [(b.item_id) for b in store.bookmarks()],
            [(rl.name, [e.item_id for e in store.list_items(rl.id)]) for rl in store.lists()])


def _doc(**fields: Any) -> str:
    return json.dumps({"format": "tvet-desktop-notes", "version": 1, "notes": [], "bookmarks": [], "lists": [],
                       **fields})


MALFORMED = {
    "version as text": _doc(version="2"),
    "version null": _doc(version=None),
    "version a list": _doc(version=[]),
    "version true": _doc(version=True),
    "version zero": _doc(version=0),
    "bookmark as text": _doc(bookmarks=["abc"]),
    "bookmark empty": _doc(bookmarks=[{}]),
    "list items as text": _doc(lists=[{"id": "x", "name": "X", "items": "abc"}]),
    "list without items": _doc(lists=[{"id": "x", "name": "X"}]),
    "list with a blank name": _doc(notes=[NOTE], lists=[{"id": "x", "name": "  ", "items": []}]),
    "list entry wrong": _doc(lists=[{"id": "x", "name": "X", "items": [5]}]),
    "notes nested deep": '{"format": "tvet-desktop-notes", "version": 1, "notes": ' + "[" * 100_000 + "]" * 100_000
                         + "}",
    "note text a lone surrogate": _doc(notes=[{**NOTE, "text": "\udcff"}]),
    "note item_id a list": _doc(notes=[{**NOTE, "item_id": ["x"]}]),
    "note item_id an object": _doc(notes=[{**NOTE, "item_id": {"a": 1}}]),
    "note without text": _doc(notes=[{k: v for k, v in NOTE.items() if k != "text"}]),
    "note id a number": _doc(notes=[{**NOTE, "id": 7}]),
    "notes an object": _doc(notes={"a": 1}),
    "a later note broken": _doc(notes=[NOTE, {**NOTE, "id": "n2", "created_at": 5}]),
    "a number of 5000 digits": _doc(notes=[NOTE]).replace('"version": 1', '"version": ' + "9" * 5000),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_a_malformed_export_is_refused_with_one_sentence_and_nothing_changes(store: NotesStore, tmp_path: Path,
                                                                             case: str) -> None:
    assert store.database is not None
    before, backups = _content(store), store.database.list_backups()
    with pytest.raises(NotAnExport) as refused:
        transfer.import_(store, _export(tmp_path / "bad.zip", MALFORMED[case]))
    message = str(refused.value)
    assert "\n" not in message and message.endswith(".") and len(message) < 400, message
    assert _content(store) == before
    assert store.database.list_backups() == backups  # refused before anything was done


def test_an_unknown_newer_version_asks_for_an_update(store: NotesStore, tmp_path: Path) -> None:
    with pytest.raises(NotAnExport, match="newer TVET Desktop; update the app"):
        transfer.import_(store, _export(tmp_path / "new.zip", _doc(version=2)))


def test_an_import_that_fails_halfway_adds_nothing(store: NotesStore, tmp_path: Path) -> None:
    """The notes are fine, the list's name is taken twice over: the store refuses the second list only after
    the notes went in, and the one transaction takes them out again."""
    before = _content(store)
    store.conn.execute("CREATE TRIGGER refuse_second BEFORE INSERT ON reading_lists WHEN new.id = 'second' "
                       "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")
    data = _doc(notes=[NOTE, {**NOTE, "id": "n2", "text": "y"}], bookmarks=[{"item_id": "a", "title": "A"}],
                lists=[{"id": "first", "name": "First", "items": []}, {"id": "second", "name": "Second", "items": []}])
    with pytest.raises(Exception, match="refused for the test"):
        transfer.import_(store, _export(tmp_path / "half.zip", data))
    assert _content(store) == before


def test_a_list_with_one_of_your_names_but_another_id_is_kept_apart(store: NotesStore, tmp_path: Path) -> None:
    data = _doc(lists=[{"id": "theirs", "name": "Week 3", "items": [{"item_id": "welding-safety-guide",
                                                                       "title": "Welding"}]}])
    report = transfer.import_(store, _export(tmp_path / "lists.zip", data))
    assert "“Week 3” has the name of one of yours, so it was kept apart as “Week 3 (imported)”" in report.sentence()
    lists = {rl.name: [e.item_id for e in store.list_items(rl.id)] for rl in store.lists()}
    assert lists == {"Week 3": ["greening-tvet"], "Week 3 (imported)": ["welding-safety-guide"]}
    again = transfer.import_(store, _export(tmp_path / "lists.zip", data))  # the same list (same id) next time
    assert (again.lists, again.list_items) == (0, 0)


@pytest.mark.parametrize("hostile_id", ["ab/cd/ef", "..\\..\\x", "../../x", "CON", "nul.txt", ".", "..", "///",
                                        "a" * 5000, "日本/語"])
def test_ids_that_are_not_file_names_never_break_an_export(store: NotesStore, tmp_path: Path,
                                                          hostile_id: str) -> None:
    data = _doc(notes=[{**NOTE, "id": hostile_id, "title": "CON"}, {**NOTE, "id": hostile_id + "/2", "text": "y"}],
                lists=[{"id": hostile_id, "name": "../evil", "items": []}])
    transfer.import_(store, _export(tmp_path / "ids.zip", data))
    for target in (tmp_path / "out.zip", tmp_path / "out"):
        assert transfer.export(store, target) == 3
    written = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.md"))
    assert len(written) == 5 and all(name.count("/") == 1 for name in written), written
    assert not list(tmp_path.glob("x*")) and not (tmp_path.parent / "x").exists()
    fresh = open_notes(tmp_path / "colleague")
    transfer.import_(fresh, tmp_path / "out.zip")
    assert {n.id for n in fresh.list_notes()} >= {hostile_id, hostile_id + "/2"}
    fresh.close()


def test_an_export_never_replaces_a_file_unless_told(store: NotesStore, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    precious = tmp_path / "p.zip"
    precious.write_text("precious")
    with pytest.raises(transfer.ExportExists):
        transfer.export(store, precious)
    assert main(["notes", "export", str(precious)]) == 1
    assert "already exists; nothing was written (add --force to replace it)" in capsys.readouterr().err
    assert precious.read_text() == "precious"
    assert main(["notes", "export", "--force", str(precious)]) == 0
    assert zipfile.is_zipfile(precious)

"""`offline add|remove`, `storage`, `show --json` and a USB export from the shell, with exit codes and JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.launch import main
from tvet_desktop.library.store import open_notes
from tvet_desktop.sync.publish import publish

from .conftest import NOW, Server
from .test_attachments import attached_source

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def repo(tmp_path: Path, keys: tuple[Path, Path], bundled: Path) -> Path:
    folder = tmp_path / "repo"
    publish(attached_source(tmp_path / "source-v2"), folder, keys[0], bundled, clock=lambda: NOW)
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def synced(capsys: pytest.CaptureFixture[str], server: Server, keys: tuple[Path, Path]) -> Server:
    assert run(capsys, "trust", str(keys[1]))[0] == 0
    assert run(capsys, "sync", "--server", server.url)[0] == 0
    return server


def attachments(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    code, out, _ = run(capsys, "show", "welding-safety-guide", "--json")
    assert code == 0
    found: list[dict[str, object]] = json.loads(out)["attachments"]
    return found


def test_show_add_storage_remove(capsys: pytest.CaptureFixture[str], synced: Server) -> None:
    before = attachments(capsys)
    assert [(a["name"], a["media_type"], a["pages"], a["offline"]) for a in before] == [
        ("Welding safety guide (PDF)", "application/pdf", 40, False), ("Handout", "text/plain", None, False)]
    assert all(len(str(a["sha256"])) == 64 and isinstance(a["size"], int) for a in before)
    code, out, _ = run(capsys, "offline", "add", "welding-safety-guide")
    assert code == 0 and out.startswith("Kept 2 documents offline")
    assert [a["offline"] for a in attachments(capsys)] == [True, True]
    code, out, _ = run(capsys, "show", "welding-safety-guide")
    assert "Document: Welding safety guide (PDF) (" in out and "40 pages; on this computer)" in out
    code, out, _ = run(capsys, "storage", "--json")
    storage = json.loads(out)
    assert storage["kept_bytes"] == sum(int(str(a["size"])) for a in before) and storage["free_bytes"] > 0
    assert storage["files"][0]["items"][0].startswith("welding-safety-guide: ")
    code, out, _ = run(capsys, "storage")
    assert out.startswith("Kept offline: 2 documents") and "tvet-desktop offline remove ID" in out
    code, out, _ = run(capsys, "offline", "remove", "welding-safety-guide")
    assert code == 0 and out.startswith("Removed 2 documents from this computer") and "notes are kept" in out
    assert [a["offline"] for a in attachments(capsys)] == [False, False]


def test_add_by_list_and_all(capsys: pytest.CaptureFixture[str], synced: Server) -> None:
    notes = open_notes(backup=False)
    reading = notes.create_list("Workshop week")
    notes.add_to_list(reading.id, "welding-safety-guide", "Welding safety guide for trainers")
    notes.close()
    code, out, _ = run(capsys, "offline", "add", "--list", "Workshop week", "--json")
    assert code == 0 and len(json.loads(out)["fetched"]) == 2
    code, out, _ = run(capsys, "offline", "add", "--all", "--json")
    assert code == 0 and json.loads(out)["already"] == 2


@pytest.mark.parametrize(("args", "said"), [
    (("offline", "add", "no-such-item"), "No item 'no-such-item' in the catalogue in use"),
    (("offline", "add", "greening-tvet"), "these items have no documents to keep offline"),
    (("offline", "add", "--list", "Nope"), "no reading list called 'Nope'"),
])
def test_bad_requests_get_one_line(capsys: pytest.CaptureFixture[str], synced: Server, args: tuple[str, ...],
                                   said: str) -> None:
    code, out, err = run(capsys, *args)
    assert code == 1 and out == "" and err.strip() == f"tvet-desktop: {said}"


def test_a_file_missing_on_the_server_exits_1_and_keeps_the_others(capsys: pytest.CaptureFixture[str],
                                                                    synced: Server) -> None:
    pdf = next(a for a in attachments(capsys) if a["media_type"] == "application/pdf")
    (synced.folder / "files" / str(pdf["sha256"])).unlink()
    code, out, err = run(capsys, "offline", "add", "welding-safety-guide")
    assert code == 1 and out.startswith("Kept 1 document offline")
    assert err.strip() == ("tvet-desktop: 'Welding safety guide (PDF)' was not kept: it is not in the catalogue "
                           "from the server.")


def test_an_export_carries_the_documents_to_another_laptop(capsys: pytest.CaptureFixture[str], synced: Server,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           keys: tuple[Path, Path]) -> None:
    run(capsys, "offline", "add", "welding-safety-guide")
    assert run(capsys, "export-snapshot", str(tmp_path / "usb.zip"))[0] == 0
    monkeypatch.setenv("TVET_DESKTOP_DATA_DIR", str(tmp_path / "other-laptop"))
    run(capsys, "trust", str(keys[1]))
    code, out, _ = run(capsys, "import", str(tmp_path / "usb.zip"))
    assert code == 0 and "Documents: 2 copied, 0 already here, 0 not in this export." in out
    assert [a["offline"] for a in attachments(capsys)] == [True, True]
    run(capsys, "offline", "remove", "welding-safety-guide")
    code, _, err = run(capsys, "offline", "add", "--all")  # this laptop never synced from a server
    assert code == 1 and err.startswith("tvet-desktop: No update server is known yet: give its address with --server")
    code, out, _ = run(capsys, "offline", "add", "--all", "--from", str(tmp_path / "usb.zip"))
    assert code == 0 and out.startswith("Kept 2 documents offline")


def test_the_whole_catalogue_without_documents_is_said_so(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    """The catalogue bundled with the app carries no documents: --all says that, not "these items"."""
    code, _, err = run(capsys, "offline", "add", "--all")
    assert code == 1 and err.strip() == "tvet-desktop: the catalogue in use has no documents to keep offline"


def test_a_reading_list_without_documents_is_named(capsys: pytest.CaptureFixture[str], synced: Server) -> None:
    notes = open_notes(backup=False)
    made = notes.create_list("Week 2")
    notes.add_to_list(made.id, "greening-tvet", "Greening TVET")
    notes.close()
    code, _, err = run(capsys, "offline", "add", "--list", "Week 2")
    assert code == 1 and err.strip() == \
        "tvet-desktop: no item of the reading list 'Week 2' has documents to keep offline"

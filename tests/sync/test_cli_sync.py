"""The sync commands from the shell: the publisher's loop and the trainer's, with exit codes and JSON."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.launch import main

from ..conftest import write_source
from .conftest import Server, items_v2

if TYPE_CHECKING:
    from pathlib import Path



def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_keygen_writes_a_pair_and_never_overwrites_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "keygen", str(tmp_path / "k"))
    assert code == 0 and "key id" in out
    if os.name == "posix":
        assert (tmp_path / "k" / "tvet-signing.key").stat().st_mode & 0o077 == 0  # private: owner only
    code, _, err = run(capsys, "keygen", str(tmp_path / "k"))
    assert code == 1 and "already exists" in err


def test_publish_trust_sync_info_rollback(tmp_path: Path, capsys: pytest.CaptureFixture[str], server: Server,
                                          keys: tuple[Path, Path]) -> None:
    code, _, err = run(capsys, "sync", "--server", server.url)
    assert code == 1 and "No publisher key is trusted" in err
    assert run(capsys, "trust", str(keys[1]))[0] == 0
    code, out, _ = run(capsys, "trust", "--list", "--json")
    assert [key["origin"] for key in json.loads(out)] == ["added by you"]
    code, out, _ = run(capsys, "sync", "--server", server.url, "--check", "--json")
    assert code == 0 and json.loads(out) == {"installed_version": 1, "available_version": 2, "update_available": True,
                                             "published": "2026-11-29T08:00:00Z"}
    code, out, _ = run(capsys, "sync", "--json")  # the remembered server
    result = json.loads(out)
    # The app's real bundled catalogue is not the v1 this repository holds a delta from: the full file it is.
    assert code == 0 and (result["installed"], result["version"], result["method"]) == (True, 2, "full")
    code, out, _ = run(capsys, "info", "--json")
    info = json.loads(out)
    assert (info["version"], info["origin"], info["item_count"]) == (2, server.url, 5)
    code, out, _ = run(capsys, "search", "solar welding kit", "--json")
    assert json.loads(out)[0]["id"] == "solar-welding-kit"  # search uses the active catalogue
    code, out, _ = run(capsys, "rollback")
    assert code == 0 and "v1 (bundled with the app)" in out
    code, out, _ = run(capsys, "rollback", "--json")
    assert code == 0 and json.loads(out)["version"] == 2  # the version left is the one to return to
    keyid = json.loads(run(capsys, "trust", "--list", "--json")[1])[0]["keyid"]
    assert run(capsys, "trust", "--remove", keyid)[0] == 0
    code, _, err = run(capsys, "trust", "--remove", keyid)
    assert code == 1 and "no key" in err


def test_publish_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], server: Server,
                                       keys: tuple[Path, Path]) -> None:
    source = write_source(tmp_path / "v3", items_v2()[:3], 3)
    code, out, _ = run(capsys, "publish", str(source), str(server.folder), "--key", str(keys[0]))
    assert code == 0 and "Published catalogue v3 (3 items)" in out and "(from v2)" in out
    code, _, err = run(capsys, "publish", str(source), str(server.folder), "--key", str(keys[0]), "--version", "2")
    assert code == 1 and "not above v3" in err
    code, _, err = run(capsys, "publish", str(source), str(server.folder), "--key", str(keys[1]))
    assert code == 1 and "not a TVET Desktop signing key" in err


def test_import_and_export_snapshot(tmp_path: Path, capsys: pytest.CaptureFixture[str], server: Server,
                                   keys: tuple[Path, Path]) -> None:
    run(capsys, "trust", str(keys[1]))
    code, _, err = run(capsys, "export-snapshot", str(tmp_path / "out.zip"))
    assert code == 1 and "bundled with the app" in err
    code, out, _ = run(capsys, "import", str(server.folder), "--json")
    assert code == 0 and json.loads(out)["version"] == 2
    code, out, _ = run(capsys, "export-snapshot", str(tmp_path / "out.zip"))
    assert code == 0 and (tmp_path / "out.zip").is_file()
    code, _, err = run(capsys, "import", str(tmp_path / "nothing-here"))
    assert code == 1 and "neither a catalogue export folder" in err


def test_sync_without_a_server_says_how_to_give_one(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "sync")
    assert code == 1 and "--server URL" in err
    code, _, err = run(capsys, "sync", "--server", "ftp://example.org/")
    assert code == 1 and "not an http:// or https:// address" in err


def test_a_wrong_address_is_not_remembered_and_fails_fast(capsys: pytest.CaptureFixture[str], server: Server,
                                                          keys: tuple[Path, Path]) -> None:
    import socket

    run(capsys, "trust", str(keys[1]))
    assert run(capsys, "sync", "--server", server.url + "manifest.json", "--check")[0] == 0  # pasted manifest URL
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    dead = f"http://127.0.0.1:{probe.getsockname()[1]}/"
    probe.close()
    code, _, err = run(capsys, "sync", "--server", dead)
    assert code == 1 and "nothing answers at that address, after 2 tries" in err
    code, out, _ = run(capsys, "sync", "--check", "--json")  # the good address is still the remembered one
    assert code == 0 and json.loads(out)["available_version"] == 2


def test_build_and_publish_warn_about_unknown_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                     keys: tuple[Path, Path]) -> None:
    items = [dict(items_v2()[0])]
    items[0]["sumary"] = items[0].pop("summary")
    source = write_source(tmp_path / "typo", items, 1)
    code, _, err = run(capsys, "build-snapshot", str(source), str(tmp_path / "out.sqlite"))
    assert code == 0 and "unknown field 'sumary' is ignored (did you mean 'summary'?)" in err


@pytest.mark.parametrize("args", [["sync", "--server", "http://[::1"], ["sync", "--server", "http://host:99999/"],
                                  ["sync", "--from-room", "http://[::1"]])
def test_a_malformed_address_is_one_line_not_a_traceback(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, _, err = run(capsys, *args)
    assert code == 1 and err.count("\n") == 1 and "is not" in err


@pytest.mark.parametrize("port", ["99999", "-1", "70000", "http"])
def test_an_impossible_port_is_a_usage_error(capsys: pytest.CaptureFixture[str], port: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["share", "--port", port])
    _, err = capsys.readouterr()
    assert stopped.value.code == 2 and f"argument --port: '{port}' is not a port number (0 to 65535)" in err


def test_trust_reads_only_a_small_plain_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fifo = tmp_path / "key.pub"
    os.mkfifo(fifo)  # nobody writes to it: reading would wait for ever
    for path in ("/dev/zero", str(fifo)):
        code, _, err = run(capsys, "trust", path)
        assert (code, err) == (1, f"tvet-desktop: {path} is not a plain file; nothing was read from it\n")
    big = tmp_path / "big.pub"
    big.write_bytes(b"-----BEGIN PUBLIC KEY-----\n" + b"A" * (1 << 20))
    code, _, err = run(capsys, "trust", str(big))
    assert code == 1 and "is larger than 65536 bytes" in err

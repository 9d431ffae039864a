"""Every command-line path ends with one plain line and exit 0, 1 or 2, never a traceback (issue 16: B10, B11,
R1-4), also for arguments Hypothesis makes up."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from tvet_desktop.launch import main

from ..conftest import ITEMS, write_source

if TYPE_CHECKING:
    from collections.abc import Sequence

NOT_UTF8 = b"caf\xe9".decode("utf-8", "surrogateescape")  # how Python hands over an argument that is not UTF-8
ITEM = ITEMS[0]["id"]


def outcome(capsys: pytest.CaptureFixture[str], argv: Sequence[str], stdin: bytes = b"") -> tuple[int, str, str]:
    """Exit code, stdout and stderr of one in-process run (argparse's usage errors included)."""
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        code = main(list(argv))
    except SystemExit as leaving:
        code = leaving.code if isinstance(leaving.code, int) else 0
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> bool:
    """One line saying what is wrong (after argparse's usage summary, for a usage error)."""
    lines = err.strip().splitlines()
    return "Traceback" not in err and bool(lines) and lines[-1].startswith("tvet-desktop")


@pytest.mark.parametrize(("argv", "stdin", "code", "said"), [
    (["search", "x", "--limit", "99999999999999999999"], b"", 0, ""),
    (["search", "x", "--year-from", "99999999999999999999"], b"", 2, "a year has at most four digits"),
    (["notes", "set", ITEM, "-"], b"a\xff", 1, "not UTF-8 (a byte 0xff at position 1); nothing was saved"),
    (["notes", "new", "T", "-"], b"\xc3", 1, "not UTF-8"),
    (["show", NOT_UTF8], b"", 2, "id: not valid UTF-8 text"),
    (["notes", "set", ITEM, NOT_UTF8], b"", 2, "text: not valid UTF-8 text"),
    (["notes", "new", NOT_UTF8, "x"], b"", 2, "title: not valid UTF-8 text"),
    (["lists", "create", NOT_UTF8], b"", 2, "name: not valid UTF-8 text"),
    (["search", "x", "--country", NOT_UTF8], b"", 2, "country: not valid UTF-8 text"),
    (["lists", "move", "L", ITEM, "²"], b"", 2, "a position is a whole number"),
    (["build-snapshot", "SOURCE", "OUT", "--version", "0"], b"", 2, "a version is a whole number"),
    (["notes", "new", "", "--", "--"], b"", 2, "'--' may be given only once"),
    (["notes", "export", "x\0.zip"], b"", 2, "path: a file name cannot contain a NUL character"),
])
def test_hostile_arguments_get_one_line(capsys: pytest.CaptureFixture[str], snapshot_path: Path, tmp_path: Path,
                                        argv: list[str], stdin: bytes, code: int, said: str) -> None:
    argv = [str(tmp_path) if a in ("SOURCE", "OUT") else a for a in argv]
    result = outcome(capsys, ["--catalog", str(snapshot_path), *argv], stdin)
    assert result[0] == code and said in result[2] and (code == 0 or one_line(result[2])), result


def test_lists_rename_says_what_is_wrong(capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("A", "B"):
        assert outcome(capsys, ["lists", "create", name])[0] == 0
    assert outcome(capsys, ["lists", "rename", "A", "B"])[1:] == ("", "tvet-desktop: There is already a reading list "
                                                                      "called “B”.\n")
    assert outcome(capsys, ["lists", "rename", "A", "   "])[2] == "tvet-desktop: A reading list needs a name.\n"
    assert outcome(capsys, ["lists", "show"])[1] == "A (0 items)\nB (0 items)\n"


def test_a_confirmation_that_cannot_be_printed_still_means_saved(data_dir: Path) -> None:
    env = dict(os.environ, TVET_DESKTOP_DATA_DIR=str(data_dir))
    with open("/dev/full", "w") as full:  # a real device that refuses every write
        done = subprocess.run([sys.executable, "-m", "tvet_desktop", "notes", "new", "Plan", "text"], stdout=full,
                              stderr=subprocess.PIPE, text=True, env=env, timeout=60, check=False)
    assert done.returncode == 0 and "done, but this could not be printed (No space left on device)" in done.stderr
    shown = subprocess.run([sys.executable, "-m", "tvet_desktop", "notes", "list"], capture_output=True, text=True,
                           env=env, timeout=60, check=False)
    assert "Plan" in shown.stdout


def _line(**fields: object) -> str:
    return json.dumps({"id": "x", "kind": "publication", "title": "T", **fields})


@pytest.mark.parametrize(("source", "environment", "said"), [
    ('{"id": "x", "kind": "publication", "title": "T", "year": ' + "9" * 5000 + "}", {},
     "invalid JSON: a number too long to read"),
    ("[" * 100_000 + "]" * 100_000, {}, "invalid JSON: nested too deeply"),
    (_line(date="2024-99-99"), {}, "'date' must be a real day"),
    (_line(date="2023-02-29"), {}, "'date' must be a real day"),
    (_line(), {"SOURCE_DATE_EPOCH": "9" * 30}, "SOURCE_DATE_EPOCH: must be a whole number of seconds"),
    (_line(), {"SOURCE_DATE_EPOCH": "9" * 5000}, "SOURCE_DATE_EPOCH: must be a whole number of seconds"),
    (_line(), {"SOURCE_DATE_EPOCH": "٣"}, "SOURCE_DATE_EPOCH: must be a whole number of seconds"),
])
def test_build_snapshot_refuses_hostile_sources_in_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch, source: str,
                                                            environment: dict[str, str], said: str) -> None:
    (tmp_path / "src.jsonl").write_text(source + "\n")
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    code, _, err = outcome(capsys, ["build-snapshot", str(tmp_path / "src.jsonl"), str(tmp_path / "out.sqlite")])
    assert code == 1 and said in err and one_line(err), err
    assert not (tmp_path / "out.sqlite").exists()


@pytest.mark.parametrize(("out", "said"), [
    ("/proc/x.sqlite", "/proc/x.sqlite: cannot write the snapshot there"),
    ("/proc", "/proc: is a folder: name the snapshot file to write"),
])
def test_build_snapshot_names_an_unwritable_output_plainly(capsys: pytest.CaptureFixture[str], source_dir: Path,
                                                           out: str, said: str) -> None:
    code, _, err = outcome(capsys, ["build-snapshot", str(source_dir), out])
    assert code == 1 and said in err and "damaged" not in err and one_line(err), err


# -- generated arguments -------------------------------------------------------------------------------
def _stays_here(text: str) -> bool:
    """Arguments may name files: only ones inside the test's folder (commands run as root here may write)."""
    return ".." not in text and not text.startswith(("/", "~", "\\"))


HOSTILE_TEXT = st.one_of(
    st.text(max_size=30).filter(_stays_here),
    st.sampled_from(["", "-", "--", "0", "-1", "99999999999999999999", "9" * 5000, NOT_UTF8, "²", "1e9", "nan",
                     "a/b", "x.zip", "SRC", "out.sqlite", "<img src=x>", "\u202eevil", "x" * 5000,
                     ITEM, "welding", "Week 3", "2021", "kind=publication"]),
)
COMMANDS: list[list[str]] = [
    ["search"], ["show"], ["info"], ["build-snapshot"],
    ["notes", "list"], ["notes", "set"], ["notes", "show"], ["notes", "delete"], ["notes", "new"],
    ["notes", "export"], ["notes", "import"], ["notes", "backup"], ["notes", "restore"],
    ["lists", "show"], ["lists", "create"], ["lists", "rename"], ["lists", "delete"], ["lists", "add"],
    ["lists", "remove"], ["lists", "move"], ["lists", "export"],
    ["bookmarks", "show"], ["bookmarks", "add"], ["bookmarks", "remove"],
]
OPTIONS = st.sampled_from(["--json", "--limit", "--year-from", "--year-to", "--kind", "--theme", "--country",
                           "--region", "--language", "--sort", "--version", "--force", "-h", "--catalog"])
# The command's own arguments first (most get past the parser that way), then anything.
ARGUMENTS = st.tuples(st.sampled_from(COMMANDS),
                      st.tuples(st.lists(HOSTILE_TEXT, max_size=3), st.lists(st.one_of(HOSTILE_TEXT, OPTIONS),
                                                                             max_size=3)).map(lambda p: p[0] + p[1]),
                      st.binary(max_size=20))
EXAMPLES = int(os.environ.get("TVET_CLI_EXAMPLES", "150"))  # `make campaign` asks for more


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ARGUMENTS)
# Found by a run: argparse's "unrecognized arguments" quoted a lone surrogate and stderr could not write it.
@example((["lists", "rename"], ["a", "b", "caf\udce9"], b""))
def test_generated_arguments_never_end_in_a_traceback(capsys: pytest.CaptureFixture[str], snapshot_path: Path,
                                                      arguments: tuple[list[str], list[str], bytes]) -> None:
    command, rest, stdin = arguments
    here = Path.cwd()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["TVET_DESKTOP_DATA_DIR"] = folder
        os.chdir(folder)  # relative paths that commands write land here
        try:
            write_source(Path(folder) / "src", ITEMS[:2])
            argv = ["--catalog", str(snapshot_path), *command,
                    *[str(Path(folder) / "src") if a == "SRC" else a for a in rest]]
            code, _, err = outcome(capsys, argv, stdin)
        finally:
            os.chdir(here)
    event(f"exit {code}")  # --hypothesis-show-statistics: how many got as far as running the command
    assert code in (0, 1, 2), (argv, code, err)
    assert "Traceback" not in err and "Error:" not in err, (argv, err)

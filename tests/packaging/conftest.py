"""Helpers for running the real ``tvet-desktop`` command in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

from ..conftest import write_source

if TYPE_CHECKING:
    from pathlib import Path


def tvet_desktop(env: dict[str, str], *args: str, code: str | None = None, cwd: Path | None = None,
                 expect: int = 0) -> subprocess.CompletedProcess[str]:
    """``python -m tvet_desktop ARGS`` (or ``python -c CODE ARGS``), checked for the exit code ``expect``."""
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "tvet_desktop", *args]
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == expect, f"{args}: {done.stdout}{done.stderr}"
    return done


def with_data_dir(folder: Path) -> dict[str, str]:
    return dict(os.environ, TVET_DESKTOP_DATA_DIR=str(folder), QT_QPA_PLATFORM="offscreen")


def signed_bundle(work: Path) -> tuple[Path, Path]:
    """A publisher's key and a catalogue bundle (version 2 of the test items) a colleague exported."""
    write_source(work / "source", version=2)
    keys = work / "keys"
    publisher = with_data_dir(work / "publisher-data")
    tvet_desktop(publisher, "keygen", str(keys))
    tvet_desktop(publisher, "publish", str(work / "source"), str(work / "repo"), "--key",
                 str(keys / "tvet-signing.key"))
    colleague = with_data_dir(work / "colleague-data")
    tvet_desktop(colleague, "trust", str(keys / "tvet-signing.pub"))
    tvet_desktop(colleague, "import", str(work / "repo"))
    tvet_desktop(colleague, "export-snapshot", str(work / "catalogue.tvet.zip"))
    return keys / "tvet-signing.pub", work / "catalogue.tvet.zip"

"""Which installed catalogue versions a running window still has open, so that no update deletes one.

A window holds the version it reads with a "held by" record: a file in ``catalogues/held/`` named after
the version, which the window keeps open and locked. Pruning skips a version while any of its records is
locked (it is deleted by a later prune, once released), and removes the records of holders that died (the
operating system released their locks).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

from ..locks import hold as lock_file
from ..locks import unlock

if TYPE_CHECKING:
    from pathlib import Path

HELD = "held"


class Hold(NamedTuple):
    record: Path
    handle: BinaryIO


def version_stem(path: Path) -> str:
    """``catalog-v12-<hash>``: the name the version's snapshot and manifest files share."""
    return path.name.split(".", 1)[0]


def hold(folder: Path, catalogue: Path) -> Hold | None:
    """Hold ``catalogue`` (a file in ``folder``) until :func:`release`; None for a file elsewhere, such as the
    bundled one, which no update deletes."""
    if catalogue.parent != folder:
        return None
    record = folder / HELD / f"{version_stem(catalogue)}.{os.getpid()}-{secrets.token_hex(4)}"
    handle = lock_file(record)  # a new name: nobody else has it
    return Hold(record, handle) if handle is not None else None


def release(held: Hold) -> None:
    unlock(held.handle)
    with contextlib.suppress(OSError):
        held.record.unlink()


def is_held(folder: Path, stem: str) -> bool:
    """True while a running process holds the version ``stem``; records left by dead holders are removed."""
    found = False
    for record in (folder / HELD).glob(f"{stem}.*"):
        handle = lock_file(record)
        if handle is None:
            found = True
            continue
        unlock(handle)
        with contextlib.suppress(OSError):
            record.unlink()
    return found

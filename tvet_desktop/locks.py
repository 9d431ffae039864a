"""OS file locks that the operating system releases when the process ends, however it ends."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from pathlib import Path


def _try_lock(descriptor: int) -> bool:
    """Take an exclusive lock on an open file without waiting; False when another process holds it."""
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def unlock(handle: BinaryIO) -> None:
    """Give up a lock taken by :func:`hold` at once (closing alone may release it late on Windows)."""
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    handle.close()


def hold(path: Path) -> BinaryIO | None:
    """The open, locked ``path`` (keep it open to keep the lock), or None when someone else holds it. Raises
    OSError when the file can neither be made nor opened (a read-only folder without it)."""
    handle: BinaryIO
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a+b")  # noqa: SIM115  # the caller keeps it open for as long as it needs the lock
    except OSError:
        if not path.is_file():
            raise
        handle = open(path, "rb")  # noqa: SIM115  # a read-only folder: its lock file can still be locked
    if _try_lock(handle.fileno()):
        return handle
    handle.close()
    return None

"""A real small filesystem for tests and campaigns: a tmpfs that can be filled to the last byte, emptied again
and remounted read-only (mounting needs root)."""

from __future__ import annotations

import contextlib
import os
import subprocess
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


class SmallDisk:
    """A tmpfs mounted at ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.filler = root / "filler"

    @classmethod
    def mount(cls, root: Path, size: str) -> SmallDisk:
        """Mount a tmpfs of ``size`` (``1m``) at ``root``; OSError with mount's words when that fails."""
        root.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(root)], capture_output=True,
                              check=False)
        if done.returncode != 0:
            raise OSError(done.stderr.decode(errors="replace").strip() or "mount failed")
        return cls(root)

    def unmount(self) -> None:
        subprocess.run(["umount", "-l", str(self.root)], check=False)

    def fill(self) -> None:
        """Write zeros until the disk refuses another byte."""
        handle = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        try:
            for size in (65536, 4096, 1):
                with contextlib.suppress(OSError):
                    while os.write(handle, b"\0" * size):
                        pass
        finally:
            os.close(handle)
        assert os.statvfs(self.root).f_bavail == 0

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)

    def read_only(self, on: bool = True) -> None:
        subprocess.run(["mount", "-o", f"remount,{'ro' if on else 'rw'}", str(self.root)], check=True)

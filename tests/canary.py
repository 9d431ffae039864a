"""Canary files that tell whether anything opened them: Linux inotify (through ctypes), so a test sees a widget
load a file named in content as it happens, in the same process, without strace.

Used by the rich-text tests (tests/ui/test_plain_text.py) and the rendering campaign.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

IN_OPEN, IN_ACCESS = 0x20, 0x01
IN_NONBLOCK = os.O_NONBLOCK
_EVENT = struct.Struct("iIII")


class Canaries:
    """``count`` canary files in ``folder`` (images would be read from them); :meth:`opened` lists those that
    something opened or read since the last call."""

    def __init__(self, folder: Path, count: int = 1) -> None:
        if not sys.platform.startswith("linux"):
            raise OSError("canaries need Linux inotify")
        self._libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self.fd = self._libc.inotify_init1(IN_NONBLOCK)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        folder.mkdir(parents=True, exist_ok=True)
        self.paths: list[Path] = []
        self._names: dict[int, Path] = {}
        for number in range(count):
            path = folder / f"canary-{number}.png"
            path.write_bytes(b"\x89PNG\r\n\x1a\n")
            watch = self._libc.inotify_add_watch(self.fd, os.fsencode(path), IN_OPEN | IN_ACCESS)
            if watch < 0:
                raise OSError(ctypes.get_errno(), f"cannot watch {path}")
            self._names[watch] = path
            self.paths.append(path)

    def opened(self) -> list[Path]:
        found: list[Path] = []
        while True:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                return sorted(set(found))
            offset = 0
            while offset < len(data):
                watch, _mask, _cookie, length = _EVENT.unpack_from(data, offset)
                found.append(self._names[watch])
                offset += _EVENT.size + length

    def close(self) -> None:
        os.close(self.fd)

"""Hashing and (de)compressing files in fixed-size blocks, so a 1 GB catalogue never sits in memory."""

from __future__ import annotations

import hashlib
import lzma
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .errors import SyncError
from .sentences import Bytes

if TYPE_CHECKING:
    from pathlib import Path

BLOCK = 1 << 20
# Fixed, so the same snapshot always compresses to the same bytes with the same liblzma: a room's share and a
# USB copy recompress the installed snapshot and must give the published file. Preset 1, measured on the
# 10,000-item snapshot (98 MiB; docs/benchmarks.md): ~5x faster than preset 6, which was ~100 s of a 118 s
# publish, for 22% more bytes (29 MiB against 24); preset 0 is faster still but 35% larger.
XZ_PRESET = 1
MEMORY_LIMIT = 256 << 20  # far above what any preset needs (9 MiB at preset 6); a hostile header cannot ask for more


def open_regular(path: Path) -> BinaryIO:
    """Open a plain file for reading. A FIFO, a device such as /dev/zero or a folder is refused: reading one
    could wait for ever or never end. (FileNotFoundError passes through for the caller to explain.)"""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)  # a FIFO must not block open
    descriptor = os.open(path, flags)  # (O_BINARY: Windows would otherwise translate line ends)
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise SyncError("not-plain-file", path=path)
    return os.fdopen(descriptor, "rb")


def read_capped(path: Path, cap: int) -> bytes:
    """A small plain file's bytes; one larger than ``cap`` is refused rather than read whole."""
    with open_regular(path) as handle:
        data = handle.read(cap + 1)
    if len(data) > cap:
        raise SyncError("too-large", path=path, cap=Bytes(cap))
    return data


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(BLOCK):
            digest.update(block)
    return digest.hexdigest()


def compress_file(source: Path, out: Path) -> None:
    compressor = lzma.LZMACompressor(lzma.FORMAT_XZ, preset=XZ_PRESET)
    with open(source, "rb") as reader, open(out, "wb") as writer:
        while block := reader.read(BLOCK):
            writer.write(compressor.compress(block))
        writer.write(compressor.flush())


def decompress_file(source: Path, out: Path, expected_length: int, expected_sha256: str, label: str = "") -> None:
    """Unpack ``source`` to ``out``; more data than announced (a decompression bomb) or a wrong hash is refused.

    ``label`` names the file in messages (the repository's name, not the partial file's)."""
    decompressor = lzma.LZMADecompressor(lzma.FORMAT_XZ, memlimit=MEMORY_LIMIT)
    name = label or source.name
    digest, written = hashlib.sha256(), 0
    try:
        with open(source, "rb") as reader, open(out, "wb") as writer:
            while not decompressor.eof:
                data = reader.read(BLOCK) if decompressor.needs_input else b""
                if decompressor.needs_input and not data:
                    raise SyncError("ends-early", name=name)
                block = decompressor.decompress(data, BLOCK)
                written += len(block)
                if written > expected_length:
                    raise SyncError("unpacks-larger", name=name)
                digest.update(block)
                writer.write(block)
    except lzma.LZMAError as error:
        raise SyncError("not-compressed", name=name, problem=str(error)) from None
    if written != expected_length or digest.hexdigest() != expected_sha256:
        raise SyncError("not-as-signed", name=name)

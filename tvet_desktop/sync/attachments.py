"""Attachments on both sides: where a repository keeps them (``files/<sha256>``) and where this computer keeps
the ones a trainer asked for (``<data>/attachments/<sha256>.<ext>``), with partial downloads beside them.

A file is named by its SHA-256, which the signed snapshot records (docs/sync.md, "Attachments"): a copy counts
as on this computer only once its bytes have that hash, so a tampered, truncated or half-copied file never does.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from typing import TYPE_CHECKING, NamedTuple

from .store import exclusive_lock

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

FILES = "files"  # the repository's folder of attachments
FOLDER = "attachments"  # the data folder's
FILE_NAME = re.compile(r"files/[0-9a-f]{64}")  # the only names with a folder a repository serves
_KEPT = re.compile(r"([0-9a-f]{64})(\.[a-z]+)?")
EXTENSIONS = {"application/pdf": ".pdf", "application/epub+zip": ".epub", "text/html": ".html",
              "text/markdown": ".md", "text/plain": ".txt"}  # so the system viewer knows what it opens


def attachment_name(sha256: str) -> str:
    """The file's name in a repository, an export or a share."""
    return f"{FILES}/{sha256}"


def attachments_in(snapshot: Path) -> dict[str, tuple[str, str]]:
    """Every attachment a snapshot file names: SHA-256 -> (an item carrying it, its file name). Empty for a
    snapshot from before attachments (format 3)."""
    conn = sqlite3.connect(snapshot.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT attachments.sha256, items.id, attachments.filename FROM attachments "
                            "JOIN items ON items.rowid = attachments.item ORDER BY items.id, attachments.position")
        return {sha256: (item_id, filename) for sha256, item_id, filename in rows}
    except sqlite3.OperationalError:  # no such table
        return {}
    finally:
        conn.close()


class KeptFile(NamedTuple):
    sha256: str
    path: Path
    size: int


class AttachmentStore:
    """The attachments kept on this computer. Nothing here opens the notes or the catalogue files."""

    def __init__(self, user_data: Path) -> None:
        self.folder = user_data / FOLDER
        self.downloads = self.folder / "downloads"

    def file_of(self, sha256: str) -> Path | None:
        """The kept copy of this file, or None when it is not on this computer."""
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            return None
        return next((kept.path for kept in self.kept() if kept.sha256 == sha256), None)

    def kept(self) -> list[KeptFile]:
        """Every kept file (verified when it was put here), in name order."""
        found = []
        with contextlib.suppress(FileNotFoundError):
            for entry in sorted(os.scandir(self.folder), key=lambda e: e.name):
                match = _KEPT.fullmatch(entry.name)
                if match and entry.is_file(follow_symlinks=False):
                    found.append(KeptFile(match.group(1), self.folder / entry.name, entry.stat().st_size))
        return found

    def target(self, sha256: str, media_type: str) -> Path:
        return self.folder / f"{sha256}{EXTENSIONS.get(media_type, '')}"

    def part(self, sha256: str) -> Path:
        """Where a download of this file grows (kept across restarts, so the next try resumes)."""
        self.downloads.mkdir(parents=True, exist_ok=True)
        return self.downloads / f"{sha256}.part"

    def partial_bytes(self) -> int:
        with contextlib.suppress(FileNotFoundError):
            return sum(entry.stat().st_size for entry in os.scandir(self.downloads) if entry.is_file())
        return 0

    def discard_part(self, sha256: str) -> None:
        part = self.downloads / f"{sha256}.part"
        for path in (part, part.with_name(part.name + ".json")):  # the file and its resume validator
            path.unlink(missing_ok=True)

    def remove(self, sha256: str) -> int:
        """Delete the kept copy and any partial download of it; returns the bytes freed."""
        freed = 0
        for kept in self.kept():
            if kept.sha256 == sha256:
                kept.path.unlink(missing_ok=True)
                freed += kept.size
        self.discard_part(sha256)
        return freed

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """One download or removal at a time, across processes (the window and a command line)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with exclusive_lock(self.folder / "offline.lock", "documents-running"):
            yield

"""Keep attachments offline: fetch each file through the update transport (HTTP with resume, a folder, a bundle),
check it against the SHA-256 the signed snapshot records, and only then put it where it counts.

A file that is missing from the repository or fails its check is named and skipped (the others still come);
a network that gives up, a full disk or Cancel stop the whole run and keep the partial file for the next one.
"""

from __future__ import annotations

import errno
import os
import shutil
from typing import TYPE_CHECKING, NamedTuple

from .attachments import attachment_name
from .errors import Cancelled, DownloadError, MissingFile, SyncError
from .files import sha256_file
from .sentences import Sentence, Size
from .store import sync_folder

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from ..catalog.records import Attachment
    from .attachments import AttachmentStore
    from .transport import Progress, Repository

MARGIN = 16 << 20  # room left free on the disk after a download


class Skipped(NamedTuple):
    name: str  # the attachment's name as a person reads it
    reason: str
    missing: bool = False  # the repository does not have it (expected of an export: it holds what its laptop kept)


class FetchReport(NamedTuple):
    fetched: tuple[str, ...]  # SHA-256 of the files this run put on this computer
    already: int  # files that were here before
    skipped: tuple[Skipped, ...]  # missing from the repository, or failed their check
    transferred: int  # bytes that crossed the link (less than the sizes when a download resumed)

    @property
    def missing(self) -> int:
        return sum(1 for skipped in self.skipped if skipped.missing)

    @property
    def refused(self) -> tuple[Skipped, ...]:
        """The files that came but failed their check (or could not be read): worth a message each."""
        return tuple(skipped for skipped in self.skipped if not skipped.missing)


def still_to_fetch(store: AttachmentStore, wanted: list[Attachment]) -> tuple[dict[str, Attachment], int]:
    """The files of ``wanted`` not yet on this computer (by SHA-256), and the bytes still to download for them
    (what an unfinished download already holds is not counted again)."""
    kept = {entry.sha256 for entry in store.kept()}
    todo = {a.sha256: a for a in wanted if a.sha256 not in kept}
    needed = 0
    for attachment in todo.values():
        part = store.downloads / f"{attachment.sha256}.part"
        have = part.stat().st_size if part.is_file() else 0
        needed += attachment.size - min(have, attachment.size)
    return todo, needed


def fetch_attachments(store: AttachmentStore, repo: Repository, wanted: list[Attachment], progress: Progress,
                      cancelled: Callable[[], bool] = lambda: False,
                      free_space: Callable[[Path], int] = lambda path: shutil.disk_usage(path).free) -> FetchReport:
    """Fetch every file of ``wanted`` not yet on this computer. ``progress`` gets the bytes of the whole run.
    Several files that cannot all fit on the disk are refused before the first byte is written."""
    with store.lock():
        todo, needed = still_to_fetch(store, wanted)
        if len(todo) > 1 and (free := free_space(store.folder)) < needed + MARGIN:
            raise DiskFull("documents-no-space", count=len(todo), needed=Size(needed + MARGIN), free=Size(free),
                           folder=store.folder)
        already = len({a.sha256 for a in wanted}) - len(todo)
        total = sum(a.size for a in todo.values())
        done, transferred, fetched, skipped = 0, 0, [], []
        for attachment in todo.values():
            def step(have: int, _size: int, before: int = done) -> None:
                progress(before + have, total)

            try:
                transferred += _fetch_one(store, repo, attachment, step, cancelled, free_space)
                fetched.append(attachment.sha256)
            except (Cancelled, DownloadError, DiskFull):
                raise  # the next file would meet the same link, the same disk, the same user
            except MissingFile:
                skipped.append(Skipped(attachment.name, Sentence("document-not-in-source", source=repo.source.kind),
                                       missing=True))
            except SyncError as problem:  # this file only: tampered, truncated, another size than signed
                skipped.append(Skipped(attachment.name, problem.sentence))
            done += attachment.size
            progress(done, total)
    return FetchReport(tuple(fetched), already, tuple(skipped), transferred)


class DiskFull(SyncError):
    """No room for the file: every other file would fail the same way."""


def _fetch_one(store: AttachmentStore, repo: Repository, attachment: Attachment, progress: Progress,
               cancelled: Callable[[], bool], free_space: Callable[[Path], int]) -> int:
    part = store.part(attachment.sha256)
    have = part.stat().st_size if part.exists() else 0
    needed = attachment.size - min(have, attachment.size) + MARGIN
    if (free := free_space(store.folder)) < needed:
        raise DiskFull("document-no-space", name=attachment.name, needed=Size(needed), free=Size(free),
                       folder=store.folder)
    resumed, transferred = have > 0, 0
    try:
        while True:
            transferred += repo.download(attachment_name(attachment.sha256), part, attachment.size, progress,
                                         cancelled)
            if part.stat().st_size == attachment.size and sha256_file(part) == attachment.sha256:
                break
            store.discard_part(attachment.sha256)
            if not resumed:
                raise SyncError("document-tampered")
            resumed = False  # the partial file came from an older copy: fetch it once more, whole
        with open(part, "rb+") as handle:  # on the disk before it counts: a power cut never leaves half a file
            os.fsync(handle.fileno())
        os.replace(part, store.target(attachment.sha256, attachment.media_type))
        sync_folder(store.folder)
        store.discard_part(attachment.sha256)  # the resume validator
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull("document-disk-full") from None
        raise
    return transferred


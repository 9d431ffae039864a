"""Bring the catalogue up to date from a repository: check, pick the smallest download, verify, activate.

Every step before activation works on files in ``downloads/`` and ``staging/``; the active catalogue and
the user's notes are never opened for writing. A failure at any point leaves the active version in use.
"""

from __future__ import annotations

import errno
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..text import QT_TRANSLATE_NOOP
from .checks import Installed, check_manifest, expired, expiry_notice, validate_snapshot
from .delta import apply_delta, snapshot_items
from .errors import Cancelled, DownloadError, SyncError
from .files import decompress_file, sha256_file
from .manifest import (
    DEFAULT_CHANNEL,
    MANIFEST,
    MAX_MANIFEST_BYTES,
    MAX_SIGNATURE_BYTES,
    SIGNATURE,
    FileEntry,
    Manifest,
    format_time,
)
from .sentences import Date, Sentence, Size
from .store import ActiveCatalogue, CatalogueStore, content_hash

if TYPE_CHECKING:
    from pathlib import Path

    from .keys import TrustStore
    from .sources import Source
    from .transport import Progress, Repository

ALREADY_HERE = "already here"  # the method when the version is still on disk
MARGIN = 16 << 20  # room left free on the disk after an update
Stage = Callable[[str], None]  # "Checking", "Downloading", "Verifying", "Installing"


@dataclass(frozen=True)
class SyncResult:
    installed: bool
    version: int
    previous_version: int
    method: str  # "delta", "full", "already here" or "none"
    download_size: int  # bytes of the file chosen for this update
    fetched: int  # bytes actually transferred this time (less when a download resumed)
    origin: str
    message: str
    signed_by: str = ""
    published: str = ""  # the manifest's creation time
    notice: str = ""  # said besides the message: a catalogue carried by hand installed after its update period
    source: str = ""  # where it came from: "server", "room", "usb", "folder" or "file" (the window says it itself)
    item_count: int = 0  # of the version offered

    def to_json(self) -> dict[str, object]:
        return dict(self.__dict__)


class Updater:
    def __init__(self, store: CatalogueStore, trust: TrustStore, channel: str = DEFAULT_CHANNEL,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 free_space: Callable[[Path], int] = lambda path: shutil.disk_usage(path).free) -> None:
        self.store, self.trust, self.channel = store, trust, channel
        self.clock, self.free_space = clock, free_space
        self.server: str | None = None  # remembered once a manifest from it verifies

    def check(self, repo: Repository,
              cancelled: Callable[[], bool] = lambda: False) -> tuple[Manifest, bytes, bytes, str]:
        """The repository's verified manifest (its bytes, signature and signer); remembers what it offers.

        The highest version installed (the rollback floor) is not raised here: only an installed version
        raises it, so a check, or a signed manifest whose files then fail, can never lock updates out."""
        active = self.store.active()
        state = self.store.state()
        data = repo.read_small(MANIFEST, MAX_MANIFEST_BYTES, cancelled)
        signature = repo.read_small(SIGNATURE, MAX_SIGNATURE_BYTES, cancelled)
        now = self.clock()
        manifest, key = check_manifest(data, signature, self.trust,
                                       Installed(active.version, state.highest_seen, self.channel), now, repo.source)
        newer = manifest.catalogue_version > active.version
        self.store.save_state(state._replace(available=manifest.catalogue_version if newer else None,
                                             last_check=format_time(now), server=self.server or state.server))
        return manifest, data, signature, key.keyid

    def update(self, repo: Repository, progress: Progress, cancelled: Callable[[], bool] = lambda: False,
               stage: Stage = lambda name: None) -> SyncResult:
        source = repo.source
        with self.store.lock():
            stage(QT_TRANSLATE_NOOP("sync", "Checking"))
            active = self.store.active()
            manifest, data, signature, signer = self.check(repo, cancelled)
            late = expired(manifest, self.clock())  # allowed only for a catalogue carried by hand
            if manifest.catalogue_version == active.version:
                return SyncResult(False, active.version, active.version, "none", 0, 0, repo.describe(),
                                  self._up_to_date(active.version, manifest, late, source), signer,
                                  manifest.created, source=source.kind, item_count=manifest.item_count)
            self.store.clear_staging()
            self._forget_other_downloads(manifest)
            staged, method, chosen, fetched = self._stage_new_version(repo, active, manifest, progress, cancelled,
                                                                      stage)
            if method != ALREADY_HERE:  # a kept file has the signed bytes (just hashed) and was checked when installed
                validate_snapshot(staged, manifest, self.store.bundled)
            stage(QT_TRANSLATE_NOOP("sync", "Installing"))
            new = self.store.activate(staged, manifest, data, signature, repo.describe(), self.clock())
            state = self.store.state()
            self.store.save_state(state._replace(available=None,
                                                 highest_seen=max(state.highest_seen, new.version)))
            for entry in manifest.files():
                self._discard(entry)
        return SyncResult(True, new.version, active.version, method, chosen.length if chosen else 0, fetched,
                          repo.describe(), f"Installed catalogue v{new.version} ({manifest.item_count} items) "
                          f"{source.from_here}.", signer, manifest.created, expiry_notice(manifest) if late else "",
                          source.kind, manifest.item_count)

    @staticmethod
    def _up_to_date(version: int, manifest: Manifest, late: bool, source: Source) -> Sentence:
        if not source.hand_carried:
            return Sentence("up-to-date", version=version)
        if late:  # an old stick is no news: a newer catalogue may well exist
            return Sentence("same-as-expired", source=source.kind, version=version, expires=Date(manifest.expires))
        return Sentence("same-as", source=source.kind, version=version)

    def _stage_new_version(self, repo: Repository, active: ActiveCatalogue, manifest: Manifest,
                           progress: Progress, cancelled: Callable[[], bool],
                           stage: Stage) -> tuple[Path, str, FileEntry | None, int]:
        """The new version's file, got the cheapest way: (file, method, file fetched, bytes fetched)."""
        kept = self.store.installed_file(manifest)
        if kept is not None:  # still on disk, e.g. the version left by a rollback: nothing to download
            return kept, ALREADY_HERE, None, 0
        staged = self.store.staging_file("catalog.sqlite")
        fetched = 0
        delta = manifest.delta_from(active.version, content_hash(active.path))
        if delta is not None and delta.length < manifest.snapshot.length:
            try:
                fetched += self._fetch(repo, delta, manifest, progress, cancelled, stage)
                stage(QT_TRANSLATE_NOOP("sync", "Verifying"))
                if self._build_from_delta(active, delta, manifest, staged):
                    return staged, "delta", delta, fetched
            except (Cancelled, DownloadError):
                raise
            except SyncError:
                # Missing (an export holds only the full snapshot), damaged or tampered: the full snapshot is
                # checked against the same signed manifest, so it is the safe way on.
                pass
        fetched += self._fetch(repo, manifest.snapshot, manifest, progress, cancelled, stage)
        stage(QT_TRANSLATE_NOOP("sync", "Verifying"))
        self._unpack(manifest.snapshot, staged)
        return staged, "full", manifest.snapshot, fetched

    # -- steps --------------------------------------------------------------------------------------
    def _part(self, entry: FileEntry) -> Path:
        self.store.downloads.mkdir(parents=True, exist_ok=True)
        return self.store.downloads / f"{entry.sha256}.part"

    def _forget_other_downloads(self, manifest: Manifest) -> None:
        """Partial files of files this manifest no longer names (an older publish) can never be resumed."""
        wanted = {self._part(entry).name for entry in manifest.files()}
        for path in self.store.downloads.glob("*.part*"):
            if path.name.removesuffix(".json") not in wanted:
                path.unlink()

    def _discard(self, entry: FileEntry) -> None:
        part = self._part(entry)
        for path in (part, part.with_name(part.name + ".json")):  # the file and its resume validator
            path.unlink(missing_ok=True)

    def _fetch(self, repo: Repository, entry: FileEntry, manifest: Manifest, progress: Progress,
               cancelled: Callable[[], bool], stage: Stage) -> int:
        """Download ``entry`` (resuming a partial file) and check it against the signed hash."""
        part = self._part(entry)
        self._check_space(entry, manifest, part)
        stage(QT_TRANSLATE_NOOP("sync", "Downloading"))
        resumed = part.exists() and part.stat().st_size > 0
        fetched = 0
        try:
            while True:
                fetched += repo.download(entry.name, part, entry.length, progress, cancelled)
                if not repo.exact_bytes or sha256_file(part) == entry.sha256:
                    return fetched
                self._discard(entry)
                if not resumed:
                    raise SyncError("tampered", name=entry.name)
                resumed = False  # the partial file came from an older copy of this file: fetch it once more, whole
        except OSError as error:
            if error.errno == errno.ENOSPC:
                raise SyncError("disk-full") from None
            raise

    def _check_space(self, entry: FileEntry, manifest: Manifest, part: Path) -> None:
        have = part.stat().st_size if part.exists() else 0
        rebuild = manifest.snapshot.uncompressed_length if entry.from_version is not None else 0  # temporary source
        needed = (entry.length - have + manifest.snapshot.uncompressed_length + entry.uncompressed_length + rebuild
                  + MARGIN)
        free = self.free_space(self.store.folder)
        if free < needed:
            raise SyncError("no-space", needed=Size(needed), free=Size(free), folder=self.store.folder)

    def _unpack(self, entry: FileEntry, out: Path) -> None:
        """Unpack a fetched file; one that does not match is deleted, so the next try fetches it anew."""
        try:
            decompress_file(self._part(entry), out, entry.uncompressed_length, entry.uncompressed_sha256, entry.name)
        except SyncError:
            self._discard(entry)
            raise

    def _build_from_delta(self, active: ActiveCatalogue, delta: FileEntry, manifest: Manifest, staged: Path) -> bool:
        """Rebuild the new snapshot from the installed one plus the delta; True when it is byte-identical."""
        unpacked = self.store.staging_file("delta.jsonl")
        self._unpack(delta, unpacked)
        apply_delta(snapshot_items(active.path), unpacked.read_bytes(), staged)
        unpacked.unlink()
        if sha256_file(staged) == manifest.snapshot.uncompressed_sha256:
            return True
        staged.unlink()  # e.g. a different SQLite version builds other bytes: take the full snapshot instead
        return False

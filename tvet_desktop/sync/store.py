"""Installed catalogue versions in the user data folder, and the one small pointer that says which is active.

Layout under ``<data>/catalogues``: one file per version (``catalog-v12-<hash>.sqlite``, never written
after it is installed, never renamed while open) with the signed manifest it was installed from, the
pointer ``active.json`` (replaced atomically, so a crash leaves the old or the new one, never half),
``sync-state.json`` (the highest version ever seen, for rollback protection), ``downloads/`` for
resumable partial files and ``staging/`` for files being checked.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from ..catalog.records import SNAPSHOT_FORMAT
from ..locks import hold, unlock
from ..text import QT_TRANSLATE_NOOP
from .errors import SyncError
from .sentences import Sentence

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from .manifest import Manifest

FOLDER = "catalogues"
POINTER = "active.json"
STATE = "sync-state.json"
# Where a version came from is its address or folder, or one of these (the window translates them).
BUNDLED_ORIGIN = QT_TRANSLATE_NOOP("sync", "bundled with the app")
FOUND_ORIGIN = QT_TRANSLATE_NOOP("sync", "an earlier update")  # a version found on disk when the pointer was damaged
INSTALLED_NAME = re.compile(r"catalog-v\d+-[0-9a-f]{12}\.sqlite")  # see _stem: nothing outside the folder


class Installation(NamedTuple):
    file: str
    version: int
    origin: str  # the server address or folder it came from
    installed: str
    length: int
    published: str = ""  # the manifest's creation time (pointers from before it was recorded lack it)


class ActiveCatalogue(NamedTuple):
    path: Path
    version: int
    origin: str
    installed: str | None = None
    problem: str | None = None  # why a newer installed version is not the one in use, or what was repaired
    published: str | None = None

    @property
    def bundled(self) -> bool:
        return self.origin == BUNDLED_ORIGIN


Pointer = tuple[Installation | None, Installation | None]  # the current and the previous installation


class SyncState(NamedTuple):
    highest_seen: int = 0  # the highest version ever installed: never go below it (the name is kept for old files)
    server: str | None = None
    available: int | None = None  # a newer version a check found but which is not installed
    last_check: str | None = None


_STATE_TYPES: dict[str, type] = {"highest_seen": int, "server": str, "available": int, "last_check": str}


def snapshot_meta(path: Path) -> dict[str, str]:
    """The ``snapshot`` table of a catalogue file (empty when it cannot be read)."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            return dict(conn.execute("SELECT key, value FROM snapshot").fetchall())
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return {}


def snapshot_version(path: Path) -> int | None:
    """The catalogue version recorded inside a snapshot file, or None when it cannot be read."""
    meta = snapshot_meta(path)
    try:
        return int(meta["catalogue_version"]) if int(meta["format_version"]) == SNAPSHOT_FORMAT else None
    except (KeyError, ValueError):
        return None


def content_hash(path: Path) -> str:
    return snapshot_meta(path).get("content_hash", "")


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` so that a crash at any moment leaves either the old or the new content."""
    for stale in path.parent.glob(f".{path.name}.*.new"):  # left by a process killed mid-write
        with contextlib.suppress(OSError):
            stale.unlink()
    staging = path.with_name(f".{path.name}.{os.getpid()}.new")
    with open(staging, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(staging, path)
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    if sys.platform != "win32":  # a rename is durable once its folder is synced (not possible on Windows)
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


class CatalogueStore:
    def __init__(self, user_data: Path, bundled: Path) -> None:
        self.folder = user_data / FOLDER
        self.downloads = self.folder / "downloads"
        self.staging = self.folder / "staging"
        self.bundled = bundled
        self._bundled_version: int | None = None
        self._repaired: str | None = None  # what this process repaired, to say once

    @property
    def bundled_version(self) -> int:
        if self._bundled_version is None:
            self._bundled_version = snapshot_version(self.bundled) or 0
        return self._bundled_version

    # -- reading ------------------------------------------------------------------------------------
    def pointer(self) -> Pointer:
        """The current and previous installations the pointer names (None, None when there is none); when the
        pointer is damaged, the installed versions found on disk instead."""
        stored = self._read_pointer()
        return stored if stored is not None else self._found_on_disk()

    def _read_pointer(self) -> Pointer | None:
        """What ``active.json`` says; None when it is damaged (not JSON, wrong types, a name outside the folder)."""
        try:
            raw = json.loads((self.folder / POINTER).read_bytes())
        except FileNotFoundError:
            return None, None
        except (OSError, ValueError, RecursionError):
            return None
        try:
            return _installation(raw.get("current")), _installation(raw.get("previous"))
        except (AttributeError, KeyError, TypeError, ValueError):
            return None

    def _found_on_disk(self) -> Pointer:
        """The two newest installed versions whose file still has the bytes of the manifest stored beside it."""
        from .files import sha256_file
        from .manifest import parse_manifest

        found = []
        for path in self.folder.glob("catalog-v*.sqlite"):
            try:
                manifest = parse_manifest(path.with_name(path.name.removesuffix(".sqlite") + ".manifest.json")
                                          .read_bytes())
                if (path.name == f"{_stem(manifest)}.sqlite" and manifest.catalogue_version > self.bundled_version
                        and sha256_file(path) == manifest.snapshot.uncompressed_sha256):
                    found.append(Installation(path.name, manifest.catalogue_version, FOUND_ORIGIN, "",
                                              path.stat().st_size, manifest.created))
            except (OSError, SyncError):
                continue
        found.sort(key=lambda installation: installation.version, reverse=True)
        newest: list[Installation | None] = [*found, None, None]
        return newest[0], newest[1]

    def active(self) -> ActiveCatalogue:
        """The catalogue to open: the installed version if it is intact, else the previous, else the bundled one.

        A damaged pointer, or one naming a damaged file, is repaired (under the update lock, which repairs
        whenever it is taken), so the problem is reported by this process and not again at every start."""
        chosen, repair = self._choose()
        if repair is not None:
            with contextlib.suppress(SyncError, OSError), self.lock():  # busy or read-only: said again next time
                pass
        return chosen

    def _choose(self) -> tuple[ActiveCatalogue, Pointer | None]:
        """The catalogue to open, and the pointer to write when the stored one is damaged or names a damaged file."""
        stored = self._read_pointer()
        problem = None if stored is not None else Sentence("pointer-rebuilt")
        current, previous = stored if stored is not None else self._found_on_disk()
        for installation in (current, previous) if current is not None else ():
            if installation is None:
                continue
            path = self.folder / installation.file
            if installation.version <= self.bundled_version:
                break  # the app itself now ships this version or a newer one
            if self._intact(path, installation):
                repair = (installation, previous if installation is current else None) if problem else None
                return ActiveCatalogue(path, installation.version, installation.origin, installation.installed,
                                       problem or self._repaired, installation.published or None), repair
            problem = problem or Sentence("version-damaged", version=installation.version)
        active = ActiveCatalogue(self.bundled, self.bundled_version, BUNDLED_ORIGIN, None, problem or self._repaired)
        return active, (None, None) if problem else None

    def _repair(self) -> None:
        """Rewrite a damaged pointer (the caller holds the update lock); a read-only folder keeps the damage."""
        chosen, repair = self._choose()
        if repair is not None:
            with contextlib.suppress(OSError):
                self._write_pointer(*repair)
                self._repaired = chosen.problem  # said for as long as this process runs, and not again after

    @staticmethod
    def _intact(path: Path, installation: Installation) -> bool:
        """Cheap checks for start-up (the full check ran before it was installed and the file is never written)."""
        try:
            size = path.stat().st_size
        except OSError:
            return False
        return size == installation.length and snapshot_version(path) == installation.version

    def installed_file(self, manifest: Manifest) -> Path | None:
        """The file of the version ``manifest`` describes, if it is still installed and unchanged."""
        path = self.folder / f"{_stem(manifest)}.sqlite"
        return path if _same_file(path, manifest.snapshot.uncompressed_sha256) else None

    def manifest_files(self, active: ActiveCatalogue) -> tuple[Path, Path]:
        stem = active.path.name.removesuffix(".sqlite")
        return self.folder / f"{stem}.manifest.json", self.folder / f"{stem}.manifest.json.sig"

    def state(self) -> SyncState:
        """What earlier syncs remembered; a value of the wrong type is forgotten (and the file rewritten clean
        by the next check or update)."""
        try:
            raw = json.loads((self.folder / STATE).read_bytes())
        except (OSError, ValueError, RecursionError):
            return SyncState()
        if not isinstance(raw, dict):
            return SyncState()
        return SyncState(**{key: value for key, value in raw.items()
                            if key in _STATE_TYPES and _typed(value, _STATE_TYPES[key])})

    # -- writing ------------------------------------------------------------------------------------
    def save_state(self, state: SyncState) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomically(self.folder / STATE, json.dumps(state._asdict(), indent=1).encode())

    def staging_file(self, name: str) -> Path:
        self.staging.mkdir(parents=True, exist_ok=True)
        return self.staging / name

    def clear_staging(self) -> None:
        if self.staging.is_dir():
            for path in self.staging.iterdir():
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)  # e.g. a rebuild's source, left by a killed sync
                else:
                    path.unlink()

    def activate(self, staged: Path, manifest: Manifest, manifest_bytes: bytes, signature: bytes,
                 origin: str, now: datetime | None = None) -> ActiveCatalogue:
        """Install a checked snapshot: move it into place, then switch the pointer in one atomic step.

        ``staged`` may be the installed file itself (a version still on disk after a rollback): it stays."""
        stem = _stem(manifest)
        target = self.folder / f"{stem}.sqlite"
        write_atomically(self.folder / f"{stem}.manifest.json", manifest_bytes)
        write_atomically(self.folder / f"{stem}.manifest.json.sig", signature)
        if staged != target:
            with open(staged, "r+b") as handle:  # writable: Windows cannot flush a read-only handle
                os.fsync(handle.fileno())
            if _same_file(target, manifest.snapshot.uncompressed_sha256):
                staged.unlink()  # the same bytes are already there, perhaps open: never rename over them
            else:
                os.replace(staged, target)
        sync_folder(self.folder)
        from .manifest import format_time  # manifests are read only when installing; not at the window's start

        current, _ = self.pointer()
        installed = format_time(now or datetime.now(UTC))
        new = Installation(target.name, manifest.catalogue_version, origin, installed, target.stat().st_size,
                           manifest.created)
        previous = current if current is not None and current.file != new.file else None
        self._write_pointer(new, previous)
        self._prune()
        return self.active()

    def rollback(self) -> ActiveCatalogue:
        """Switch to the version used before (the bundled one if none); the version left becomes 'previous',
        so a second rollback undoes the first."""
        with self.lock():
            current, previous = self.pointer()
            if current is None and previous is None:
                raise SyncError("nothing-to-roll-back")
            self._write_pointer(previous, current)
        return self.active()

    def _write_pointer(self, current: Installation | None, previous: Installation | None) -> None:
        data = {"current": current._asdict() if current else None, "previous": previous._asdict() if previous else None}
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomically(self.folder / POINTER, json.dumps(data, indent=1).encode())
        self._repaired = None  # a pointer written anew has nothing repaired to tell

    def _prune(self) -> None:
        """Delete versions the pointer no longer names (the current one and one to roll back to are kept), unless
        a running window still has one open (see :mod:`.holds`): that one goes at a later prune."""
        from .holds import is_held, version_stem

        keep = {i.file.removesuffix(".sqlite") for i in self.pointer() if i is not None}
        for stem in {version_stem(path) for path in self.folder.glob("catalog-v*")} - keep:
            if is_held(self.folder, stem):
                continue
            for path in self.folder.glob(f"{stem}.*"):
                with contextlib.suppress(OSError):  # e.g. still open by a running window on Windows
                    path.unlink()
        for path in self.folder.glob(".catalog-v*.new"):  # a manifest copy half-written by a killed install
            with contextlib.suppress(OSError):  # (only installs write these, and they hold the update lock)
                path.unlink()

    def prune(self) -> None:
        """Delete versions no longer in use now, unless an update is running (it prunes when it ends)."""
        with contextlib.suppress(SyncError, OSError), self.lock():
            self._prune()

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """One sync, import or rollback at a time, across processes."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with exclusive_lock(self.folder / "sync.lock", "update-running"):
            self._repair()  # every update and rollback starts from a sound pointer
            yield


@contextlib.contextmanager
def exclusive_lock(path: Path, busy: str, **values: object) -> Iterator[None]:
    """Hold an OS lock on ``path`` (released even when the process is killed), or raise the sentence ``busy``."""
    handle = hold(path)
    if handle is None:
        raise SyncError(busy, **values)
    try:
        yield
    finally:
        unlock(handle)


def _stem(manifest: Manifest) -> str:
    return f"catalog-v{manifest.catalogue_version}-{manifest.snapshot.uncompressed_sha256[:12]}"


def _same_file(path: Path, sha256: str) -> bool:
    from .files import sha256_file

    return path.is_file() and sha256_file(path) == sha256


def _installation(raw: Any) -> Installation | None:
    """One entry of the pointer, every field checked: a wrong type or a foreign file name raises ValueError."""
    if raw is None:
        return None
    fields = {key: raw[key] for key in Installation._fields if key in raw or key not in Installation._field_defaults}
    installation = Installation(**fields)
    for key, value in installation._asdict().items():
        if not _typed(value, int if key in ("version", "length") else str):
            raise ValueError(f"the pointer's {key} is not valid")
    if not INSTALLED_NAME.fullmatch(installation.file):
        raise ValueError("the pointer names a file that is not an installed catalogue")
    return installation


def _typed(value: Any, kind: type) -> bool:
    """``value`` is a ``kind`` (a bool is not an int here, and no count or version is negative)."""
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool) and value >= 0
    return isinstance(value, kind)

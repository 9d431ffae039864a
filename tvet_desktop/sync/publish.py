"""The publisher's side: build a version, compress it, write deltas from the versions the repository holds,
and sign a new manifest. A repository is a folder of plain static files."""

from __future__ import annotations

import lzma
import os
import re
import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..catalog.build import build_snapshot
from ..catalog.records import SNAPSHOT_FORMAT, Item
from .attachments import FILES, attachment_name, attachments_in
from .delta import make_delta, snapshot_items
from .errors import SyncError
from .files import compress_file, sha256_file
from .keys import load_private_key, sign
from .manifest import DEFAULT_CHANNEL, MANIFEST, SIGNATURE, FileEntry, Manifest, format_time, signature_bytes
from .store import exclusive_lock, snapshot_meta, snapshot_version, write_atomically

if TYPE_CHECKING:
    from collections.abc import Callable

KEEP_VERSIONS = 5  # deltas are offered from this many earlier versions; older snapshots are removed
DEFAULT_EXPIRY_DAYS = 90
SNAPSHOT_NAME = re.compile(r"catalog-v(\d+)\.sqlite\.xz")


def snapshot_name(version: int) -> str:
    return f"catalog-v{version}.sqlite.xz"


def held_versions(repo: Path) -> list[int]:
    return sorted(int(m.group(1)) for p in repo.glob("catalog-v*.sqlite.xz") if (m := SNAPSHOT_NAME.fullmatch(p.name)))


def publish(source: Path, repo: Path, key_file: Path, bundled: Path, version: int | None = None,
            channel: str = DEFAULT_CHANNEL, expiry_days: int = DEFAULT_EXPIRY_DAYS,
            clock: Callable[[], datetime] = lambda: datetime.now(UTC), min_app_version: str | None = None) -> Manifest:
    """Add a version to ``repo``. Every file is written under a temporary name and renamed into place, so a
    publish killed at any moment leaves the repository as it was, or complete."""
    private = load_private_key(key_file)  # a wrong key fails before any work
    repo.mkdir(parents=True, exist_ok=True)
    with exclusive_lock(repo / ".publish.lock", "publish-running", repo=repo):
        held = held_versions(repo) or _seed_with_bundled(repo, bundled)
        newest = max(held, default=0)
        version = version if version is not None else newest + 1
        if version <= newest:
            raise SyncError("version-not-above", version=version, newest=newest, repo=repo)
        with tempfile.TemporaryDirectory(prefix="tvet-publish-") as folder:
            snapshot, meta, deltas, attached = _write_files(source, repo, Path(folder), version,
                                                            held[-KEEP_VERSIONS:])
        now = clock()
        manifest = Manifest(channel=channel, catalogue_version=version, created=format_time(now),
                            expires=format_time(now + timedelta(days=expiry_days)),
                            min_app_version=min_app_version or __version__,
                            schema_version=SNAPSHOT_FORMAT, item_count=int(meta["item_count"]),
                            content_hash=meta["content_hash"], snapshot=snapshot, deltas=tuple(deltas))
        data = manifest.to_bytes()
        # Signature first, then manifest: a client in between sees a mismatch, says so, and the next try works.
        write_atomically(repo / SIGNATURE, signature_bytes([sign(private, data)]))
        write_atomically(repo / MANIFEST, data)
        _prune(repo, keep=set(held[-KEEP_VERSIONS:]) | {version}, manifest=manifest)
        _prune_attachments(repo, keep=attached)
    return manifest


def _write_files(source: Path, repo: Path, work: Path, version: int,
                 bases: list[int]) -> tuple[FileEntry, dict[str, str], list[FileEntry], set[str]]:
    """Build version ``version``, write its attachments, its compressed snapshot and a delta from each of
    ``bases``; the last value is every attachment (SHA-256) the versions on offer name."""
    built = work / "catalog.sqlite"
    files: dict[str, Path] = {}
    build_snapshot(source, built, version=version, files=files)
    attached = _copy_attachments(repo, built, files)
    new_items = snapshot_items(built)
    meta = snapshot_meta(built)
    snapshot = _entry(_compress_into(repo, built, snapshot_name(version)), built)
    header = {"to_version": version, "created": meta["created"], "to_content_hash": meta["content_hash"]}
    deltas = [_write_delta(repo, work, old, new_items, header) for old in bases]
    for old in bases:  # (unpacked by _write_delta) a client still on one of them can fetch its files
        attached |= set(attachments_in(work / f"v{old}.sqlite"))
    return snapshot, meta, deltas, attached


def _copy_attachments(repo: Path, built: Path, files: dict[str, Path]) -> set[str]:
    """Put every attachment the new version names into ``repo/files/<sha256>`` (content-addressed: a file
    already there is not copied again). One given only by its hash must be there from an earlier publish."""
    folder = repo / FILES
    folder.mkdir(exist_ok=True)
    named = attachments_in(built)
    for sha256, (item_id, filename) in named.items():
        target = repo / attachment_name(sha256)
        if target.is_file() and target.stat().st_size == files.get(sha256, target).stat().st_size:
            continue
        if sha256 not in files:
            raise SyncError("attachment-not-found", item=item_id, filename=filename, folder=folder)
        staging = folder / f".{sha256}.partial"
        shutil.copyfile(files[sha256], staging)
        if sha256_file(staging) != sha256:
            staging.unlink()
            raise SyncError("attachment-changed", item=item_id, path=files[sha256])
        os.replace(staging, target)
    return set(named)


def _prune_attachments(repo: Path, keep: set[str]) -> None:
    """Files no version on offer names any more, and leftovers of a killed publish."""
    for path in (repo / FILES).iterdir():
        if path.name not in keep:
            path.unlink()


def _compress_into(repo: Path, source: Path, name: str) -> Path:
    staging = repo / f".{name}.partial"
    compress_file(source, staging)
    os.replace(staging, repo / name)
    return repo / name


def _seed_with_bundled(repo: Path, bundled: Path) -> list[int]:
    """A new repository starts from the app's bundled catalogue, so first updates can be deltas from it."""
    bundled_version = snapshot_version(bundled)
    if not bundled_version:
        return []
    _compress_into(repo, bundled, snapshot_name(bundled_version))
    return [bundled_version]


def _entry(compressed: Path, uncompressed: Path, from_version: int | None = None,
           from_content_hash: str | None = None) -> FileEntry:
    return FileEntry(name=compressed.name, length=compressed.stat().st_size, sha256=sha256_file(compressed),
                     uncompressed_length=uncompressed.stat().st_size, uncompressed_sha256=sha256_file(uncompressed),
                     from_version=from_version, from_content_hash=from_content_hash)


def _write_delta(repo: Path, work: Path, old_version: int, new_items: dict[str, Item],
                 header: dict[str, object]) -> FileEntry:
    old_snapshot = work / f"v{old_version}.sqlite"
    _unpack_unchecked(repo / snapshot_name(old_version), old_snapshot)
    old_hash = snapshot_meta(old_snapshot).get("content_hash")
    if old_hash is None:
        raise SyncError("not-a-snapshot", path=repo / snapshot_name(old_version), repo=repo)
    delta = work / f"delta-v{old_version}-v{header['to_version']}.jsonl"
    header = {**header, "from_version": old_version, "from_content_hash": old_hash}
    delta.write_bytes(make_delta(snapshot_items(old_snapshot), new_items, header))
    return _entry(_compress_into(repo, delta, delta.name + ".xz"), delta, old_version, old_hash)


def _unpack_unchecked(source: Path, out: Path) -> None:
    """The publisher's own earlier files, trusted as they are (they were written by this command)."""
    try:
        with lzma.open(source) as reader, open(out, "wb") as writer:
            shutil.copyfileobj(reader, writer, 1 << 20)
    except (lzma.LZMAError, EOFError) as error:
        raise SyncError("published-damaged", path=source, problem=str(error)) from None


def _prune(repo: Path, keep: set[int], manifest: Manifest) -> None:
    named = {entry.name for entry in manifest.files()} | {snapshot_name(v) for v in keep}
    for path in repo.iterdir():
        leftover = path.name.startswith(".") and path.name.endswith(".partial")  # from a killed publish
        if leftover or (path.name.startswith(("catalog-v", "delta-v")) and path.name not in named):
            path.unlink()

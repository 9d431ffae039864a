"""Catalogue updates without a network: export the active version to a folder or one bundle file
(a ZIP of the signed manifest, its signature and the compressed snapshot), and read such exports back."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import zipfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from .attachments import FILES, AttachmentStore, attachment_name, attachments_in
from .errors import MissingFile, SyncError
from .files import compress_file
from .manifest import MANIFEST, SIGNATURE, Manifest, parse_manifest
from .sentences import Bytes
from .sources import local_source
from .store import CatalogueStore
from .transport import FolderRepository, Progress, Repository, copy_local, local_cap

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from .store import CatalogueStore


class BundleRepository:
    """A bundle file read in place: members are streamed by name, never extracted to paths they choose."""

    exact_bytes = False

    def __init__(self, bundle: Path) -> None:
        self.bundle = bundle
        self.source = local_source(bundle)

    def describe(self) -> str:
        return str(self.bundle)

    def _member(self, archive: zipfile.ZipFile, name: str) -> zipfile.ZipInfo:
        try:
            return archive.getinfo(name)
        except KeyError:
            raise MissingFile("bundle-lacks", bundle=self.bundle, name=name) from None

    def read_small(self, name: str, cap: int, cancelled: Callable[[], bool] = lambda: False) -> bytes:
        with self._damage_explained(), zipfile.ZipFile(self.bundle) as archive, \
                archive.open(self._member(archive, name)) as member:
            data = member.read(cap + 1)
        if len(data) > cap:
            raise SyncError("bundle-member-too-large", name=name, bundle=self.bundle, cap=Bytes(cap))
        return data

    def download(self, name: str, dest: Path, length: int, progress: Progress,
                 cancelled: Callable[[], bool]) -> int:
        with self._damage_explained(), zipfile.ZipFile(self.bundle) as archive:
            info = self._member(archive, name)
            if info.file_size > local_cap(length):
                raise SyncError("bundle-member-far-larger", name=name, bundle=self.bundle)
            with archive.open(info) as member:
                return copy_local(member, dest, info.file_size, f"{name} in {self.bundle}", progress, cancelled)

    @contextlib.contextmanager
    def _damage_explained(self) -> Iterator[None]:
        try:
            yield
        except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError) as error:
            raise SyncError("bundle-damaged", bundle=self.bundle, problem=str(error)) from None


def open_export(path: Path) -> Repository:
    if path.is_dir():
        return FolderRepository(path)
    if path.is_file() and zipfile.is_zipfile(path):
        return BundleRepository(path)
    raise SyncError("not-export", path=path)


def export_active(store: CatalogueStore, target: Path, attachments: AttachmentStore | None = None,
                  link: bool = False) -> Manifest:
    """Write the active version with its signed manifest: a folder, or one ``.zip`` bundle file; returns the
    manifest. (It may be imported after the manifest's expiry: docs/sync.md, "Catalogues carried by hand".)
    With ``attachments``, the files this computer keeps that the catalogue names go too (``files/<sha256>``;
    ``link``: hard-linked where the disk allows, for a share's temporary folder)."""
    active = store.active()
    if active.bundled:
        raise SyncError("export-bundled")
    manifest_path, signature_path = store.manifest_files(active)
    data, signature = manifest_path.read_bytes(), signature_path.read_bytes()
    manifest = parse_manifest(data)
    name = manifest.snapshot.name
    with tempfile.TemporaryDirectory(prefix="tvet-export-") as folder:
        staged = Path(folder)
        compress_file(active.path, staged / name)
        (staged / MANIFEST).write_bytes(data)
        (staged / SIGNATURE).write_bytes(signature)
        files = _kept_files(attachments, active.path)
        if target.suffix.lower() == ".zip":
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f".{target.name}.partial")
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as archive:  # the snapshot and PDFs are compressed
                for member in (MANIFEST, SIGNATURE, name):
                    archive.write(staged / member, member)
                for member, path in files.items():
                    archive.write(path, member)
            partial.replace(target)
        else:
            target.mkdir(parents=True, exist_ok=True)
            if files:
                (target / FILES).mkdir(exist_ok=True)
            for member, path in files.items():
                _place(path, target / member, link)
            for member in (name, SIGNATURE, MANIFEST):  # the manifest last: a half-copied folder has none
                shutil.copyfile(staged / member, target / member)
    return manifest


def _kept_files(attachments: AttachmentStore | None, snapshot: Path) -> dict[str, Path]:
    """Export member name -> kept file, for the files this computer has that the catalogue names."""
    if attachments is None:
        return {}
    named = attachments_in(snapshot)
    return {attachment_name(kept.sha256): kept.path for kept in attachments.kept() if kept.sha256 in named}


def _place(source: Path, target: Path, link: bool) -> None:
    if link:
        target.unlink(missing_ok=True)
        try:
            os.link(source, target)
            return
        except OSError:
            pass  # another disk, or a file system without hard links: copy
    shutil.copyfile(source, target)

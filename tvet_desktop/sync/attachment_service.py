"""What the window and the command line ask about attachments: which an item has and whether each is on this
computer, keeping them offline (from the update server, a computer in the room, or an export), removing them,
and what the storage holds. Qt-free; long calls (fetch, import) run off the GUI thread."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING, Any, NamedTuple

from .attachments import AttachmentStore, KeptFile
from .errors import SyncError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from pathlib import Path

    from ..catalog.records import Attachment, Item
    from ..catalog.snapshot import Catalog
    from .offline import FetchReport
    from .service import UpdateService
    from .transport import Progress, Repository


class AttachmentInfo(NamedTuple):
    item_id: str
    attachment: Attachment
    path: Path | None  # the kept copy, None when the file is not on this computer

    @property
    def offline(self) -> bool:
        return self.path is not None

    def to_json(self) -> dict[str, Any]:
        entry = self.attachment
        return {"name": entry.name, "filename": entry.filename, "media_type": entry.media_type, "size": entry.size,
                "sha256": entry.sha256, "pages": entry.pages, "language": entry.language or None,
                "licence": entry.licence or None, "offline": self.offline}


class StoredFile(NamedTuple):
    kept: KeptFile
    names: tuple[str, ...]  # "item-id: attachment name" for each item of the catalogue in use that carries it
    titles: tuple[str, ...] = ()  # the same as "Item title: attachment name", for the window


class Storage(NamedTuple):
    files: tuple[StoredFile, ...]
    kept_bytes: int
    partial_bytes: int  # unfinished downloads, resumed next time
    free_bytes: int

    def to_json(self) -> dict[str, Any]:
        return {"files": [{"sha256": f.kept.sha256, "size": f.kept.size, "path": str(f.kept.path),
                           "items": list(f.names)} for f in self.files],
                "kept_bytes": self.kept_bytes, "partial_bytes": self.partial_bytes, "free_bytes": self.free_bytes}


class OfflinePlan(NamedTuple):
    """What keeping some documents offline would take, told before it starts."""

    files: int  # the documents asked for (a file several items carry, once)
    missing: int  # of them, not yet on this computer
    total_bytes: int  # the size of them all
    needed_bytes: int  # still to download (an unfinished download counts what it already holds)
    free_bytes: int  # free on the disk of the data folder

    @property
    def fits(self) -> bool:
        """There is room for the rest, with the margin every download leaves free."""
        from .offline import MARGIN

        return not self.missing or self.needed_bytes + MARGIN <= self.free_bytes


class AttachmentService:
    def __init__(self, updates: UpdateService,
                 free_space: Callable[[Path], int] = lambda path: shutil.disk_usage(path).free) -> None:
        self.updates, self.free_space = updates, free_space
        self.store = AttachmentStore(updates.user_data)

    def file_of(self, item_id: str, sha256: str) -> Path | None:
        """The file to open for this attachment of ``item_id``, or None when it is not on this computer. (Files
        are kept by content, so an item id is not needed to find one; the reader names the item it shows.)"""
        return self.store.file_of(sha256)

    def of_item(self, item: Item) -> list[AttachmentInfo]:
        return [AttachmentInfo(item.id, entry, self.store.file_of(entry.sha256)) for entry in item.attachments]

    def wanted(self, catalog: Catalog, item_ids: Iterable[str] | None) -> list[Attachment]:
        """The attachments of these items (None: of the whole catalogue); an unknown id is one clear error."""
        if item_ids is None:
            return list(catalog.all_attachments().values())
        ids = list(dict.fromkeys(item_ids))
        items = catalog.items(ids)
        unknown = [item_id for item_id in ids if item_id not in items]
        if unknown:
            raise SyncError("no-items", item=unknown[0], count=len(unknown) - 1) if len(unknown) > 1 else \
                SyncError("no-item", item=unknown[0])
        return [entry for item_id in ids for entry in items[item_id].attachments]

    def wanted_among(self, catalog: Catalog, item_ids: Iterable[str]) -> list[Attachment]:
        """The attachments of those of ``item_ids`` the catalogue has (a reading list may also name the user's own
        documents and items a later catalogue removed: they have none here)."""
        ids = list(item_ids)
        present = catalog.present(ids)
        return self.wanted(catalog, [item_id for item_id in ids if item_id in present])

    def plan(self, wanted: list[Attachment]) -> OfflinePlan:
        """Sizes and free space for keeping ``wanted`` offline (reads the folder: off the GUI thread)."""
        from .offline import still_to_fetch

        unique = {entry.sha256: entry for entry in wanted}
        todo, needed = still_to_fetch(self.store, list(unique.values()))
        self.store.folder.mkdir(parents=True, exist_ok=True)
        return OfflinePlan(len(unique), len(todo), sum(entry.size for entry in unique.values()), needed,
                           self.free_space(self.store.folder))

    def keep_offline(self, wanted: list[Attachment], repo: Repository, progress: Progress,
                     cancelled: Callable[[], bool] = lambda: False) -> FetchReport:
        from .offline import fetch_attachments

        return fetch_attachments(self.store, repo, wanted, progress, cancelled, self.free_space)

    def import_documents(self, export: Path, progress: Progress,
                         cancelled: Callable[[], bool] = lambda: False) -> FetchReport | None:
        """After an import: the documents the export carries (only those its laptop kept) that the catalogue now
        in use names, each checked against it. None when that catalogue has no documents."""
        from ..catalog.snapshot import Catalog

        with Catalog(self.updates.active().path) as catalog:
            wanted = self.wanted(catalog, None)
        if not wanted:
            return None
        return self.keep_offline(wanted, self.repository(export=export), progress, cancelled)

    def repository(self, server: str | None = None, room: str | None = None, export: Path | None = None,
                   report: Callable[[str], None] = lambda message: None) -> Repository:
        """Where files come from: an export (USB), a computer in the room, or the update server (the one given,
        else the one the last sync used)."""
        from .transport import HttpRepository, NetworkPolicy

        if export is not None:
            from .sneakernet import open_export

            return open_export(export)
        if room is not None:
            from .sources import ROOM, room_address

            return HttpRepository(room_address(room), NetworkPolicy(report=report), ROOM)
        address = server or self.updates.server
        if not address:
            raise SyncError("no-server-known")
        return HttpRepository(address, NetworkPolicy(report=report))

    def remove(self, shas: Iterable[str]) -> tuple[int, int]:
        """Delete these files from this computer: (files removed, bytes freed). Notes are never touched."""
        removed = freed = 0
        with self.store.lock():
            for sha256 in dict.fromkeys(shas):
                if self.store.file_of(sha256) is not None:
                    removed += 1
                freed += self.store.remove(sha256)
        return removed, freed

    def storage(self, catalog: Catalog | None) -> Storage:
        kept = self.store.kept()
        files = []
        for entry in kept:
            carriers = catalog.attachment_items(entry.sha256) if catalog is not None else []
            items = [(catalog.get(item_id) if catalog is not None else None, a.name) for item_id, a in carriers]
            files.append(StoredFile(entry, tuple(f"{item_id}: {a.name}" for item_id, a in carriers),
                                    tuple(f"{item.title}: {name}" for item, name in items if item is not None)))
        self.store.folder.mkdir(parents=True, exist_ok=True)
        return Storage(tuple(files), sum(k.size for k in kept), self.store.partial_bytes(),
                       self.free_space(self.store.folder))

"""``tvet-desktop offline add|remove`` and ``storage``: catalogue documents (attachments) kept on this computer."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import UserError
from ..sync.attachment_service import AttachmentService
from ..sync.progress import size_text
from ..sync.service import UpdateService
from ..text import counted
from .common import LiveProgress, add_json_flag, confirm, open_catalog, print_json

if TYPE_CHECKING:
    import argparse

    from ..catalog.records import Attachment
    from ..catalog.snapshot import Catalog
    from ..sync.offline import FetchReport


def add_commands(sub: Any) -> None:
    offline = sub.add_parser("offline", help="keep catalogue documents (PDFs) on this computer, or remove them")
    verbs = offline.add_subparsers(dest="verb", metavar="VERB", required=True)
    add = verbs.add_parser("add", help="download the documents of these items (checked against the catalogue)")
    chosen = add.add_mutually_exclusive_group(required=True)
    chosen.add_argument("ids", nargs="*", default=[], metavar="ID", help="items whose documents to keep")
    chosen.add_argument("--list", dest="list_name", metavar="NAME", help="every item of this reading list")
    chosen.add_argument("--all", action="store_true", help="every document of the catalogue")
    where = add.add_mutually_exclusive_group()
    where.add_argument("--server", help="the update server (default: the one the last sync used)")
    where.add_argument("--from-room", metavar="ADDRESS", help="a computer in this room running `tvet-desktop share`")
    where.add_argument("--from", dest="export", type=Path, metavar="PATH",
                       help="a catalogue export (folder or .zip), e.g. on a USB stick")
    add_json_flag(add)
    add.set_defaults(handler=_add)

    remove = verbs.add_parser("remove", help="delete these items' documents from this computer (notes stay)")
    remove.add_argument("ids", nargs="+", metavar="ID", help="items whose documents to delete")
    add_json_flag(remove)
    remove.set_defaults(handler=_remove)

    storage = sub.add_parser("storage", help="what is kept offline, its size, and the free disk space")
    add_json_flag(storage)
    storage.set_defaults(handler=_storage)


def _service() -> AttachmentService:
    return AttachmentService(UpdateService.for_this_user())


def _wanted(args: argparse.Namespace, service: AttachmentService, catalog: Catalog) -> list[Attachment]:
    if args.all:
        return service.wanted(catalog, None)
    if args.list_name is not None:
        from ..library.store import open_notes

        notes = open_notes(backup=False)
        try:
            found = notes.find_list_typed(args.list_name)
            if found is None:
                raise UserError(f"no reading list called {args.list_name!r}")
            ids = [entry.item_id for entry in notes.list_items(found.id)]
        finally:
            notes.close()
        return service.wanted_among(catalog, ids)
    return service.wanted(catalog, args.ids)


def _add(args: argparse.Namespace) -> int:
    service = _service()
    with open_catalog(args) as catalog:
        wanted = _wanted(args, service, catalog)
    if not wanted:
        if args.all:
            raise UserError("the catalogue in use has no documents to keep offline")
        if args.list_name is not None:
            raise UserError(f"no item of the reading list {args.list_name!r} has documents to keep offline")
        raise UserError("these items have no documents to keep offline")
    progress = LiveProgress(args.json)
    repo = service.repository(args.server, args.from_room, args.export, lambda message: progress.say(message, 20))
    result = service.keep_offline(wanted, repo, progress)
    if progress.live:
        print(file=sys.stderr)
    _print_report(result, args.json)
    return 1 if result.skipped else 0


def _print_report(result: FetchReport, as_json: bool) -> None:
    if as_json:
        print_json({"fetched": list(result.fetched), "already": result.already, "transferred": result.transferred,
                    "skipped": [s._asdict() for s in result.skipped]})
        return
    documents = counted(len(result.fetched), "document", "documents")
    said = f"Kept {documents} offline ({size_text(result.transferred)} transferred)"
    if result.already:
        said += f"; {counted(result.already, 'was', 'were')} already on this computer"
    confirm(said + ".")
    for skipped in result.skipped:
        print(f"tvet-desktop: {skipped.name!r} was not kept: {skipped.reason}.", file=sys.stderr)


def _remove(args: argparse.Namespace) -> int:
    service = _service()
    with open_catalog(args) as catalog:
        wanted = service.wanted(catalog, args.ids)
    removed, freed = service.remove(a.sha256 for a in wanted)
    if args.json:
        print_json({"removed": removed, "freed": freed})
    else:
        documents = counted(removed, "document", "documents")
        confirm(f"Removed {documents} from this computer ({size_text(freed)} freed); notes are kept.")
    return 0


def _storage(args: argparse.Namespace) -> int:
    service = _service()
    with open_catalog(args) as catalog:
        storage = service.storage(catalog)
    if args.json:
        print_json(storage.to_json())
        return 0
    print(f"Kept offline: {counted(len(storage.files), 'document', 'documents')}, {size_text(storage.kept_bytes)}"
          f"{f' (+ {size_text(storage.partial_bytes)} of unfinished downloads)' if storage.partial_bytes else ''}; "
          f"free disk space: {size_text(storage.free_bytes)}.")
    for stored in storage.files:
        names = "; ".join(stored.names) or "(no item of the catalogue in use)"
        print(f"  {size_text(stored.kept.size):>9}  {names}")
    if storage.files:
        print("Remove an item's documents with `tvet-desktop offline remove ID`.")
    return 0

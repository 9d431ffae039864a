"""``tvet-desktop documents add|list|remove|rescan``: the user's own documents from the shell (the same service
as the window). A file that cannot be added is one line on stderr and exit code 1; the others are added."""

from __future__ import annotations

import sys
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..documents.service import DocumentService
from ..errors import UserError
from ..library.document_rows import describe
from ..library.store import has_note_on, open_notes
from ..text import counted
from .common import add_json_flag, confirm, find_document, print_json

if TYPE_CHECKING:
    import argparse

    from ..documents.records import AddReport, Document


def add_commands(sub: Any) -> None:
    documents = sub.add_parser("documents", help="your own documents: PDF, EPUB, web pages, Markdown, text")
    actions = documents.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="copy files (or every document in folders) into your documents")
    add.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="a file, or a folder (read recursively)")
    add_json_flag(add)
    add.set_defaults(handler=_add)
    listing = actions.add_parser("list", help="list your documents")
    add_json_flag(listing)
    listing.set_defaults(handler=_list)
    remove = actions.add_parser("remove", help="remove a document (a note on it is kept)")
    remove.add_argument("id", help="the document's id, as `documents list` prints it")
    remove.set_defaults(handler=_remove)
    rescan = actions.add_parser("rescan", help="read a folder again: add its new files, update the changed ones")
    rescan.add_argument("folder", type=Path, help="the folder documents were added from")
    add_json_flag(rescan)
    rescan.set_defaults(handler=_rescan)


def _row(document: Document) -> dict[str, object]:
    return {"id": document.id, "title": document.title, "pages": document.pages, "path": document.source}


def _add(args: argparse.Namespace) -> int:
    with closing(DocumentService.open()) as service:
        report = service.add(args.paths, _progress())
    return _report(report, args.json)


def _rescan(args: argparse.Namespace) -> int:
    with closing(DocumentService.open()) as service:
        report = service.rescan(args.folder, _progress())
        kept = _replace_earlier(service, report.replaced)
    said = sys.stderr if args.json else sys.stdout  # --json: standard output is the answer alone
    for earlier, new in report.replaced:
        if earlier.id in kept:
            print(f"tvet-desktop: “{earlier.title}” changed in {args.folder}: the new version ({new.id}) is added; "
                  f"the earlier one ({earlier.id}) is kept, as your notes could not be updated: {kept[earlier.id]}",
                  file=sys.stderr)
        else:
            print(f"Updated “{earlier.title}”: its file {new.file_name} changed, so the new version (id {new.id}) "
                  "replaces the earlier one; your note, bookmark and reading lists follow it.", file=said)
    for document in report.gone:
        print(f"tvet-desktop: “{document.title}” ({document.id}) is no longer in {args.folder}; it is kept, with "
              f"any note on it, until you remove it (`tvet-desktop documents remove {document.id}`).", file=sys.stderr)
    if report.removed_before:
        print(f"Left out {counted(len(report.removed_before), 'file', 'files')} you removed from your documents "
              "before (`tvet-desktop documents add FILE` adds one again):", file=said)
        for path in sorted(report.removed_before):
            print(f"  {_within(path, args.folder)}", file=said)
    if not args.json:  # the new versions were just told apart from the documents added
        updated = {new.id for _, new in report.replaced}
        report = report._replace(added=tuple(d for d in report.added if d.id not in updated))
    return _report(report, args.json, told=bool(report.replaced or report.removed_before))


def _within(path: str, folder: Path) -> str:
    """``path`` as seen from ``folder`` when it is inside it (as typed, or resolved as the read keys files), else
    whole."""
    for seen_from in (folder, folder.resolve()):
        if Path(path).is_relative_to(seen_from):
            return str(Path(path).relative_to(seen_from))
    return path


def _replace_earlier(service: DocumentService, replaced: tuple[tuple[Document, Document], ...]) -> dict[str, str]:
    """Move the user's note, bookmark and list entries to each new version, then remove the earlier one; the
    earlier versions kept (their notes could not be moved), with why."""
    if not replaced:
        return {}
    try:
        notes = open_notes()
    except UserError as error:
        return {earlier.id: str(error) for earlier, _ in replaced}
    with closing(notes):
        moved, problem = notes.carry_over_versions(replaced)
    for earlier, new in replaced:
        if earlier in moved:
            service.retire(earlier, new)
    return {earlier.id: str(problem) for earlier, _ in replaced if earlier not in moved}


def _progress() -> Any:
    """Progress on stderr when it is a terminal (a script reading --json sees only the answer)."""
    if not sys.stderr.isatty():
        return lambda done, total, name: None
    return lambda done, total, name: print(f"\r{done}/{total} {name[:50]:<50}", end="", file=sys.stderr, flush=True)


def _report(report: AddReport, as_json: bool, told: bool = False) -> int:
    """``told``: what the files became was said already (a folder read again), so nothing added is news only
    when files were."""
    if sys.stderr.isatty():
        print("\r" + " " * 60 + "\r", end="", file=sys.stderr)
    for failure in report.failed:
        print(f"tvet-desktop: {failure.reason}", file=sys.stderr)
    if as_json:
        unique = {d.id: d for d in (*report.added, *report.skipped)}  # the same content under two names: once
        print_json([_row(d) for d in unique.values()])
    elif report.added or report.skipped or report.failed or not told:
        text = f"Added {counted(len(report.added), 'document', 'documents')}"
        if report.skipped:
            text += f"; {len(report.skipped)} already there"
        if report.failed:
            text += f"; {len(report.failed)} could not be added (see above)"
        # Each one's id: what notes, bookmarks and lists name it by.
        confirm("\n".join([text + ".", *(f"  {d.title} · id: {d.id}" for d in report.added)]))
        if not (report.added or report.skipped or report.failed):
            print("tvet-desktop: no document file there: PDF, EPUB, web pages (.html), Markdown (.md) and text "
                  "(.txt) files are added, found by their names' endings.", file=sys.stderr)
    return 1 if report.failed else 0


def _list(args: argparse.Namespace) -> int:
    with closing(DocumentService.open()) as service:
        documents = service.list()
    if args.json:
        print_json([{**_row(d), **d.to_json()} for d in documents])
        return 0
    if not documents:
        print("No documents yet: `tvet-desktop documents add PATH` adds files or folders.")
    for document in documents:
        print(f"{document.title}\n  {describe(document)} · id: {document.id}\n  from {document.source}\n")
    return 0


def show_document(doc_id: str, as_json: bool) -> int:
    """``tvet-desktop show`` for one of the user's documents: what ``documents list`` says of it."""
    document = find_document(doc_id)
    if document is None:
        raise UserError(f"no document with id {doc_id!r}; `tvet-desktop documents list` shows the ids")
    if as_json:
        print_json({**_row(document), **document.to_json()})
    else:
        print(f"{document.title}\n  {describe(document)} · id: {document.id}\n  from {document.source}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    with closing(DocumentService.open()) as service:
        removed = service.remove(args.id)
    confirm(_removed(removed))
    return 0


def _removed(document: Document) -> str:
    """The sentence for a removed document: it names the user's note on it only when there is one."""
    noted = has_note_on(document.id)
    if noted is None:  # the document is removed all the same: say what is sure
        return f"Removed “{document.title}”; a note on it, if you wrote one, is kept under your notes."
    return f"Removed “{document.title}”; a note on it is kept under your notes." if noted else \
        f"Removed “{document.title}”."

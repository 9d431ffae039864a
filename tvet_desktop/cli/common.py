"""What every command group shares: the catalogue to work on, JSON output, warnings about a source."""

from __future__ import annotations

import contextlib
import json
import sys
from typing import TYPE_CHECKING, Any

from ..catalog.snapshot import Catalog
from ..errors import UserError
from ..sync.service import UpdateService

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence
    from pathlib import Path

    from ..catalog.records import Item
    from ..documents.records import Document


def open_catalog(args: argparse.Namespace) -> Catalog:
    """The snapshot named with --catalog, else the active one (installed by a sync, else the bundled one)."""
    if args.catalog:
        return Catalog(args.catalog)
    active = UpdateService.for_this_user().active()
    if active.problem:  # e.g. a damaged record of it, repaired now: said by the command that repairs it
        print(f"tvet-desktop: note: {active.problem}; using catalogue v{active.version}.", file=sys.stderr)
    return Catalog(active.path)


def find_item(catalog: Catalog, item_id: str, follow: bool = True) -> Item | None:
    """A catalogue item, or one of the user's documents as an item (notes, bookmarks and lists take either).
    ``follow``: the id of an earlier version of a document whose file changed (typed by the user) finds its
    latest version, which stderr names."""
    from ..documents.records import is_document_id

    if not is_document_id(item_id):
        return catalog.get(item_id)
    from ..documents.service import as_item

    document = find_document(item_id, follow)
    return as_item(document) if document is not None else None


def find_document(doc_id: str, follow: bool = True) -> Document | None:
    """One of the user's documents (None when there is no such, or none was ever added). ``follow``: as for
    :func:`find_item`."""
    from .document_search import existing_documents

    service = existing_documents()
    if service is None:
        return None
    with contextlib.closing(service):
        found = service.current(doc_id) if follow else service.get(doc_id)
    if found is not None and found.id != doc_id:
        print(f"tvet-desktop: note: {doc_id} is an earlier version of “{found.title}”, whose file changed; using "
              f"its latest version, {found.id}.", file=sys.stderr)
    return found


def gone_entries(catalog: Catalog | None, item_ids: Sequence[str]) -> dict[str, str]:
    """What a bookmark or list entry whose item is gone says, by id: removed from the user's documents, or no
    longer in the catalogue (nothing is said of catalogue items when no catalogue could be opened)."""
    from ..documents.records import is_document_id
    from ..library.rows import REMOVED
    from ..library.store import GONE_FROM_CATALOGUE
    from .document_search import existing_documents

    documents = [item_id for item_id in item_ids if is_document_id(item_id)]
    try:
        service = existing_documents() if documents else None
    except UserError:  # busy or damaged: the list is shown all the same, its documents' entries as they are
        documents, service = [], None
    kept: set[str] = set()
    if service is not None:
        with contextlib.closing(service):
            kept = {document.id for document in service.list()}
    gone = {item_id: REMOVED for item_id in documents if item_id not in kept}
    if catalog is not None:
        others = [item_id for item_id in item_ids if not is_document_id(item_id)]
        present = catalog.present(others)
        gone.update({item_id: GONE_FROM_CATALOGUE for item_id in others if item_id not in present})
    return gone


def confirm(text: str) -> None:
    """Print what a command that changed something did. The change stands whatever happens to this line: when
    it cannot be printed (a full disk, a closed pipe) stderr says so, and the exit code still says success."""
    try:
        print(text, flush=True)
    except OSError as error:
        import os

        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # or Python fails again at exit
            print(f"tvet-desktop: done, but this could not be printed ({error.strerror}): {text}", file=sys.stderr)


class LiveProgress:
    """A download's progress on one line of a terminal's stderr, redrawn as it goes; silent when stderr is not a
    terminal or the output is JSON (a script reads it)."""

    def __init__(self, as_json: bool) -> None:
        from ..sync.progress import ProgressMeter

        self.live = sys.stderr.isatty() and not as_json
        self.meter = ProgressMeter()

    def __call__(self, done: int, total: int) -> None:
        self.meter.update(done, total)
        if self.live:
            print(f"\r  {self.meter.describe():60}", end="", file=sys.stderr, flush=True)

    def say(self, text: str, blank: int) -> None:
        """``text`` over the progress line (``blank`` spaces after it clear what the line held)."""
        if self.live:
            print(f"\r{text}{' ' * blank}", file=sys.stderr, flush=True)


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON (for scripts)")


def warn_unknown_fields(source: Path) -> None:
    """Field names a source uses that the app does not know (likely typos), as warnings on stderr."""
    from ..catalog.source import unknown_fields

    for note in unknown_fields(source)[:20]:
        print(f"tvet-desktop: warning: {note}", file=sys.stderr)

"""The ``handout`` command's work: a handout PDF made off-screen, with the catalogue in use and the notes."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    from ..catalog.records import Item


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # pages need fonts, not a screen
    from PySide6.QtGui import QGuiApplication

    from ..catalog.snapshot import Catalog
    from ..documents.records import is_document_id
    from ..documents.service import as_item
    from ..errors import UserError
    from ..library.handout import find_handout
    from ..library.store import open_notes
    from ..sync.service import UpdateService
    from .app import documents_kept, open_documents
    from .handout_print import write_pdf

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    with Catalog(args.catalog or UpdateService.for_this_user().active().path) as catalog:
        notes = open_notes(backup=False)
        documents = None
        try:
            try:
                documents = open_documents() if documents_kept() else None
            except UserError:  # busy or damaged: a handout of the catalogue's items and the notes all the same
                documents = None

            def find(item_id: str) -> Item | None:
                if not is_document_id(item_id) or documents is None:
                    return catalog.get(item_id)
                found = documents.current(item_id)  # an earlier version's id too
                return as_item(found) if found is not None else None

            handout = find_handout(catalog, notes, args.what, find=find)  # in English, as the command line speaks
        finally:
            notes.close()
            if documents is not None:
                documents.close()
        pages = write_pdf(handout, args.out)
    del app
    print(f"Wrote {args.out}: “{handout.title}”, {pages} page{'s' if pages != 1 else ''}.")
    return 0

"""The ``handout`` command's work: a handout PDF made off-screen, with the catalogue in use and the notes."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # pages need fonts, not a screen
    from PySide6.QtGui import QGuiApplication

    from ..catalog.snapshot import Catalog
    from ..documents.records import is_document_id
    from ..library.handout import find_handout
    from ..library.store import open_notes
    from ..sync.service import UpdateService
    from .app import documents_kept, open_documents
    from .handout_print import write_pdf

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    with Catalog(args.catalog or UpdateService.for_this_user().active().path) as catalog:
        notes = open_notes(backup=False)
        documents = open_documents() if documents_kept() else None
        try:
            handout = find_handout(catalog, notes, args.what,  # English wording: the command line speaks English
                                   find=lambda item_id: documents.item(item_id) if documents is not None and
                                   is_document_id(item_id) else catalog.get(item_id))
        finally:
            notes.close()
            if documents is not None:
                documents.close()
        pages = write_pdf(handout, args.out)
    del app
    print(f"Wrote {args.out}: “{handout.title}”, {pages} page{'s' if pages != 1 else ''}.")
    return 0

"""The documents folder's layout (inside the user data folder), readable without opening its database."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

DOCUMENTS_DIR = "documents"
DATABASE = "documents.sqlite"
FILES, INCOMING = "files", "incoming"  # FILES/<first two hex digits of the sha256>/<sha256><suffix>


def holds_documents(data_folder: Path) -> bool:
    """Whether any document's file is kept under ``data_folder`` (a look at two folder levels, no database).
    Every document has its file there; a file without a document is only left by an interrupted add."""
    try:
        with os.scandir(data_folder / DOCUMENTS_DIR / FILES) as shards:
            for shard in shards:
                with os.scandir(shard.path) as files:
                    if any(True for _ in files):
                        return True
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError:
        return True  # cannot tell: open them as before, which says what is wrong
    return False

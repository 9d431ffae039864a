"""A catalogue item's attachments in the source: where each file is, checked, and measured for the snapshot.

The source names a file relative to the source folder (``{"path": "pdf/guide.pdf", "media_type": ...}``); the
build records its size, SHA-256 and page count, and the built item carries those (:class:`.records.Attachment`)
instead of the path. A source may also give that measured form (a delta rebuilt by a client has no files).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path, PurePosixPath
from typing import Any

from .records import Attachment

# What a trainer's computer can open; a publisher who needs another type adds it here (and to docs/sync.md).
MEDIA_TYPES = ("application/pdf", "application/epub+zip", "text/html", "text/markdown", "text/plain")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_BLOCK = 1 << 20


def attachment(data: Any, folder: Path | None, files: dict[str, Path] | None = None) -> Attachment:
    """One entry of an item's ``attachments``; ``folder`` is the source folder its ``path`` is relative to
    (None: only the measured form is accepted). The file found is recorded in ``files`` by its SHA-256."""
    if not isinstance(data, dict):
        raise ValueError("each attachment must be an object with a 'path' and a 'media_type'")
    media_type = data.get("media_type")
    if media_type not in MEDIA_TYPES:
        raise ValueError(f"attachment {_label(data)}: 'media_type' must be one of {', '.join(MEDIA_TYPES)}")
    extra = {key: _text(data, key) for key in ("title", "language", "licence")}
    if "path" not in data:
        return _measured(data, media_type, extra)
    if folder is None:
        raise ValueError(f"attachment {_label(data)}: a 'path' needs the source folder it is relative to")
    path = _inside(folder, data["path"])
    size, sha256 = _digest(path, data["path"])
    if files is not None:
        files[sha256] = path
    pages = page_count(path) if media_type == "application/pdf" else None
    return Attachment(PurePosixPath(data["path"]).name, media_type, sha256, size, pages, **extra)


def check_unique(attachments: tuple[Attachment, ...]) -> None:
    """The same file twice on one item (by content, whatever its name) is a mistake worth naming."""
    seen: dict[str, str] = {}
    for entry in attachments:
        if entry.sha256 in seen:
            raise ValueError(f"attachment {entry.filename!r} is the same file as {seen[entry.sha256]!r}")
        seen[entry.sha256] = entry.filename


def page_count(path: Path) -> int:
    """A PDF's number of pages (pypdfium2: PDFium reads damaged files as a viewer would)."""
    import pypdfium2  # only when a source has PDFs: the window never needs it to start

    try:
        document = pypdfium2.PdfDocument(path)
    except pypdfium2.PdfiumError as error:
        raise ValueError(f"attachment {path.name!r} is not a readable PDF ({error})") from None
    try:
        return len(document)
    finally:
        document.close()


def _label(data: dict[str, Any]) -> str:
    return repr(data.get("path") or data.get("filename") or "?")


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key) or ""
    if not isinstance(value, str) or any(ord(c) < 32 for c in value):
        raise ValueError(f"attachment {_label(data)}: '{key}' must be one line of text")
    return value.strip()


def _inside(folder: Path, name: Any) -> Path:
    """The file ``name`` inside ``folder``; a path that leaves it (``..``, absolute, a link out) is refused."""
    if not isinstance(name, str) or not name.strip():
        raise ValueError("attachment 'path' must be a file name relative to the source folder")
    relative = PurePosixPath(name.replace("\\", "/"))
    if relative.is_absolute() or re.match(r"[A-Za-z]:", name) or ".." in relative.parts:
        raise ValueError(f"attachment {name!r}: 'path' must stay inside the source folder (no '..', not absolute)")
    path = folder / relative
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        raise ValueError(f"attachment {name!r}: 'path' leads outside the source folder (a link?)") from None
    if not path.is_file():
        raise ValueError(f"attachment {name!r}: no such file in {folder}")
    return path


def _digest(path: Path, name: str) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    try:
        with open(path, "rb") as handle:
            while block := handle.read(_BLOCK):
                digest.update(block)
                size += len(block)
    except OSError as error:
        raise ValueError(f"attachment {name!r} cannot be read ({error.strerror or error})") from None
    return size, digest.hexdigest()


def _measured(data: dict[str, Any], media_type: str, extra: dict[str, str]) -> Attachment:
    filename, sha256, size, pages = data.get("filename"), data.get("sha256"), data.get("size"), data.get("pages")
    if not isinstance(filename, str) or not filename or "/" in filename or "\\" in filename:
        raise ValueError(f"attachment {_label(data)}: needs a 'path' (relative to the source folder)")
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        raise ValueError(f"attachment {filename!r}: 'sha256' must be 64 lower-case hexadecimal digits")
    if not isinstance(size, int) or not _count(size) or (pages is not None and not _count(pages)):
        raise ValueError(f"attachment {filename!r}: 'size' and 'pages' must be whole numbers")
    return Attachment(filename, media_type, sha256, size, pages, **extra)


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0

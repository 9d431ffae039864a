"""Plain records of the user's own documents, passed between the store, the service and their callers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

DOCUMENT_KIND = "document"
DOCUMENT_ID_PREFIX = "doc-"  # then the first 16 hex digits of the file's sha256 (no ":", which marks note rows)
# done, total, the file being read: called between files, and between pages of a long one
Progress = Callable[[int, int, str], None]


def document_id(sha256: str) -> str:
    return DOCUMENT_ID_PREFIX + sha256[:16]


def is_document_id(item_id: str) -> bool:
    return item_id.startswith(DOCUMENT_ID_PREFIX)


class FileInfo(NamedTuple):
    """What a file says about itself (its metadata, else its first heading, else its name)."""

    title: str
    authors: tuple[str, ...] = ()
    year: int | None = None


class Document(NamedTuple):
    id: str
    title: str
    authors: tuple[str, ...]
    year: int | None
    pages: int
    media_type: str  # application/pdf, application/epub+zip, text/html, text/markdown, text/plain
    file_name: str  # the name it had where it was added from
    source: str  # the full path it was added from
    size: int
    sha256: str
    added_at: str
    searchable: bool  # False: no page has a text layer (a scanned PDF): "no searchable text"

    def to_json(self) -> dict[str, Any]:
        return {**self._asdict(), "authors": list(self.authors)}


class Failure(NamedTuple):
    path: str
    reason: str  # one plain sentence: what is wrong with this file and what to do


class AddReport(NamedTuple):
    added: tuple[Document, ...] = ()
    skipped: tuple[Document, ...] = ()  # already there (the same content, under any name)
    failed: tuple[Failure, ...] = ()
    stopped: bool = False  # cancelled: the files not reached were not looked at
    # A folder read again: documents added from it whose file is no longer there; (earlier, new) versions of
    # the files there that changed; the files the user removed from the app before, left out.
    gone: tuple[Document, ...] = ()
    replaced: tuple[tuple[Document, Document], ...] = ()
    removed_before: tuple[str, ...] = ()


class PageHit(NamedTuple):
    page: int  # from 1
    snippet: str  # plain text
    snippet_html: str  # escaped, matched words in <b>
    score: float  # bm25: lower is better


class DocumentHit(NamedTuple):
    """A document that matches a query, with its best pages (best first)."""

    document: Document
    pages: tuple[PageHit, ...]
    matching_pages: int  # how many pages match in all (``pages`` holds the best few)

"""Plain, immutable records passed between the core and its callers (CLI, window, tests).

Records are NamedTuples rather than dataclasses: the app defines a few dozen at start-up, and a frozen
dataclass costs ~0.4 ms to define (each generated method is compiled) against ~0.06 ms for a NamedTuple.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from ..text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Mapping

KINDS = ("publication", "practice", "programme", "resource", "event", "glossary_term", "theme")
# The window translates these labels where it shows them (context "catalog"; see ..text.QT_TRANSLATE_NOOP).
KIND_LABELS = {
    "publication": QT_TRANSLATE_NOOP("catalog", "Publication"),
    "practice": QT_TRANSLATE_NOOP("catalog", "Practice"),
    "programme": QT_TRANSLATE_NOOP("catalog", "Programme"),
    "resource": QT_TRANSLATE_NOOP("catalog", "Resource"),
    "event": QT_TRANSLATE_NOOP("catalog", "Event"),
    "glossary_term": QT_TRANSLATE_NOOP("catalog", "Glossary term"),
    "theme": QT_TRANSLATE_NOOP("catalog", "Theme"),
    "note": QT_TRANSLATE_NOOP("catalog", "My note"),
    "document": QT_TRANSLATE_NOOP("catalog", "My document"),  # the user's own file (tvet_desktop/documents)
    "page": QT_TRANSLATE_NOOP("catalog", "Page"),  # a further matching page of a document, listed under it
    "missing": QT_TRANSLATE_NOOP("catalog", "No longer in the catalogue"),
}
FACETS = ("kind", "theme", "region", "country", "language")
LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("catalog", "English"), "fr": QT_TRANSLATE_NOOP("catalog", "French"),
    "es": QT_TRANSLATE_NOOP("catalog", "Spanish"), "ar": QT_TRANSLATE_NOOP("catalog", "Arabic"),
    "ru": QT_TRANSLATE_NOOP("catalog", "Russian"), "zh": QT_TRANSLATE_NOOP("catalog", "Chinese"),
    "de": QT_TRANSLATE_NOOP("catalog", "German"), "pt": QT_TRANSLATE_NOOP("catalog", "Portuguese"),
    "it": QT_TRANSLATE_NOOP("catalog", "Italian"), "ja": QT_TRANSLATE_NOOP("catalog", "Japanese"),
    "ko": QT_TRANSLATE_NOOP("catalog", "Korean"), "sw": QT_TRANSLATE_NOOP("catalog", "Swahili"),
}


SNAPSHOT_FORMAT = 4  # bumped when a snapshot built by this code cannot be read by an older app (4: attachments)


def language_name(code: str) -> str:
    """"en" as "English"; a code we have no name for stays as it is."""
    return LANGUAGE_NAMES.get(code, code)


class Attachment(NamedTuple):
    """A file the publisher ships with an item (a publication's PDF), as measured when the snapshot was built.

    The snapshot is signed through the manifest, so ``sha256`` and ``size`` are what a downloaded or imported
    copy is checked against (docs/sync.md, "Attachments")."""

    filename: str  # the file's own name in the source folder: shown when it has no title, used when saved
    media_type: str
    sha256: str
    size: int
    pages: int | None = None  # PDFs only
    title: str = ""
    language: str = ""
    licence: str = ""

    @property
    def name(self) -> str:
        """What a person calls it: its title, else its file name."""
        return self.title or self.filename


class Item(NamedTuple):
    """One catalogue entry, exactly as the source describes it."""

    id: str
    kind: str
    title: str
    summary: str = ""
    body: str = ""
    year: int | None = None
    date: str | None = None
    authors: tuple[str, ...] = ()
    submitter: str | None = None
    institution: str | None = None
    country: str | None = None
    region: str | None = None
    languages: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    url: str | None = None
    attachments: tuple[Attachment, ...] = ()
    licence: str | None = None
    isbn: str | None = None
    sources: str | None = None  # where the facts come from: shown in small type, never searched

    def to_json(self) -> dict[str, Any]:
        data = self._asdict()
        for key in ("authors", "languages", "themes"):
            data[key] = list(data[key])
        data["attachments"] = [a._asdict() for a in self.attachments]
        return data


class PagePlace(NamedTuple):
    """Where a row of the user's documents points, as figures: the window words them in its language (the
    row's English title, mark and snippet are the core's)."""

    page: int  # the page the row shows, from 1
    more_pages: int = 0  # a document row: its other matching pages, listed as rows under it
    document: str = ""  # a page row: the title of its document


class DocumentFacts(NamedTuple):
    """A document listed without a query: its format, its length, and whether its words can be searched."""

    media_type: str
    pages: int
    searchable: bool


class Hit(NamedTuple):
    """One row of a result list: enough to show it, never the body."""

    id: str
    kind: str
    title: str
    year: int | None
    country: str | None
    institution: str | None
    snippet: str  # plain text
    snippet_html: str  # escaped, matched words in <b>
    score: float = 0.0
    mark: str = ""  # shown after the meta line, e.g. "the item has changed since this note was written"
    document: PagePlace | DocumentFacts | None = None  # a row of the user's documents, for the window to word

    def to_json(self) -> dict[str, Any]:
        data = self._asdict()
        del data["snippet_html"], data["document"]
        return data


class FacetCount(NamedTuple):
    value: str
    count: int  # type: ignore[assignment]  # hides tuple.count, which nothing here uses


class Facets(NamedTuple):
    """Counts per facet value for the current query, each facet ignoring its own selection."""

    values: dict[str, tuple[FacetCount, ...]]
    total: int
    year_min: int | None = None
    year_max: int | None = None


class SnapshotInfo(NamedTuple):
    path: str
    format_version: int
    version: int
    created: str
    item_count: int
    content_hash: str
    kinds: Mapping[str, int] = MappingProxyType({})  # read-only: a default shared by every instance

    def to_json(self) -> dict[str, Any]:
        return {**self._asdict(), "kinds": dict(self.kinds)}

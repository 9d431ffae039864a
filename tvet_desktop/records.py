"""Plain, immutable records passed between the core and its callers (CLI, window, tests)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

KINDS = ("publication", "practice", "programme", "resource", "event", "glossary_term", "theme")
KIND_LABELS = {
    "publication": "Publication",
    "practice": "Practice",
    "programme": "Programme",
    "resource": "Resource",
    "event": "Event",
    "glossary_term": "Glossary term",
    "theme": "Theme",
    "note": "My note",
    "missing": "No longer in the catalogue",
}
FACETS = ("kind", "theme", "region", "country", "language")
SNAPSHOT_FORMAT = 2  # bumped when a snapshot built by this code cannot be read by an older app


@dataclass(frozen=True)
class Attachment:
    url: str
    filename: str = ""
    size: int | None = None
    sha256: str = ""
    mime: str = ""


@dataclass(frozen=True)
class Item:
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

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("authors", "languages", "themes"):
            data[key] = list(data[key])
        data["attachments"] = [dict(a) for a in data["attachments"]]
        return data


@dataclass(frozen=True)
class Hit:
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

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        del data["snippet_html"]
        return data


@dataclass(frozen=True)
class FacetCount:
    value: str
    count: int


@dataclass(frozen=True)
class Facets:
    """Counts per facet value for the current query, each facet ignoring its own selection."""

    values: dict[str, tuple[FacetCount, ...]]
    total: int
    year_min: int | None = None
    year_max: int | None = None


@dataclass(frozen=True)
class SnapshotInfo:
    path: str
    format_version: int
    version: int
    created: str
    item_count: int
    content_hash: str
    kinds: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

"""``tvet-desktop search|show|info|build-snapshot``: the catalogue from the shell."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..catalog.browse import SORTS, Filters
from ..catalog.records import FACETS, KINDS, Hit, Item, language_name
from ..catalog.render import meta_line, meta_parts
from ..documents.records import DOCUMENT_KIND, is_document_id
from ..errors import UserError
from ..library.document_rows import closest_wanted
from ..library.rows import NOTE_HITS_WITH_QUERY
from ..library.store import find_in_notes
from ..search.engine import SearchEngine
from ..search.query import parse
from ..sync.progress import size_text
from ..sync.service import UpdateService
from ..text import counted
from .common import add_json_flag, open_catalog, print_json, warn_unknown_fields
from .document_search import document_hits, print_document_hits

if TYPE_CHECKING:
    from ..catalog.snapshot import Catalog
    from ..library.store import NoteHit
    from ..sync.attachment_service import AttachmentInfo

MAX_LIMIT = 2**63 - 1  # SQLite's largest integer: a larger --limit means "all of them" just the same


def add_commands(sub: Any) -> None:
    search = sub.add_parser("search", help="search the catalogue")
    search.add_argument("query", help='words, "exact phrases", OR, -excluded')
    search.add_argument("--kind", action="append", choices=(*KINDS, DOCUMENT_KIND),
                        help="only items of this kind (repeatable; document: your own documents)")
    for facet, example in (("theme", "green skills"), ("country", "Kenya"), ("region", "Africa"),
                           ("language", "fr or French")):
        search.add_argument(f"--{facet}", action="append", help=f"only items with this {facet}, e.g. {example} "
                            "(repeatable; case and accents do not matter)")
    search.add_argument("--year-from", type=_year, help="only items from this year on")
    search.add_argument("--year-to", type=_year, help="only items up to this year")
    search.add_argument("--sort", choices=SORTS, default="relevance", help="order of the results (default: relevance)")
    search.add_argument("--limit", type=_positive, default=20, help="how many results to print (default: 20)")
    add_json_flag(search)
    search.set_defaults(handler=_search)

    show = sub.add_parser("show", help="show one item (or one of your documents)")
    show.add_argument("id", help="the item's (or document's) id, as search prints it")
    add_json_flag(show)
    show.set_defaults(handler=_show)

    info = sub.add_parser("info", help="describe the active catalogue")
    add_json_flag(info)
    info.set_defaults(handler=_info)

    build = sub.add_parser("build-snapshot", help="build a catalogue snapshot from JSON Lines source")
    build.add_argument("source", type=Path, help="a .jsonl file or a folder of them")
    build.add_argument("out", type=Path, help="the snapshot file to write")
    build.add_argument("--version", dest="catalogue_version", type=_positive_version, help="catalogue version number")
    build.set_defaults(handler=_build)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return min(value, MAX_LIMIT)


def _positive_version(text: str) -> int:
    value = int(text)
    if not 1 <= value <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"a version is a whole number from 1 to {MAX_LIMIT}")
    return value


def _year(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 9999:
        raise argparse.ArgumentTypeError("a year has at most four digits")
    return value


def _search(args: argparse.Namespace) -> int:
    filters = {facet: getattr(args, facet) for facet in FACETS if getattr(args, facet)}
    kinds = [kind for kind in filters.get("kind", []) if kind != DOCUMENT_KIND]
    only_documents = bool(filters.get("kind")) and not kinds
    filters = {**filters, "kind": kinds} if kinds else {k: v for k, v in filters.items() if k != "kind"}
    with open_catalog(args) as catalog:
        engine = SearchEngine(catalog)
        chosen = catalog.resolve_filters(Filters.of(year_from=args.year_from, year_to=args.year_to, **filters))
        wanted = chosen._replace(kind=(*chosen.kind, DOCUMENT_KIND) if only_documents or (
            args.kind and DOCUMENT_KIND in args.kind) else chosen.kind)
        pages, document_suggestion = document_hits(args.query, wanted, args.limit)
        notes = find_in_notes(parse(args.query), NOTE_HITS_WITH_QUERY)  # as the window lists them with a query
        noted = [_note_entry(hit) for hit in notes or []]
        # Words the user's documents or notes have are not misspelt: no "correction" of them in the catalogue,
        # and no items with only some of them when a page or a note has them all (as the window lists them).
        own = bool(pages or noted)
        found = engine.find(args.query, chosen, args.sort, needed=args.limit, within=() if only_documents else None,
                            forgive=not own, closest=not own)
        hits = engine.page_hits(found, 0, args.limit)
        suggestion = None if hits or found.corrected else engine.suggest(args.query)
        unknown = [_unknown_value_hint(catalog, facet, value) for facet, value in catalog.unknown_filter_values(chosen)]
    suggestion = None if own else suggestion or document_suggestion
    closest = False
    if not own and closest_wanted(found.query.parsed, found.closest, bool(hits)):
        pages, _ = document_hits(args.query, wanted, args.limit, closest=True)  # as the window forgives them
        closest = bool(pages)
    notice = _notice(args.query, found.corrected, found.closest or closest)
    if notes is None:
        print("tvet-desktop: your notes could not be read, so they were not searched "
              "(`tvet-desktop notes list` says why).", file=sys.stderr)
    if args.json:
        extra = {"corrected_query": found.corrected} if found.corrected else {}
        print_json([{**hit.to_json(), **extra} for hit in hits] + pages + noted)
        if notice:
            print(notice, file=sys.stderr)
    else:
        if notice:
            print(notice + "\n")
        _print_hits(hits, bool(pages or noted))
        print_document_hits(pages)
        _print_notes(noted)
    if suggestion:
        print(f"Did you mean: {suggestion}", file=sys.stderr)
    for hint in unknown:
        print(hint, file=sys.stderr)
    return 0


def _notice(typed: str, corrected: str | None, closest: bool) -> str:
    """The line the window shows above such results, as the command line says it."""
    if corrected:
        return f"Showing results for {corrected} — search instead for {typed}"
    return "No item has all these words; showing the closest matches" if closest else ""


def _unknown_value_hint(catalog: Catalog, facet: str, value: str) -> str:
    """Says that no item has ``value``, and what the user may have meant."""
    from difflib import get_close_matches

    known = catalog.facet_values(facet)
    names = {language_name(v): v for v in known} if facet == "language" else {v: v for v in known}
    close = get_close_matches(value, list(names), n=3, cutoff=0.6)
    if close:
        return f"No item has the {facet} “{value}”. Did you mean " + " or ".join(f"“{c}”" for c in close) + "?"
    listed = sorted(names, key=str.casefold)
    more = f" and {len(listed) - 12} more" if len(listed) > 12 else ""
    return f"No item has the {facet} “{value}”. The catalogue has: {', '.join(listed[:12])}{more}."


def _print_hits(hits: list[Hit], documents_found: bool = False) -> None:
    if not hits and not documents_found:
        print("No results.")
    for hit in hits:
        details = " · ".join(meta_parts(hit.kind, hit.year, hit.country, None))
        print(f"{hit.title}\n  {details} · id: {hit.id}\n  {hit.snippet}\n")


def _note_entry(hit: NoteHit) -> dict[str, object]:
    """A matching note as a JSON-ready entry: kind "note", its id, the item it is on (or null) and a snippet."""
    return {"id": hit.note.id, "kind": "note", "title": hit.note.title, "item_id": hit.note.item_id,
            "snippet": hit.snippet}


def _print_notes(entries: list[dict[str, object]]) -> None:
    if not entries:
        return
    print("In your notes:\n")
    for entry in entries:
        item = entry["item_id"]
        on = f"note {entry['id']}" if not item else \
            f"on document {item}" if is_document_id(str(item)) else f"on item {item}"
        print(f"{entry['title']}\n  {on}\n  {entry['snippet']}\n")


def _show(args: argparse.Namespace) -> int:
    if is_document_id(args.id):
        from .documents import show_document

        return show_document(args.id, args.json)
    with open_catalog(args) as catalog:
        item = catalog.get(args.id)
    if item is None:
        raise UserError(f"no item with id {args.id!r}")
    from ..sync.attachment_service import AttachmentService

    attached = AttachmentService(UpdateService.for_this_user()).of_item(item)
    if args.json:
        print_json({**item.to_json(), "attachments": [info.to_json() for info in attached]})
    else:
        print(_item_text(item))
        for info in attached:
            print(_attachment_line(info))
    return 0


def _attachment_line(info: AttachmentInfo) -> str:
    entry = info.attachment
    pages = f", {counted(entry.pages, 'page', 'pages')}" if entry.pages else ""
    where = "on this computer" if info.offline else f"not on this computer: `tvet-desktop offline add {info.item_id}`"
    return f"Document: {entry.name} ({size_text(entry.size)}{pages}; {where})"


def _item_text(item: Item) -> str:
    lines = [item.title, meta_line(item)]
    if item.authors:
        lines.append("Authors: " + "; ".join(item.authors))
    if item.submitter:
        lines.append("Submitted by: " + item.submitter)
    if item.themes:
        lines.append("Themes: " + ", ".join(item.themes))
    if item.languages:
        lines.append("Languages: " + ", ".join(language_name(c) for c in item.languages))
    if item.licence:
        lines.append("Licence: " + item.licence)
    if item.isbn:
        lines.append("ISBN: " + item.isbn)
    lines += ["", item.summary, "", item.body] if item.body else ["", item.summary]
    if item.url:
        lines += ["", "Source: " + item.url]
    if item.sources:
        lines += ["", "Facts from: " + item.sources]
    return "\n".join(lines).rstrip() + "\n"


def _info(args: argparse.Namespace) -> int:
    active = None if args.catalog else UpdateService.for_this_user().active()
    with open_catalog(args) as catalog:
        info = catalog.info
    origin = active.origin if active else "opened with --catalog"
    if args.json:
        extra = {"origin": origin, "installed": active.installed if active else None,
                 "problem": active.problem if active else None}
        print(json.dumps({**info.to_json(), **extra}, indent=2))
        return 0
    print(f"Catalogue: {info.path}\nVersion: {info.version}\nCreated: {info.created}\nFrom: {origin}"
          f"\nItems: {info.item_count}")
    if active and active.problem:
        print(f"Note: {active.problem}; using this one instead.")
    for kind, count in info.kinds.items():
        print(f"  {kind}: {count}")
    return 0


def _build(args: argparse.Namespace) -> int:
    from ..catalog.build import build_snapshot  # sqlite-utils is only needed here; keep start-up light

    warn_unknown_fields(args.source)
    count = build_snapshot(args.source, args.out, version=args.catalogue_version)
    print(f"Built {args.out} with {counted(count, 'item', 'items')}.")
    return 0

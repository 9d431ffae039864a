"""Item text to safe HTML for the reading pane: Markdown rendered, then sanitized.

Nothing in the output can load a file or a remote resource: images are dropped, only http(s)
links survive, and raw HTML in the content is cleaned by nh3 (ammonia) with a short allow-list.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote, unquote, urlsplit

from ..text import escape_html
from .records import KIND_LABELS, Item, language_name

THEME_SCHEME = "theme"
_TAGS = {
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
    "em", "strong", "b", "i", "a", "table", "thead", "tbody", "tr", "th", "td", "dl", "dt", "dd", "sup", "sub",
}
_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}


def is_external_link(url: str) -> bool:
    """True only for absolute http(s) addresses: the only links we ever hand to the system browser."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in {"http", "https"} and bool(parts.netloc)


def theme_link(theme: str) -> str:
    return f"{THEME_SCHEME}:{quote(theme)}"


def theme_of_link(url: str) -> str | None:
    """The theme a chip link points at, or None for any other link."""
    prefix = THEME_SCHEME + ":"
    return unquote(url[len(prefix):]) if url.startswith(prefix) else None


def markdown_to_html(text: str) -> str:
    """Markdown to sanitized HTML."""
    import markdown  # imported on first use: the window paints before anything is rendered
    import nh3

    rendered = markdown.markdown(text, extensions=["tables", "sane_lists"], output_format="html")
    return nh3.clean(rendered, tags=_TAGS, attributes=_ATTRIBUTES, url_schemes={"http", "https"},
                     link_rel="noopener noreferrer")


def friendly_date(iso: str) -> str:
    """"2026-11-28T10:00:00Z" as "28 Nov 2026"; anything that is not an ISO date is returned unchanged."""
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).strftime("%-d %b %Y")
    except ValueError:
        return iso


def meta_parts(kind: str, year: int | None, place: str | None, institution: str | None) -> list[str]:
    """Kind, year, place and institution as people read them, skipping what is unknown."""
    parts = [KIND_LABELS.get(kind, kind), str(year) if year else "", place or "", institution or ""]
    return [p for p in parts if p]


def meta_line(item: Item) -> str:
    """Kind · year · country · institution, for the reading pane."""
    return " · ".join(meta_parts(item.kind, item.year, item.country or item.region, item.institution))


def item_html(item: Item) -> str:
    """The whole reading-pane page for ``item``."""
    details = [
        ("Authors", "; ".join(item.authors)),
        ("Submitted by", item.submitter or ""),
        ("Date", item.date or ""),
        ("Region", item.region or ""),
        ("Languages", ", ".join(language_name(code) for code in item.languages)),
        ("Licence", item.licence or ""),
        ("ISBN", item.isbn or ""),
    ]
    rows = "".join(f"<tr><td class='label'>{escape_html(k)}</td><td>{escape_html(v)}</td></tr>"
                   for k, v in details if k and v)
    chips = " &nbsp;".join(f"<a class='chip' href='{escape_html(theme_link(t))}'><span class='chip'>&nbsp;"
                           f"{escape_html(t)}&nbsp;</span></a>" for t in item.themes)
    parts = [
        f"<h1>{escape_html(item.title)}</h1>",
        f"<p class='meta'>{escape_html(meta_line(item))}</p>",
        f"<p class='themes'>{chips}</p>" if chips else "",
        f"<table class='details'>{rows}</table>" if rows else "",
        f"<div class='summary'>{markdown_to_html(item.summary)}</div>" if item.summary else "",
        markdown_to_html(item.body) if item.body else "",
        _source(item.url),
        f"<p class='sources'><small>Facts from: {escape_html(item.sources)}</small></p>" if item.sources else "",
    ]
    return "\n".join(p for p in parts if p)


def _source(url: str | None) -> str:
    if not url:
        return ""
    if not is_external_link(url):
        return f"<p class='source'>Source: {escape_html(url)}</p>"
    return f"<p class='source'>Source: <a href='{escape_html(url, quote=True)}'>{escape_html(url)}</a></p>"

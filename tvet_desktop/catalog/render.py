"""Item text to safe HTML for the reading pane: Markdown rendered, then sanitized.

Nothing in the output can load a file or a remote resource: images are dropped, only http(s)
links survive, and raw HTML in the content is cleaned by nh3 (ammonia) with a short allow-list.
Text is measured before it is rendered: beyond a size it is cut, and nested too deeply (lists in lists,
tags in tags, hundreds of levels) it is shown as plain text, each time with a line saying so, because
the Markdown renderer recurses per level and the window lays nested blocks out in quadratic time.
Rendering never raises: whatever fails is shown as plain text.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, urlsplit

from ..errors import Number
from ..text import QT_TRANSLATE_NOOP, escape_html, same
from .records import KIND_LABELS, Item, language_name
from .sentences import Sentence

if TYPE_CHECKING:
    from collections.abc import Callable

    Say = Callable[[str], str]  # a note's words: str (English), or the window's ui.sentences.say

THEME_SCHEME = "theme"
PAGE_SCHEME = "page"  # a page reference in a note: page:37
_TAGS = {
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
    "em", "strong", "b", "i", "a", "table", "thead", "tbody", "tr", "th", "td", "dl", "dt", "dd", "sup", "sub",
}
_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
MAX_RENDER_CHARS = 100_000  # ~15,000 words; the largest catalogue text today is 4,400 characters
MAX_NESTING = 40  # levels of lists, quotes or tags; real writing uses a handful
MAX_TABLE_CELLS = 2000  # beyond, tables are shown as text: the window lays out about 16,000 cells a second
_CONTAINERS = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)]|>)(?=[ \t>]|$)")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*?(/?)>")
_HIDDEN_CONTENT = {"script", "style", "title"}  # dropped with what they hold, not only their tags
_IMG = re.compile(r'<img((?:\s+[^\s="<>]+="[^"]*")*)\s*/?>')  # nh3 quotes every value with " (&quot; inside)
_SRC = re.compile(r'(?:^|\s)src="')
_VOID_TAGS = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"}


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


def nesting(text: str) -> int:
    """How deeply ``text`` nests, at most: Markdown containers on one line (``- - - x``, ``> > x``) plus its
    indentation in steps of four, and HTML tags left open inside each other."""
    deepest = 0
    for line in text.splitlines():
        expanded = line[:4000].expandtabs(4)
        markers, position = 0, 0
        while match := _CONTAINERS.match(expanded, position):
            markers, position = markers + 1, match.end()
        indent = len(expanded) - len(expanded.lstrip(" "))
        deepest = max(deepest, markers + indent // 4)
    depth = 0
    for closing, tag, self_closing in _TAG.findall(text):
        if closing:
            depth = max(depth - 1, 0)
        elif not self_closing and tag.lower() not in _VOID_TAGS:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def markdown_to_html(text: str, page_links: bool = False, say: Say = str) -> str:
    """Markdown to sanitized HTML; too long or too deeply nested text is cut or shown plain, and says so (in the
    words ``say`` gives a note: the window's language). With ``page_links`` (a note), a page reference such as
    "(p. 37)" becomes a link to that page."""
    notes = []
    if len(text) > MAX_RENDER_CHARS:
        notes.append(Sentence("shortened-text", length=Number(len(text)), shown=Number(MAX_RENDER_CHARS)))
        text = text[:MAX_RENDER_CHARS]
    tables = text.count("|") <= MAX_TABLE_CELLS
    if not tables:
        notes.append(Sentence("many-table-cells", cells=Number(MAX_TABLE_CELLS)))
    if nesting(text) > MAX_NESTING:
        notes.append(Sentence("deep-nesting", levels=MAX_NESTING))
        body = plain_html(text)
    else:
        body = _rendered(text, tables, page_links)
    return "".join(shortened_note(note, say) for note in notes) + body


def plain_text_html(text: str, say: Say = str) -> str:
    """A plain text file as the reading pane shows it: the first MAX_RENDER_CHARS characters, saying so."""
    if len(text) <= MAX_RENDER_CHARS:
        return plain_html(text)
    return shortened_note(Sentence("shortened-file", shown=Number(MAX_RENDER_CHARS)), say) + plain_html(
        text[:MAX_RENDER_CHARS])


def shortened_note(note: Sentence, say: Say = str) -> str:
    """A note above a text shown shortened or plain."""
    return f"<p class='shortened'><i>{escape_html(say(note))}</i></p>"


def _rendered(text: str, tables: bool, page_links: bool = False) -> str:
    import markdown  # imported on first use: the window paints before anything is rendered
    import nh3

    try:
        extensions: list[object] = ["tables", "sane_lists"] if tables else ["sane_lists"]
        if page_links:
            from .page_links import PageLinks

            extensions.append(PageLinks())
        rendered = markdown.markdown(text, extensions=extensions, output_format="html")
        schemes = {"http", "https", PAGE_SCHEME} if page_links else {"http", "https"}
        return str(nh3.clean(rendered, tags=_TAGS, attributes=_ATTRIBUTES, url_schemes=schemes,
                             link_rel="noopener noreferrer"))
    except Exception:  # a renderer's bug on odd input: the text is still shown, and the bug is logged
        import logging

        logging.getLogger(__name__).exception("rendering Markdown failed; shown as plain text")
        return plain_html(text)


def page_of_link(url: str) -> int | None:
    """The page (from 1) a page-reference link points at, or None for any other link."""
    prefix = PAGE_SCHEME + ":"
    number = url[len(prefix):] if url.startswith(prefix) else ""
    return int(number) if number.isascii() and number.isdigit() and 0 < int(number) < 10**7 else None


def web_page_html(text: str, images: Callable[[str], str] | None = None,
                  links: Callable[[str], str | None] | None = None, say: Say = str) -> str:
    """A web page the user added (or a book's chapter), as the reading pane may show it: its visible text and
    structure through the same allow-list as Markdown (no script, style, form or frame; only http(s) links).
    Images are dropped unless ``images`` is given: it is asked for each picture's ``src`` as the page wrote it
    and returns the name the window will show it under (it decides what may be shown; nothing else is asked).
    ``links``, when given, is asked for each link's address that survived (http(s) or relative) and returns
    the address to keep (a book's chapter, say), or None to drop it."""
    import nh3

    if len(text) > MAX_RENDER_CHARS * 4:  # markup is wordier than Markdown
        note = Sentence("shortened-page", length=Number(len(text)), shown=Number(MAX_RENDER_CHARS * 4))
        return shortened_note(note, say) + web_page_html(text[:MAX_RENDER_CHARS * 4], images, links)
    if nesting(text) > MAX_NESTING:
        return plain_html(text)
    if images is None:
        return str(nh3.clean(text, tags=_TAGS, attributes=_ATTRIBUTES, url_schemes={"http", "https"},
                             link_rel="noopener noreferrer", clean_content_tags=_HIDDEN_CONTENT))

    def attribute(tag: str, name: str, value: str) -> str | None:
        if (tag, name) == ("img", "src"):
            return images(value)
        return links(value) if links is not None and (tag, name) == ("a", "href") else value

    cleaned = str(nh3.clean(text, tags=_TAGS | {"img"}, attributes={**_ATTRIBUTES, "img": {"src", "alt"}},
                            url_schemes={"http", "https"}, link_rel="noopener noreferrer",
                            clean_content_tags=_HIDDEN_CONTENT | {"svg"}, attribute_filter=attribute))
    # A picture whose address nh3 dropped (file:, data:, …) never reached ``images``: it gets the name of a
    # picture that is not there, so the window draws nothing rather than try a file with no name.
    nowhere = escape_html(images(""), quote=True)
    return _IMG.sub(lambda tag: tag.group(0) if _SRC.search(tag.group(1)) else
                    f'<img src="{nowhere}"{tag.group(1)}>', cleaned)


def plain_html(text: str) -> str:
    """``text`` as HTML paragraphs, every character shown as it is."""
    paragraphs = (escape_html(block).replace("\n", "<br>") for block in text.split("\n\n") if block.strip())
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def note_html(title: str, status: str | None, text: str) -> str:
    """A free-standing note (or one whose item left the catalogue) as a reading-pane page."""
    mark = f"<p class='meta'>{escape_html(status)}</p>" if status else ""
    return f"<h1>{escape_html(title)}</h1>{mark}{markdown_to_html(text)}"


def friendly_date(iso: str) -> str:
    """"2026-11-28T10:00:00Z" as "28 Nov 2026"; anything that is not an ISO date is returned unchanged."""
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).strftime("%-d %b %Y")
    except ValueError:
        return iso


def meta_parts(kind: str, year: int | None, place: str | None, institution: str | None,
               words: Callable[[str], str] = same) -> list[str]:
    """Kind, year, place and institution as people read them, skipping what is unknown; ``words``
    translates the kind's label (the window's translator; English as it is by default)."""
    parts = [words(KIND_LABELS.get(kind, kind)), str(year) if year else "", place or "", institution or ""]
    return [p for p in parts if p]


def meta_line(item: Item, words: Callable[[str], str] = same) -> str:
    """Kind · year · country · institution, for the reading pane."""
    return " · ".join(meta_parts(item.kind, item.year, item.country or item.region, item.institution, words))


def item_html(item: Item, words: Callable[[str], str] = same) -> str:
    """The whole reading-pane page for ``item``; ``words`` translates the page's own labels (context
    "catalog"), never the item's content."""
    details = [
        (QT_TRANSLATE_NOOP("catalog", "Authors"), "; ".join(item.authors)),
        (QT_TRANSLATE_NOOP("catalog", "Submitted by"), item.submitter or ""),
        (QT_TRANSLATE_NOOP("catalog", "Date"), item.date or ""),
        (QT_TRANSLATE_NOOP("catalog", "Region"), item.region or ""),
        (QT_TRANSLATE_NOOP("catalog", "Languages"), ", ".join(words(language_name(code)) for code in item.languages)),
        (QT_TRANSLATE_NOOP("catalog", "Licence"), item.licence or ""),
        ("ISBN", item.isbn or ""),
    ]
    rows = "".join(f"<tr><td class='label'>{escape_html(words(k))}</td><td>{escape_html(v)}</td></tr>"
                   for k, v in details if k and v)
    chips = " &nbsp;".join(f"<a class='chip' href='{escape_html(theme_link(t))}'><span class='chip'>&nbsp;"
                           f"{escape_html(t)}&nbsp;</span></a>" for t in item.themes)
    parts = [
        f"<h1>{escape_html(item.title)}</h1>",
        f"<p class='meta'>{escape_html(meta_line(item, words))}</p>",
        f"<p class='themes'>{chips}</p>" if chips else "",
        f"<table class='details'>{rows}</table>" if rows else "",
        f"<div class='summary'>{markdown_to_html(item.summary)}</div>" if item.summary else "",
        markdown_to_html(item.body) if item.body else "",
        _source(item.url, words),
        "<p class='sources'><small>{}</small></p>".format(
            escape_html(words(QT_TRANSLATE_NOOP("catalog", "Facts from: {sources}")).format(sources=item.sources)))
        if item.sources else "",
    ]
    return "\n".join(p for p in parts if p)


def _source(url: str | None, words: Callable[[str], str]) -> str:
    if not url:
        return ""
    said = escape_html(words(QT_TRANSLATE_NOOP("catalog", "Source: {address}")))
    if not is_external_link(url):
        return f"<p class='source'>{said.format(address=escape_html(url))}</p>"
    link = f"<a href='{escape_html(url, quote=True)}'>{escape_html(url)}</a>"
    return f"<p class='source'>{said.format(address=link)}</p>"

"""Snippets: the passage of an item (or a note) around the words a query matched, as plain text and as HTML
with those words in bold."""

from __future__ import annotations

import re

from ..text import escape_html

START, END = "\x02", "\x03"  # markers FTS5 puts around a matched word; they cannot occur in indexed text
SUMMARY_CHARS = 220  # a row without a matching passage shows the start of its summary
_MARKDOWN = re.compile(r"(?m)^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)|\*\*|__|`+|!?\[([^\]]*)\]\([^)]*\)")


def plain_snippet(marked: str) -> str:
    """One flowing line without Markdown syntax (headings, quotes, bullets, emphasis, link targets)."""
    return " ".join(_MARKDOWN.sub(lambda m: m.group(1) or "", marked).split())


def snippet_text(marked: str) -> str:
    return marked.replace(START, "").replace(END, "")


def snippet_html(marked: str) -> str:
    return escape_html(marked, quote=False).replace(START, "<b>").replace(END, "</b>")


def shorten(text: str, limit: int = SUMMARY_CHARS) -> str:
    """``text`` cut at a word boundary before ``limit`` characters, with "…" when cut."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"

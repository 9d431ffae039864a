"""Snippets: the passage of an item (or a note) around the words a query matched, as plain text and as HTML
with those words in bold."""

from __future__ import annotations

import re

from ..catalog.language import STOP_WORDS, WORD_IN_TEXT, normalize, stem, text_language
from ..text import escape_html

START, END = "\x02", "\x03"  # markers FTS5 puts around a matched word; they cannot occur in indexed text
SUMMARY_CHARS = 220  # a row without a matching passage shows the start of its summary
PASSAGE_WORDS = 24  # words in a passage
DETECT_WORDS = 200  # words read to tell a text's language
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


def passage(text: str, terms: frozenset[str], languages: tuple[str, ...] = ()) -> str:
    """The passage of ``text`` (about :data:`PASSAGE_WORDS` words) with the most different query ``terms``
    (index terms, :mod:`..catalog.language`), its matched words between START and END, "…" where it is cut;
    '' when no word of ``text`` is one of them. Words are stemmed as the index stemmed them, so the passage
    shows what the index matched."""
    spans = list(WORD_IN_TEXT.finditer(text))
    if not spans:
        return ""
    language = text_language([normalize(m.group()) for m in spans[:DETECT_WORDS]], languages)
    hits: list[tuple[int, str]] = []  # (word position, term)
    for position, match in enumerate(spans):
        word = match.group()
        word = word.lower() if word.isascii() else normalize(word)
        if word in STOP_WORDS:
            continue
        term = stem(word, language)
        if term in terms:
            hits.append((position, term))
    if not hits:
        return ""
    start = max(range(len(hits)), key=lambda i: (_distinct(hits, i), -i))
    first = max(0, min(hits[start][0] - 2, len(spans) - PASSAGE_WORDS))  # a short text shows whole
    last = min(len(spans), first + PASSAGE_WORDS)
    marked = {position for position, _ in hits if first <= position < last}
    parts, cursor = ["…" if first else ""], spans[first].start() if first else 0
    for position in range(first, last):
        match = spans[position]
        if position in marked:
            parts += [text[cursor : match.start()], START, match.group(), END]
            cursor = match.end()
    parts.append(text[cursor : spans[last - 1].end()] if last < len(spans) else text[cursor:])
    parts.append("…" if last < len(spans) else "")
    return "".join(parts)


def _distinct(hits: list[tuple[int, str]], index: int) -> tuple[int, int]:
    """(different terms, matches) in the passage starting at ``hits[index]``."""
    end = hits[index][0] + PASSAGE_WORDS - 2
    inside = [term for position, term in hits[index:] if position < end]
    return len(set(inside)), len(inside)

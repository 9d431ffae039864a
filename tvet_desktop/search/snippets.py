"""Snippets: the passage of an item (or a note) around the words a query matched, as plain text and as HTML
with those words in bold."""

from __future__ import annotations

import re
from itertools import islice

from ..catalog.language import STOP_WORDS, WORD_IN_TEXT, normalize, stem, text_language
from ..text import escape_html

START, END = "\x02", "\x03"  # markers FTS5 puts around a matched word; they cannot occur in indexed text
SUMMARY_CHARS = 220  # a row without a matching passage shows the start of its summary
PASSAGE_WORDS = 24  # words in a passage
DETECT_WORDS = 200  # words read to tell a text's language
_ASCII_WORD = re.compile(r"[a-z0-9]+")  # WORD_IN_TEXT in lower-case ASCII text
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
    shows what the index matched.

    Most rows of a page have no matching word in their summary, and a body has ~600 words: each distinct
    word is folded and stemmed once, and the text is given up before any position is looked at when none
    of its words is a query term (per-word work in Python was most of a search's time)."""
    if text.isascii():  # the common case: folding is lower case, and a word is letters and digits
        found = _ASCII_WORD.findall(text.lower())
    else:
        found = [_fold(word) for word in WORD_IN_TEXT.findall(text)]
    if not found:
        return ""
    language = text_language(found[:DETECT_WORDS], languages)
    matching = {word: term for word in set(found) - STOP_WORDS if (term := stem(word, language)) in terms}
    if not matching:
        return ""
    hits = [(position, matching[word]) for position, word in enumerate(found) if word in matching]
    return _marked(text, hits, len(found))


def _fold(word: str) -> str:
    """A word of the text as the index folded it (ASCII words need only lower case)."""
    return word.lower() if word.isascii() else normalize(word)


def _marked(text: str, hits: list[tuple[int, str]], count: int) -> str:
    """The passage around the best run of ``hits`` (word position, term) in a text of ``count`` words,
    matched words marked."""
    start = _best_start(hits)
    first = max(0, min(hits[start][0] - 2, count - PASSAGE_WORDS))  # a short text shows whole
    last = min(count, first + PASSAGE_WORDS)
    spans = list(islice(WORD_IN_TEXT.finditer(text), last))  # the words after the passage are not needed
    marked = {position for position, _ in hits if first <= position < last}
    parts, cursor = ["…" if first else ""], spans[first].start() if first else 0
    for position in range(first, last):
        match = spans[position]
        if position in marked:
            parts += [text[cursor : match.start()], START, match.group(), END]
            cursor = match.end()
    parts.append(text[cursor : spans[last - 1].end()] if last < count else text[cursor:])
    parts.append("…" if last < count else "")
    return "".join(parts)


def _best_start(hits: list[tuple[int, str]]) -> int:
    """The hit a passage starts at: the first of those whose passage holds the most different terms, then
    the most matches (one pass with a sliding window: a body can have a hundred hits of a common word)."""
    inside: dict[str, int] = {}  # terms in the window of hits[i:end], with their counts
    end, best, start = 0, (-1, -1), 0
    for i, (position, _) in enumerate(hits):
        while end < len(hits) and hits[end][0] < position + PASSAGE_WORDS - 2:
            inside[hits[end][1]] = inside.get(hits[end][1], 0) + 1
            end += 1
        if (len(inside), end - i) > best:
            best, start = (len(inside), end - i), i
        term = hits[i][1]
        inside[term] -= 1
        if not inside[term]:
            del inside[term]
    return start

"""A page's passage around the words a query matched, found through the page's index terms: the i-th term of a
page is its i-th indexed word, so the matches are found without stemming the page again, and only the words
of the passage are marked. Stemming every word of 60 pages per keystroke was 95 % of a search's time.

When a page's words and terms do not line up (a character whose folding splits or joins words), the passage
is made the slow way, by :func:`..search.snippets.passage`."""

from __future__ import annotations

from ..catalog.language import STOP_WORDS, WORD_IN_TEXT, normalize
from ..search.snippets import END, START, passage

WINDOW = 16  # indexed words in a passage: with the stop words between them, about 24 words


def _indexed(word: str) -> bool:
    folded = word.lower() if word.isascii() else normalize(word)
    return folded not in STOP_WORDS


def page_passage(text: str, terms: list[str], wanted: frozenset[str]) -> str:
    """``text``'s passage with the most different ``wanted`` terms, matched words between START and END, "…"
    where it is cut; '' when no term matches. ``terms``: the page's index terms, in order."""
    spans = [match for match in WORD_IN_TEXT.finditer(text) if _indexed(match.group())]
    if len(spans) != len(terms):
        return passage(text, wanted)
    hits = [index for index, term in enumerate(terms) if term in wanted]
    if not hits:
        return ""
    start = max(range(len(hits)), key=lambda i: (_distinct(hits, terms, i), -i))
    first = max(0, min(hits[start] - 2, len(spans) - WINDOW))
    last = min(len(spans), first + WINDOW) - 1
    parts = ["…" if first else "", text[spans[first].start() if first else 0 : spans[first].start()]]
    cursor = spans[first].start()
    for index in range(first, last + 1):
        if terms[index] in wanted:
            match = spans[index]
            parts += [text[cursor : match.start()], START, match.group(), END]
            cursor = match.end()
    end = spans[last].end() if last < len(spans) - 1 else len(text)
    parts += [text[cursor:end], "…" if last < len(spans) - 1 else ""]
    return "".join(parts)


def _distinct(hits: list[int], terms: list[str], index: int) -> tuple[int, int]:
    """(different terms, matches) in the window starting at ``hits[index]``."""
    end = hits[index] + WINDOW - 2
    inside = [terms[position] for position in hits[index:] if position < end]
    return len(set(inside)), len(inside)

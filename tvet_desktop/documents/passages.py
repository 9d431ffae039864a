"""A page's passage around the words a query matched, found through the page's index terms: the i-th term of a
page is its i-th indexed word, so the matches are found without stemming the page again. Where the i-th word
is in the text comes from the page's checkpoints, stored when it was indexed: the offset of every
:data:`CHECK`-th indexed word. So a passage reads a few dozen words of the page, whatever its length
(stemming every word of 60 pages per keystroke was 95 % of a search's time).

A page whose words and terms do not line up (a character whose folding splits or joins words) has no
checkpoints; its passage is made the slow way, by :func:`..search.snippets.passage`."""

from __future__ import annotations

from ..catalog.language import STOP_WORDS, WORD_IN_TEXT, normalize
from ..search.snippets import END, START, passage

WINDOW = 16  # indexed words in a passage: with the stop words between them, about 24 words
CHECK = 32  # every so many indexed words, the page keeps where the word is


def _indexed(word: str) -> bool:
    folded = word.lower() if word.isascii() else normalize(word)
    return folded not in STOP_WORDS


def checkpoints(text: str, term_count: int) -> str:
    """The offsets of the page's 0th, CHECK-th, 2·CHECK-th … indexed word, space-separated; '' when the page's
    words do not line up with its ``term_count`` terms."""
    found, count = [], 0
    for match in WORD_IN_TEXT.finditer(text):
        if _indexed(match.group()):
            if count % CHECK == 0:
                found.append(match.start())
            count += 1
    return " ".join(map(str, found)) if count == term_count else ""


def _spans(text: str, offset: int, wanted: int) -> list[tuple[int, int]]:
    """Up to ``wanted`` indexed words from ``offset`` on, as (start, end)."""
    spans: list[tuple[int, int]] = []
    for match in WORD_IN_TEXT.finditer(text, offset):
        if _indexed(match.group()):
            spans.append(match.span())
            if len(spans) == wanted:
                break
    return spans


def page_passage(text: str, terms: list[str], marks: str, wanted: frozenset[str]) -> str:
    """``text``'s passage with the most different ``wanted`` terms, matched words between START and END, "…"
    where it is cut; '' when no term matches. ``terms``: the page's index terms in order; ``marks``: its
    :func:`checkpoints`."""
    hits = [index for index, term in enumerate(terms) if term in wanted]
    if not hits:
        return ""
    if not marks:
        return passage(text, wanted)
    start = max(range(len(hits)), key=lambda i: (_distinct(hits, terms, i), -i))
    first = max(0, min(hits[start] - 2, len(terms) - WINDOW))
    last = min(len(terms), first + WINDOW) - 1
    check = first // CHECK
    spans = _spans(text, int(marks.split()[check]), last - check * CHECK + 1)[first - check * CHECK:]
    if len(spans) != last - first + 1:
        return passage(text, wanted)
    begin = spans[0][0]
    parts, cursor = ["…" if first else "", text[0 if not first else begin : begin]], begin
    for index, (word_start, word_end) in zip(range(first, last + 1), spans, strict=True):
        if terms[index] in wanted:
            parts += [text[cursor:word_start], START, text[word_start:word_end], END]
            cursor = word_end
    more = last < len(terms) - 1
    parts += [text[cursor : spans[-1][1] if more else len(text)], "…" if more else ""]
    return "".join(parts)


def _distinct(hits: list[int], terms: list[str], index: int) -> tuple[int, int]:
    """(different terms, matches) in the window starting at ``hits[index]``."""
    end = hits[index] + WINDOW - 2
    inside = [terms[position] for position in hits[index:] if position < end]
    return len(set(inside)), len(inside)

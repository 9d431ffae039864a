"""Which strings to mark on a page for a search: the words as typed (accents kept, since the page's text
has them), shortened to their stem so that "welds" marks "welding" too, phrases whole, and no stop word or
excluded word."""

from __future__ import annotations

import re

from ...catalog.language import STOP_WORDS, normalize, stems_of

_TOKEN = re.compile(r'-?"[^"]*"?|\S+')
_WORD = re.compile(r"[^\W_]+")
MIN_MARK = 3  # a stem shorter than this would mark half the page
MAX_MARKS = 8  # each is searched on every page shown


def words_to_mark(query: str) -> list[str]:
    marks: list[str] = []
    for token in _TOKEN.findall(query or ""):
        if token.startswith("-") or token == "OR":
            continue
        found = [word for word in _WORD.findall(token) if normalize(word) not in STOP_WORDS]
        if token.startswith('"') and len(found) > 1:
            marks.append(" ".join(found))
            continue
        marks.extend(_shortest_stem(word) for word in found)
    return list(dict.fromkeys(mark for mark in marks if len(mark) >= MIN_MARK))[:MAX_MARKS]


def _shortest_stem(word: str) -> str:
    """``word`` cut to the shortest of its stems that is a beginning of it, as typed."""
    folded = normalize(word)
    cuts = [len(stem) for stem in stems_of(folded) if folded.startswith(stem) and len(stem) >= MIN_MARK]
    cut = min(cuts, default=len(word))
    return word[:cut] if normalize(word[:cut]) == folded[:cut] else word

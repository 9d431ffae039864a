"""Which words to mark on a page for a search (the words typed, phrases whole, no stop word or excluded word),
and where they are in a page's text: whole words, folded as the index folds them ("education" marks
"Éducation"), in any form the index matches ("welds" marks "welding", "extract" all of "Extraction", nothing
inside "subtract"), or beginning with a word as typed (the last word of a search is a prefix while typing)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..catalog.language import STOP_WORDS, WORD_IN_TEXT, normalize, stems_of

if TYPE_CHECKING:
    from collections.abc import Sequence

_TOKEN = re.compile(r'-?"[^"]*"?|\S+')
_WORD = re.compile(r"[^\W_]+")
MIN_MARK = 3  # a shorter word would mark half the page (as the beginning of longer ones)
MAX_MARKS = 12  # each is looked for in every word of a page shown


def words_to_mark(query: str) -> list[str]:
    """The words of ``query`` as typed (accents kept), phrases whole; no stop word, excluded word or "OR"."""
    marks: list[str] = []
    for token in _TOKEN.findall(query or ""):
        if token.startswith("-") or token == "OR":
            continue
        every = _WORD.findall(token)
        if token.startswith('"') and len(every) > 1:
            marks.append(" ".join(every))  # a phrase whole, its small words too: they are in the text
        else:
            marks += [word for word in every if normalize(word) not in STOP_WORDS]
    return list(dict.fromkeys(mark for mark in marks if len(mark) >= MIN_MARK))[:MAX_MARKS]


def marked_spans(text: str, marks: Sequence[str], limit: int | None = None) -> list[tuple[int, int]]:
    """Where ``marks`` (:func:`words_to_mark`) are in ``text``, in order, at most ``limit``: (start, end) of each
    whole word that is a form of a single-word mark (:func:`_begins`), and of each run of words a phrase is (its
    last word a form of the phrase's)."""
    if not marks:
        return []
    spans = [(found.start(), found.end()) for found in WORD_IN_TEXT.finditer(text)]
    folded = [_fold(text[start:end]) for start, end in spans]
    wanted = [[_fold(word) for word in _WORD.findall(mark)] for mark in marks]
    marked: list[tuple[int, int]] = []
    for position in range(len(spans)):
        length = max((len(phrase) for phrase in wanted if _starts_here(folded, position, phrase)), default=0)
        if length:
            marked.append((spans[position][0], spans[position + length - 1][1]))
            if len(marked) == limit:
                break
    return marked


def _starts_here(folded: list[str], position: int, phrase: list[str]) -> bool:
    """Whether the words of ``phrase`` are the words from ``position`` on, the last as a word's beginning."""
    last = position + len(phrase) - 1
    if not phrase or last >= len(folded):
        return False
    return folded[position:last] == phrase[:-1] and _begins(folded[last], phrase[-1])


def _begins(word: str, mark: str) -> bool:
    """Whether ``word`` is a form of ``mark``: it begins with it as typed (a word being typed: "fork" marks
    "Forklift"), or they have a stem in common, as the index matches them ("welds" and "welding"; "تدريب" and
    "التدريب", its article before the stem); a longer word that merely begins with the stem is not ("forks" does
    not mark "Forklift")."""
    return word.startswith(mark) or not _stems(word).isdisjoint(_stems(mark))


@lru_cache(maxsize=4096)  # a page's words repeat, and so do the pages' of one document
def _fold(word: str) -> str:
    return normalize(word)


@lru_cache(maxsize=4096)
def _stems(word: str) -> frozenset[str]:
    return frozenset(stems_of(word))

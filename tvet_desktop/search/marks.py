"""Which words to mark on a page for a search: the words as typed and their stem, so that "welds" marks
"welding" too, phrases whole, no stop word or excluded word; and where they are in a page's text, whole words
only ("extract" marks all of "extraction", and nothing inside "subtract"), folded as the index folds them
(so "education" marks "Éducation")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..catalog.language import STOP_WORDS, WORD_IN_TEXT, normalize, stem, text_language, words

if TYPE_CHECKING:
    from collections.abc import Sequence

_TOKEN = re.compile(r'-?"[^"]*"?|\S+')
_WORD = re.compile(r"[^\W_]+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
MIN_MARK = 3  # a stem shorter than this would mark half the page
MAX_MARKS = 12  # each is searched on every page shown


def words_to_mark(query: str) -> list[str]:
    marks: list[str] = []
    language = text_language(words(query or ""))  # English unless the query's stop words say otherwise
    for token in _TOKEN.findall(query or ""):
        if token.startswith("-") or token == "OR":
            continue
        found = [word for word in _WORD.findall(token) if normalize(word) not in STOP_WORDS]
        if token.startswith('"') and len(found) > 1:
            marks.append(" ".join(found))
            continue
        for word in found:  # the word as typed marks it whole; its stem, the other forms ("weld" in "welding")
            marks += [word, _stem_prefix(word, language)]
    return list(dict.fromkeys(mark for mark in marks if len(mark) >= MIN_MARK))[:MAX_MARKS]


def _stem_prefix(word: str, language: str) -> str:
    """``word`` cut to its stem in the query's language when the stem is a beginning of it, as typed."""
    folded = normalize(word)
    root = stem(folded, language)
    if len(root) >= MIN_MARK and folded.startswith(root) and normalize(word[:len(root)]) == root:
        return word[:len(root)]
    return word


def marked_spans(text: str, marks: Sequence[str]) -> list[tuple[int, int]]:
    """Where ``marks`` (:func:`words_to_mark`) are in ``text``: (start, end) of each whole word beginning with
    a single-word mark, and of each run of words a phrase is (its last word may go on), in order."""
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
    return marked


def _starts_here(folded: list[str], position: int, phrase: list[str]) -> bool:
    """Whether the words of ``phrase`` are the words from ``position`` on, the last as a word's beginning."""
    last = position + len(phrase) - 1
    if not phrase or last >= len(folded):
        return False
    return folded[position:last] == phrase[:-1] and _begins(folded[last], phrase[-1])


def _begins(word: str, mark: str) -> bool:
    """Whether ``word`` is a form of ``mark``: it begins with it, or for Arabic its stem begins with the mark's
    (the article and other prefixes come before the stem: "التدريب" is a form of "تدريب")."""
    if word.startswith(mark):
        return True
    return bool(_ARABIC.search(mark)) and _arabic_stem(word).startswith(_arabic_stem(mark))


@lru_cache(maxsize=4096)  # a page's words repeat, and so do the pages' of one document
def _fold(word: str) -> str:
    return normalize(word)


@lru_cache(maxsize=4096)
def _arabic_stem(word: str) -> str:
    return stem(word, "ar")

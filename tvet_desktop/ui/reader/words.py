"""Which strings to mark on a page for a search: the words as typed (accents kept, since the page's text
has them), and their stem so that "welds" marks "welding" too, phrases whole, and no stop word or
excluded word."""

from __future__ import annotations

import re

from ...catalog.language import STOP_WORDS, normalize, stem, text_language, words

_TOKEN = re.compile(r'-?"[^"]*"?|\S+')
_WORD = re.compile(r"[^\W_]+")
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

"""Parse what a user typed into words, phrases, OR groups, exclusions and the word still being typed.

Raw user text never reaches MATCH: :mod:`.compile` quotes every word of a parsed query. Words are normalized
as the index normalizes them (:mod:`..catalog.language`), and stop words ("the", "de", "في") are left out:
the index does not hold them, so a query need not contain them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..catalog.language import STOP_WORDS, words

MAX_TERMS = 32
MAX_WORD_LENGTH = 64
MIN_PREFIX = 2
_TOKEN = re.compile(r'-?"[^"]*"?|\S+')


class Term(NamedTuple):
    """One thing to match: a word, or a phrase of adjacent words."""

    words: tuple[str, ...]
    prefix: bool = False  # the last word is still being typed

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1


class ParsedQuery(NamedTuple):
    """All ``groups`` must match (each group is an OR of terms); no ``excluded`` term may."""

    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.groups and not self.excluded

    @property
    def positive_words(self) -> list[str]:
        return [word for group in self.groups for term in group for word in term.words]


def parse(text: str, prefix_last: bool = False) -> ParsedQuery:
    """Parse ``text``; with ``prefix_last`` the final bare word matches as a prefix (search as you type)."""
    tokens = _TOKEN.findall(text)
    typing = prefix_last and bool(text) and not text[-1].isspace()
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False
    for position, token in enumerate(tokens):
        if token == "OR":
            join_next = bool(groups)
            continue
        negative = token.startswith("-") and len(token) > 1
        body = token[1:] if negative else token
        quoted = body.startswith('"')
        found = tuple(word[:MAX_WORD_LENGTH] for word in words(body) if word not in STOP_WORDS)
        if not found:
            continue
        is_last = position == len(tokens) - 1
        term = Term(found, prefix=typing and is_last and not quoted and not negative)
        if term.prefix and len(found) == 1 and len(found[0]) < MIN_PREFIX:
            continue  # one typed letter would match most of the catalogue: wait for the next one
        if negative:
            excluded.append(term)
        elif join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
        if len(groups) + len(excluded) >= MAX_TERMS:
            break
    return ParsedQuery(tuple(tuple(group) for group in groups), tuple(excluded))

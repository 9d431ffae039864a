"""Turn what a user typed into a safe FTS5 MATCH expression.

Raw user text never reaches MATCH: it is parsed into words, phrases, OR groups, exclusions
and a prefix for the word still being typed, and every word is quoted on the way out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from ..text import words

MAX_TERMS = 32
MAX_WORD_LENGTH = 64
MIN_PREFIX = 2
SHORT_PREFIX = 3  # the snapshot's FTS5 prefix index covers prefixes of 2 and 3 characters
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
        found = tuple(word[:MAX_WORD_LENGTH] for word in words(body))
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


Expander = Callable[[Term], Sequence[str]]


def _no_expansion(term: Term) -> Sequence[str]:
    return ()


def term_alternatives(term: Term, expand: Expander = _no_expansion) -> list[str]:
    """The quoted FTS5 phrases that together match ``term`` (its own spelling first)."""
    quoted = '"' + " ".join(term.words) + '"'
    completions = list(expand(term))
    # A short prefix is served by the FTS prefix index. A longer one goes through the stemmer and
    # then matches every word sharing the stem's start ("training*" -> "train*"), which is slow to
    # rank and to snippet: the known completions of what was typed find the same items at once.
    if term.prefix and (len(term.words[-1]) <= SHORT_PREFIX or not completions):
        quoted += "*"
    return list(dict.fromkeys([quoted] + [f'"{word}"' for word in completions]))


def _either(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


class CompiledQuery(NamedTuple):
    """A query's FTS5 phrases: per group, per term, its alternatives; and the excluded phrases.

    FTS5 numbers phrases in the order they appear in :attr:`expression`, which is the order of
    :attr:`phrases`; the ranking code relies on that to add up bm25 the way FTS5 does.
    """

    groups: tuple[tuple[tuple[str, ...], ...], ...]
    excluded: tuple[str, ...]

    @property
    def expression(self) -> str:
        """The MATCH string ('' when nothing positive)."""
        if not self.groups:
            return ""
        expression = " AND ".join(_either([_either(term) for term in group]) for group in self.groups)
        return expression + " NOT " + _either(self.excluded) if self.excluded else expression

    @property
    def phrases(self) -> list[str]:
        """Every positive phrase, in the expression's order."""
        return [phrase for group in self.groups for term in group for phrase in term]


def compile_query(query: ParsedQuery, expand: Expander = _no_expansion) -> CompiledQuery:
    groups = tuple(tuple(tuple(term_alternatives(term, expand)) for term in group) for group in query.groups)
    excluded = tuple(term_alternatives(term)[0] for term in query.excluded)
    return CompiledQuery(groups, excluded)


def match_expression(query: ParsedQuery, expand: Expander = _no_expansion) -> str:
    """The MATCH string for the positive part of ``query`` minus its exclusions ('' if nothing positive)."""
    return compile_query(query, expand).expression


def exclusion_expression(query: ParsedQuery) -> str:
    """MATCH string for everything the user excluded ('' if nothing)."""
    return _either([term_alternatives(term)[0] for term in query.excluded]) if query.excluded else ""

"""Compile a parsed query into FTS5 phrases: every word quoted, each term with its alternatives.

A term's alternatives are its own spelling and the words the vocabulary adds (the completions of a
prefix being typed, or its word family). One search compiles its query once (:class:`Query`) and
every step of it (ranking, snippets, facet counts) uses that.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from .query import ParsedQuery, Term

SHORT_PREFIX = 3  # the snapshot's FTS5 prefix index covers prefixes of 2 and 3 characters
Expander = Callable[[Term], Sequence[str]]


def _no_expansion(_term: Term) -> Sequence[str]:
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
        """The MATCH string for the positive part minus the exclusions ('' when nothing positive)."""
        if not self.groups:
            return ""
        expression = " AND ".join(_either([_either(term) for term in group]) for group in self.groups)
        return expression + " NOT " + self.exclusion if self.excluded else expression

    @property
    def exclusion(self) -> str:
        """The MATCH string for everything excluded ('' when nothing)."""
        return _either(self.excluded) if self.excluded else ""

    @property
    def phrases(self) -> list[str]:
        """Every positive phrase, in the expression's order."""
        return [phrase for group in self.groups for term in group for phrase in term]


def compile_query(query: ParsedQuery, expand: Expander = _no_expansion) -> CompiledQuery:
    groups = tuple(tuple(tuple(term_alternatives(term, expand)) for term in group) for group in query.groups)
    excluded = tuple(term_alternatives(term)[0] for term in query.excluded)
    return CompiledQuery(groups, excluded)


class Query(NamedTuple):
    """What one search works from: the parsed query and its phrases, compiled once."""

    parsed: ParsedQuery
    compiled: CompiledQuery

    @property
    def matches_some(self) -> bool:
        """True when the query names words an item must have (else it keeps or excludes everything)."""
        return bool(self.parsed.groups)

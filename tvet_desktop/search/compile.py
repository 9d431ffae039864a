"""Compile a parsed query into FTS5 phrases: every word quoted, each term with its alternatives.

A term's alternatives are the index terms the vocabulary gives it: its stems in the languages that have
them, its word family, and for the word being typed the completions too. One search compiles its query once
(:class:`Query`) and every step of it (ranking, snippets, facet counts) uses that.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from ..catalog.language import stems_of
from .query import ParsedQuery, Term

Expander = Callable[[Term], Sequence[str]]


def _own_terms(term: Term) -> Sequence[str]:
    return [" ".join(stems_of(word)[0] for word in term.words)]


def term_alternatives(term: Term, expand: Expander = _own_terms) -> list[str]:
    """The quoted FTS5 phrases that together match ``term``: the index terms ``expand`` gives it (its own
    stems and word family; for a word being typed, also the completions), or, for a word the catalogue does
    not have, its English stem, which matches nothing."""
    found = list(expand(term)) or list(_own_terms(term))
    return list(dict.fromkeys(f'"{terms}"' for terms in found))


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


def compile_query(query: ParsedQuery, expand: Expander = _own_terms) -> CompiledQuery:
    groups = tuple(tuple(tuple(term_alternatives(term, expand)) for term in group) for group in query.groups)
    excluded = tuple(term_alternatives(term, expand)[0] for term in query.excluded)
    return CompiledQuery(groups, excluded)


def compile_typed(query: ParsedQuery) -> CompiledQuery:
    """The query's words as typed, for an FTS5 index that stems them itself (the user's notes): each term one
    quoted phrase, the word being typed a prefix."""

    def quoted(term: Term) -> str:
        return '"' + " ".join(term.words) + '"' + ("*" if term.prefix else "")

    return CompiledQuery(tuple(tuple((quoted(term),) for term in group) for group in query.groups),
                         tuple(quoted(term) for term in query.excluded))


class Query(NamedTuple):
    """What one search works from: the parsed query and its phrases, compiled once."""

    parsed: ParsedQuery
    compiled: CompiledQuery

    @property
    def matches_some(self) -> bool:
        """True when the query names words an item must have (else it keeps or excludes everything)."""
        return bool(self.parsed.groups)

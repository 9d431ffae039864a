"""The snapshot's vocabulary: the index terms a typed term finds, and "Did you mean …" for a misspelt one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..catalog.language import STOP_WORDS, normalize, stems_of
from ..text import edit_distance
from . import sql
from .query import Term, parse

if TYPE_CHECKING:
    from ..db import ThreadConnections

PREFIX_EXPANSIONS = 12
FAMILY_EXPANSIONS = 8
_WORD = re.compile(r"[^\W_]+")


class Vocabulary:
    def __init__(self, connections: ThreadConnections, short_prefix_expansions: tuple[int, ...] = ()) -> None:
        """``short_prefix_expansions``: how many completions a prefix of 2, 3 … letters finds, when fewer than
        :data:`PREFIX_EXPANSIONS` (the documents' page index takes fewer: each completion is one more phrase to
        rank over tens of thousands of pages)."""
        self.connections = connections
        self.short_prefix_expansions = short_prefix_expansions

    def expand(self, term: Term) -> list[str]:
        """The index terms (or, for a phrase, the space-separated terms) a term finds: a word's stems in the
        languages that have it and their word family; a word being typed also finds the words it begins, so a
        finished word keeps what it found while it was typed."""
        if term.is_phrase:
            return [" ".join((self.terms_of(word) or stems_of(word))[0] for word in term.words)]
        word = term.words[0]
        found = self._family(self.terms_of(word))
        if term.prefix:
            shorter = self.short_prefix_expansions
            wanted = shorter[len(word) - 2] if 0 <= len(word) - 2 < len(shorter) else PREFIX_EXPANSIONS
            rows = self.connections.conn.execute(sql.PREFIX_WORDS_SQL, (word, word, wanted))
            found += [stem for _, stem in rows]
        return list(dict.fromkeys(found))

    def terms_of(self, word: str) -> list[str]:
        """The index terms of a whole word: those the catalogue gave it, or its stems that the index has."""
        conn = self.connections.conn
        found = [row[0] for row in conn.execute(sql.WORD_TERMS_SQL, (word,))]
        candidates = stems_of(word)
        found += [row[0] for row in conn.execute(sql.known_terms_sql(len(candidates)), candidates)]
        return list(dict.fromkeys(found))

    def _family(self, terms: list[str]) -> list[str]:
        if not terms:
            return []
        rows = self.connections.conn.execute(sql.family_sql(len(terms)), [*terms, FAMILY_EXPANSIONS])
        return list(dict.fromkeys([*terms, *(row[0] for row in rows)]))

    def corrected(self, text: str) -> str | None:
        """``text`` with each word the catalogue does not know replaced by the closest one it does, or None
        when nothing could be corrected."""
        changed = False
        corrected = text
        for word in dict.fromkeys(parse(text).positive_words):
            if word in STOP_WORDS or self.terms_of(word):
                continue
            better = self._closest(word)
            if better:
                corrected, changed = _replace_word(corrected, word, better), True
        return corrected if changed else None

    def _closest(self, word: str) -> str | None:
        if len(word) < 3:
            return None
        limit = 1 if len(word) <= 5 else 2
        rows = self.connections.conn.execute(sql.SPELLING_CANDIDATES_SQL, (word[0], word[0], len(word) - limit,
                                                                            len(word) + limit))
        scored = [(edit_distance(word, candidate, limit), -documents, candidate) for candidate, documents in rows]
        best = min((s for s in scored if s[0] <= limit), default=None)
        return best[2] if best else None


def _replace_word(query: str, word: str, better: str) -> str:
    def swap(match: re.Match[str]) -> str:
        return better if normalize(match.group(0)) == word else match.group(0)

    return _WORD.sub(swap, query)

"""The snapshot's vocabulary: the words a typed term also finds, and "Did you mean …" for a misspelt one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import edit_distance, fold, porter_stem
from . import sql
from .query import Term, parse

if TYPE_CHECKING:
    from ..db import ThreadConnections

PREFIX_EXPANSIONS = 12
FAMILY_EXPANSIONS = 6
_WORD = re.compile(r"[^\W_]+")


class Vocabulary:
    def __init__(self, connections: ThreadConnections) -> None:
        self.connections = connections

    def expand(self, term: Term) -> list[str]:
        """Extra words a term should also find: completions of a prefix, or its word family."""
        if term.is_phrase:
            return []
        word = term.words[0]
        conn = self.connections.conn
        if term.prefix:
            rows = conn.execute(sql.PREFIX_WORDS_SQL, (word, word, PREFIX_EXPANSIONS))
        else:
            stem = porter_stem(word)
            rows = conn.execute(sql.FAMILY_WORDS_SQL, (stem, stem, FAMILY_EXPANSIONS))
        return [row[0] for row in rows]

    def corrected(self, text: str) -> str | None:
        """``text`` with each word the catalogue does not know replaced by the closest one it does, or None
        when nothing could be corrected."""
        changed = False
        corrected = text
        for word in dict.fromkeys(parse(text).positive_words):
            if self._known(word):
                continue
            better = self._closest(word)
            if better:
                corrected, changed = _replace_word(corrected, word, better), True
        return corrected if changed else None

    def _known(self, word: str) -> bool:
        return self.connections.conn.execute(sql.KNOWN_WORD_SQL, (word, word)).fetchone() is not None

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
        return better if fold(match.group(0)) == word else match.group(0)

    return _WORD.sub(swap, query)

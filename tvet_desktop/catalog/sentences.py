"""Every sentence opening a catalogue file can end with, and the notes above a text shown shortened or plain,
by a stable code: the English the command line prints;
the window says the same from its table of the same codes (``ui/catalog_sentences.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import Sentence as _Sentence

if TYPE_CHECKING:
    from collections.abc import Mapping

SENTENCES: Mapping[str, str] = {
    "no-catalogue-file": "No catalogue file at {path}",
    "catalogue-closed": "The catalogue {path} was closed",
    "odd-catalogue": "{path} is not a readable TVET Desktop catalogue ({names}: not as TVET Desktop builds them)",
    "unreadable-catalogue": "{path} is not a readable TVET Desktop catalogue ({problem})",
    "catalogue-format": "{path} has catalogue format {format}; this app reads {reads}",
    # -- notes above a text shown (render.py) ---------------------------------------------------------
    "shortened-text": "Shortened: this text has {length:,} characters; the first {shown:,} are shown.",
    "shortened-page": "Shortened: this page has {length:,} characters; the first {shown:,} are shown.",
    "shortened-file": "Shortened: this file is longer than {shown:,} characters; the beginning is shown.",
    "many-table-cells": "This text has more than {cells:,} table cells, so its tables are shown as text.",
    "deep-nesting": "This text is nested more than {levels} levels deep, so it is shown as plain text.",
}


class Sentence(_Sentence):
    sentences = SENTENCES

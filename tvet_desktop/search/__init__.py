"""Typed text to ranked rows, over a catalogue snapshot.

``query`` parses what was typed; ``compile`` quotes it into FTS5 phrases with the words ``vocabulary``
adds (completions, word families) and offers "Did you mean"; ``engine.SearchEngine`` ranks, filters,
counts facets and reads rows with ``snippets`` through the SQL of ``sql``; ``results`` pages them;
``champions`` is the one seam for large catalogues (exact top results from the snapshot's champion
lists); ``run`` is one search as the window runs it, off the GUI thread; ``marks`` says which words of an
opened document (or note) a search marks.
"""

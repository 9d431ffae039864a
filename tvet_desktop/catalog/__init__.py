"""The catalogue: its source, the snapshot file built from it, and reading that file.

``source`` checks the JSON Lines source; ``build`` writes the deterministic, read-only snapshot
(items, facets, the FTS5 index from ``schema``, the vocabulary and the ``champion_lists``);
``snapshot.Catalog`` opens it and reads items; ``browse`` keeps its facet bitmaps in memory;
``records`` are the plain values passed around; ``render`` turns an item into safe HTML.
Searching the catalogue is :mod:`tvet_desktop.search`'s job.
"""

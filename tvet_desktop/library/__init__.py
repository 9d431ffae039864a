"""The user's own data: notes, bookmarks and reading lists in the user database.

``database`` opens, migrates (``migrations``) and backs up the file; ``store.NotesStore`` reads and
writes its contents; ``transfer`` exports and imports them; ``rows`` shows notes as result rows;
``search`` is one window search over the catalogue and the user's library together.
"""

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ChangesView</name>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed from v{old} to v{new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the catalogue ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionsList</name>
    <message>
        <source>Your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{value}: %Ln item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value}, %Ln item(s), selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value}, %Ln item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message>
        <source>Open an item, or choose a reading list or My notes, to make a handout of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved the handout “{title}” to {path} (%Ln page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout could not be made: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TVET Desktop will speak {language} the next time you start it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Untitled note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No longer in the catalogue&lt;/h2&gt;&lt;p&gt;This item was removed from the catalogue after you saved it. Your bookmark or list entry is kept.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (e.g. Session plan — week 3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reading list in “Your library” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the list “{name}”? The items stay in the catalogue and your notes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export notes, bookmarks and lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes export (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added — notes: {notes}, bookmarks: {bookmarks}, reading lists: {lists}, list entries: {entries}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported note(s) differed from yours on the same item and were kept as separate notes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The imported list “{theirs}” has the name of one of yours, so it was kept apart as “{given}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Go to the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ or Enter (in search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move into the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous / next result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger / smaller reading text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark the open item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in the note on the open item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote the selected passage into the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New free-standing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the open item up / down its reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update the catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share with this room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save handout as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export notes, bookmarks and lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote selection into note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up in list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down in list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name this list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export this list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete this list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all &amp;filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About TVET Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) in {ms} ms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Nothing open&lt;/h2&gt;&lt;p&gt;Pick a result to read it here, or press ↓ in the search field to open the best match.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search could not be completed: {problem}. Your filters are unchanged; try a different search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser answered, so {address} was not opened; the address is copied: paste it into a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Catalogue v{version} · {date} · %Ln item(s) · update available (v{available})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Catalogue v{version} · {date} · %Ln item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{path}
From: {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue in use was removed from this computer; now using catalogue v{version} ({origin}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now using catalogue v{version} ({origin}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No longer in the catalogue&lt;/h2&gt;&lt;p&gt;“{title}” is not in catalogue v{version}. Your note on it is kept under My notes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note could not be saved (see the message above the editor). Quit anyway and lose the last changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>My note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes can be read but not changed: {reason}. You can still export them (File → Export); to write again, fix that and restart TVET Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the note rendered beside the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your note in Markdown: **bold**, - lists, &gt; quotes …  (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note on “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an item to write a note on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Your text is kept here and saving is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My other version of the note on “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere: your text was kept as a separate note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code of {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Reading pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text could not be shown: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to TVET Desktop&lt;/h2&gt;&lt;p&gt;Pick an item on the left to read it here.&lt;/p&gt;&lt;p&gt;Type in the search field (Ctrl+K) to search every publication, practice and programme; tick themes, regions or languages on the left to narrow the list.&lt;/p&gt;&lt;p&gt;Press F1 for keyboard shortcuts.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingToolbar</name>
    <message>
        <source>☆ Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this item (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this item to a reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the passage selected in the text into your note, as a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reading list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the list (e.g. Welding — week 3):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About these results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the search looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Few results. Did you mean {suggestion}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results for “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&apos;clear:&apos;&gt;Clear all filters&lt;/a&gt; to search the whole catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try fewer or shorter words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing results for &lt;b&gt;{corrected}&lt;/b&gt; — search instead for &lt;a href=&apos;instead:{link}&apos;&gt;{typed}&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item has all these words; showing the closest matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&apos;everything:&apos;&gt;Search everything&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching only the reading list “{name}”. {back}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching only your bookmarks. {back}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing only your notes. {back}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{facet}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years: {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter {filter}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search publications, practices, programmes…  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words must all match. Use &quot;exact phrase&quot;, OR, and -word to exclude.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with this room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other computers of this room can update their catalogue from this one, without the internet. Tick the addresses to share on (this computer&apos;s, on the local network only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} (this computer only, to try it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is on no local network: connect it to the room&apos;s Wi-Fi or cable first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one address to share on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing catalogue v{version} (published {published}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{addresses} or {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On each other computer: File → Update the catalogue…, tick “A computer in this room”, enter {address} and press Update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers that have fetched the update so far: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No computer has fetched the update yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Browse by facet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From year (any when blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To year (any when blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole catalogue again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Update the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… or http://192.168.1.20:8765/ (from `tvet-desktop share`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A computer in this room (running tvet-desktop share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its catalogue counts as carried by hand, like one on a USB stick: it is installed even after its update period if it is newer than yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is downloaded until you press Update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update from server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted publishers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key {key} · {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: add the .pub file your catalogue publisher gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a publisher&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key (*.pub);;Any file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogues signed with key {key} are now accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key {key} is no longer trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of an update server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a catalogue bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue bundle (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a catalogue folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s · {remaining}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed catalogue v{version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue v{installed} is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version was still on this computer: nothing had to be downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} downloaded: only the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} downloaded: the whole catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue v{offered} (published {published}) is available; you have v{installed}. Press Update to install it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No publisher key is trusted yet: press Add key… and choose the .pub file your catalogue publisher gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue v{version}, bundled with the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue v{version} from {origin}, published {published}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue v{version} from {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (because {problem})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsBox</name>
    <message>
        <source>Versions on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to v{version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v{version} · bundled with the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v{version} · in use · bundled with the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v{version} · in use · from {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v{version} · used before · from {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now using catalogue v{version}; roll back again to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>TVET Desktop is already open. To install the catalogue in {file}, choose File → Update the catalogue… → Import bundle… in its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with empty notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TVET Desktop cannot open your notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts from: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {address}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TVET Desktop met an unexpected problem ({what}). Your notes are saved as you type; if something no longer works, close and open the app again. The details are in {log}: please send that file to whoever looks after this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong inside TVET Desktop ({problem}); the details are in {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalogue or notes file is damaged ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in the catalogue (kept in your list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the TVET Desktop catalogue v{version} of {date}. The catalogue describes publications, practices and programmes of UNESCO-UNEVOC and its network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline library for trainers and teachers in technical and vocational education and training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue v{version} of {date}, from {origin}. Items: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue describes publications, promising practices, programmes, events and glossary terms of UNESCO-UNEVOC, the UNESCO International Centre for Technical and Vocational Education and Training, and its network. The summaries were written for this app; each item names the pages its facts come from, and the originals remain the work of their authors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TVET Desktop is free software under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About TVET Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>on “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item has changed since this note was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped with the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

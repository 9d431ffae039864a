<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DocumentAdder</name>
    <message numerus="yes">
        <source>%n document(s) added</source>
        <translation>
            <numerusform>%Ln document added</numerusform>
            <numerusform>%Ln documents added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated to the new version of its file</source>
        <translation>
            <numerusform>%Ln updated to the new version of its file</numerusform>
            <numerusform>%Ln updated to the new versions of their files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%Ln already there</numerusform>
            <numerusform>%Ln already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: you removed them before</source>
        <translation>
            <numerusform>%Ln left out: you removed it before</numerusform>
            <numerusform>%Ln left out: you removed them before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be added</source>
        <translation>
            <numerusform>%Ln could not be added</numerusform>
            <numerusform>%Ln could not be added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer in the folder (kept until you remove it)</source>
        <translation>
            <numerusform>%Ln no longer in the folder (kept until you remove it)</numerusform>
            <numerusform>%Ln no longer in the folder (kept until you remove them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see Details).</source>
        <translation>
            <numerusform>… and %Ln more (see Details).</numerusform>
            <numerusform>… and %Ln more (see Details).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentSentences</name>
    <message numerus="yes">
        <source>“{name}” was not added: it holds %Ln file(s), more than a book ever does.</source>
        <translation>
            <numerusform>“{name}” was not added: it holds %Ln file, more than a book ever does.</numerusform>
            <numerusform>“{name}” was not added: it holds %Ln files, more than a book ever does.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentWords</name>
    <message numerus="yes">
        <source>p. {page} and %Ln more page(s)</source>
        <translation>
            <numerusform>p. {page} and %Ln more page</numerusform>
            <numerusform>p. {page} and %Ln more pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %Ln page(s)</source>
        <translation>
            <numerusform>{kind} · %Ln page</numerusform>
            <numerusform>{kind} · %Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %Ln page(s) · no searchable text</source>
        <translation>
            <numerusform>{kind} · %Ln page · no searchable text</numerusform>
            <numerusform>{kind} · %Ln pages · no searchable text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message numerus="yes">
        <source>{name} · {size} · %n page(s)</source>
        <translation>
            <numerusform>{name} · {size} · %Ln page</numerusform>
            <numerusform>{name} · {size} · %Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) removed from this computer ({size} freed); your notes are kept.</source>
        <translation>
            <numerusform>%Ln document removed from this computer ({size} freed); your notes are kept.</numerusform>
            <numerusform>%Ln documents removed from this computer ({size} freed); your notes are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message numerus="yes">
        <source>{value}: %Ln item(s)</source>
        <translation>
            <numerusform>{value}: %Ln item</numerusform>
            <numerusform>{value}: %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value}, %Ln item(s), selected</source>
        <translation>
            <numerusform>{value}, %Ln item, selected</numerusform>
            <numerusform>{value}, %Ln items, selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value}, %Ln item(s)</source>
        <translation>
            <numerusform>{value}, %Ln item</numerusform>
            <numerusform>{value}, %Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message numerus="yes">
        <source>Saved the handout “{title}” to {path} (%Ln page(s)).</source>
        <translation>
            <numerusform>Saved the handout “{title}” to {path} (%Ln page).</numerusform>
            <numerusform>Saved the handout “{title}” to {path} (%Ln pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message numerus="yes">
        <source>%Ln imported note(s) differed from yours on the same item and were kept as separate notes.</source>
        <translation>
            <numerusform>%Ln imported note differed from yours on the same item and was kept as a separate note.</numerusform>
            <numerusform>%Ln imported notes differed from yours on the same items and were kept as separate notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln result(s) in {ms} ms</source>
        <translation>
            <numerusform>%Ln result in {ms} ms</numerusform>
            <numerusform>%Ln results in {ms} ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Catalogue v{version} · {date} · %Ln item(s) · update available (v{available})</source>
        <translation>
            <numerusform>Catalogue v{version} · {date} · %Ln item · update available (v{available})</numerusform>
            <numerusform>Catalogue v{version} · {date} · %Ln items · update available (v{available})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Catalogue v{version} · {date} · %Ln item(s)</source>
        <translation>
            <numerusform>Catalogue v{version} · {date} · %Ln item</numerusform>
            <numerusform>Catalogue v{version} · {date} · %Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineActions</name>
    <message numerus="yes">
        <source>{what}: %n document(s), {size}…</source>
        <translation>
            <numerusform>{what}: %Ln document, {size}…</numerusform>
            <numerusform>{what}: %Ln documents, {size}…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineDownload</name>
    <message numerus="yes">
        <source>%n document(s) kept on this computer.</source>
        <translation>
            <numerusform>%Ln document kept on this computer.</numerusform>
            <numerusform>%Ln documents kept on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already here.</source>
        <translation>
            <numerusform>%Ln was already here.</numerusform>
            <numerusform>%Ln were already here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message numerus="yes">
        <source>%n hits so far…</source>
        <translation>
            <numerusform>%Ln hit so far…</numerusform>
            <numerusform>%Ln hits so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hit {index} of %n</source>
        <translation>
            <numerusform>Hit {index} of %Ln</numerusform>
            <numerusform>Hit {index} of %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hits</source>
        <translation>
            <numerusform>%Ln hit</numerusform>
            <numerusform>%Ln hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressWords</name>
    <message numerus="yes">
        <source>%Ln second(s) left</source>
        <translation>
            <numerusform>%Ln second left</numerusform>
            <numerusform>%Ln seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) left</source>
        <translation>
            <numerusform>%Ln minute left</numerusform>
            <numerusform>%Ln minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; item(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; item</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageDialog</name>
    <message numerus="yes">
        <source>The whole catalogue: %n document(s), {total}.</source>
        <translation>
            <numerusform>The whole catalogue: %Ln document, {total}.</numerusform>
            <numerusform>The whole catalogue: %Ln documents, {total}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet on this computer: {needed} to download; {free} free on this disk.</source>
        <translation>
            <numerusform>%Ln not yet on this computer: {needed} to download; {free} free on this disk.</numerusform>
            <numerusform>%Ln not yet on this computer: {needed} to download; {free} free on this disk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) kept offline, {size}; {free} free on this disk.</source>
        <translation>
            <numerusform>%Ln document kept offline, {size}; {free} free on this disk.</numerusform>
            <numerusform>%Ln documents kept offline, {size}; {free} free on this disk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) removed ({size} freed); your notes are kept.</source>
        <translation>
            <numerusform>%Ln document removed ({size} freed); your notes are kept.</numerusform>
            <numerusform>%Ln documents removed ({size} freed); your notes are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message numerus="yes">
        <source>%n document(s) copied from it.</source>
        <translation>
            <numerusform>%Ln document copied from it.</numerusform>
            <numerusform>%Ln documents copied from it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed catalogue v{version} (%Ln item(s)) from the server.</source>
        <translation>
            <numerusform>Installed catalogue v{version} (%Ln item) from the server.</numerusform>
            <numerusform>Installed catalogue v{version} (%Ln items) from the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed catalogue v{version} (%Ln item(s)) from this computer in the room.</source>
        <translation>
            <numerusform>Installed catalogue v{version} (%Ln item) from this computer in the room.</numerusform>
            <numerusform>Installed catalogue v{version} (%Ln items) from this computer in the room.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed catalogue v{version} (%Ln item(s)) from this USB stick.</source>
        <translation>
            <numerusform>Installed catalogue v{version} (%Ln item) from this USB stick.</numerusform>
            <numerusform>Installed catalogue v{version} (%Ln items) from this USB stick.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed catalogue v{version} (%Ln item(s)) from this folder.</source>
        <translation>
            <numerusform>Installed catalogue v{version} (%Ln item) from this folder.</numerusform>
            <numerusform>Installed catalogue v{version} (%Ln items) from this folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed catalogue v{version} (%Ln item(s)) from this file.</source>
        <translation>
            <numerusform>Installed catalogue v{version} (%Ln item) from this file.</numerusform>
            <numerusform>Installed catalogue v{version} (%Ln items) from this file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSentences</name>
    <message numerus="yes">
        <source>Could not fetch {address}: {reason}, after %Ln tries.</source>
        <translation>
            <numerusform>Could not fetch {address}: {reason}, after %Ln try.</numerusform>
            <numerusform>Could not fetch {address}: {reason}, after %Ln tries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not fetch {address}: {reason}, after %Ln tries. {kept} are kept and the next update resumes from there.</source>
        <translation>
            <numerusform>Could not fetch {address}: {reason}, after %Ln try. {kept} are kept and the next update resumes from there.</numerusform>
            <numerusform>Could not fetch {address}: {reason}, after %Ln tries. {kept} are kept and the next update resumes from there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough free disk space to keep these %Ln documents offline: they need {needed} (with room to spare), only {free} are free in {folder}. Nothing was downloaded.</source>
        <translation>
            <numerusform>Not enough free disk space to keep this document offline: it needs {needed} (with room to spare), only {free} are free in {folder}. Nothing was downloaded.</numerusform>
            <numerusform>Not enough free disk space to keep these %Ln documents offline: they need {needed} (with room to spare), only {free} are free in {folder}. Nothing was downloaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No item “{item}” in the catalogue in use (nor %Ln more).</source>
        <translation>
            <numerusform>No item “{item}” in the catalogue in use (nor %Ln more).</numerusform>
            <numerusform>No item “{item}” in the catalogue in use (nor %Ln more).</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CatalogSentences</name>
    <message>
        <source>No catalogue file at {path}.</source>
        <translation>No hay ningún archivo de catálogo en {path}.</translation>
    </message>
    <message>
        <source>The catalogue {path} was closed.</source>
        <translation>El catálogo {path} se cerró.</translation>
    </message>
    <message>
        <source>{path} is not a readable TVET Desktop catalogue ({names}: not as TVET Desktop builds them).</source>
        <translation>{path} no es un catálogo de TVET Desktop legible ({names}: no están como los construye TVET Desktop).</translation>
    </message>
    <message>
        <source>{path} is not a readable TVET Desktop catalogue ({problem}).</source>
        <translation>{path} no es un catálogo de TVET Desktop legible ({problem}).</translation>
    </message>
    <message>
        <source>{path} has catalogue format {format}; this app reads {reads}.</source>
        <translation>{path} tiene el formato de catálogo {format}; esta aplicación lee el formato {reads}.</translation>
    </message>
    <message>
        <source>Shortened: this text has {length} characters; the first {shown} are shown.</source>
        <translation>Texto acortado: tiene {length} caracteres; se muestran los primeros {shown}.</translation>
    </message>
    <message>
        <source>Shortened: this page has {length} characters; the first {shown} are shown.</source>
        <translation>Página acortada: tiene {length} caracteres; se muestran los primeros {shown}.</translation>
    </message>
    <message>
        <source>Shortened: this file is longer than {shown} characters; the beginning is shown.</source>
        <translation>Archivo acortado: supera los {shown} caracteres; se muestra el comienzo.</translation>
    </message>
    <message>
        <source>This text has more than {cells} table cells, so its tables are shown as text.</source>
        <translation>Este texto tiene más de {cells} celdas de tabla, así que sus tablas se muestran como texto.</translation>
    </message>
    <message>
        <source>This text is nested more than {levels} levels deep, so it is shown as plain text.</source>
        <translation>Este texto tiene más de {levels} niveles de anidación, así que se muestra como texto sin formato.</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>What changed from v{old} to v{new}</source>
        <translation>Qué ha cambiado de la v{old} a la v{new}</translation>
    </message>
    <message>
        <source>No item was added, changed or removed.</source>
        <translation>No se añadió, modificó ni retiró ningún elemento.</translation>
    </message>
    <message>
        <source>Added ({count})</source>
        <translation>Añadidos ({count})</translation>
    </message>
    <message>
        <source>Changed ({count})</source>
        <translation>Modificados ({count})</translation>
    </message>
    <message>
        <source>Removed from the catalogue ({count})</source>
        <translation>Retirados del catálogo ({count})</translation>
    </message>
</context>
<context>
    <name>CollectionsList</name>
    <message>
        <source>Your library</source>
        <translation>Su biblioteca</translation>
    </message>
    <message>
        <source>Where to search: all items, your notes, your bookmarks or one of your reading lists.</source>
        <translation>Dónde buscar: todos los elementos, sus notas, sus marcadores o una de sus listas de lectura.</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Mis documentos</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Todos los elementos</translation>
    </message>
    <message>
        <source>My notes ({count})</source>
        <translation>Mis notas ({count})</translation>
    </message>
    <message>
        <source>My documents ({count})</source>
        <translation>Mis documentos ({count})</translation>
    </message>
    <message>
        <source>Bookmarks ({count})</source>
        <translation>Marcadores ({count})</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Remove document…</source>
        <translation>Quitar el documento…</translation>
    </message>
    <message>
        <source>Remove this document from your documents; your note on it is kept</source>
        <translation>Quitar este documento de sus documentos; su nota sobre él se conserva</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Quitar el documento</translation>
    </message>
    <message>
        <source>Removes the open document and its copy in your data folder, after asking; your note on it is kept.</source>
        <translation>Quita el documento abierto y su copia en su carpeta de datos, tras preguntar; su nota sobre él se conserva.</translation>
    </message>
    <message>
        <source>Remove this document…</source>
        <translation>Quitar este documento…</translation>
    </message>
    <message>
        <source>Open one of your documents first (My documents).</source>
        <translation>Abra primero uno de sus documentos (Mis documentos).</translation>
    </message>
    <message>
        <source>A document is still being removed; try again in a moment.</source>
        <translation>Todavía se está quitando un documento; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Documents are still being added; remove this one once that has finished.</source>
        <translation>Todavía se están añadiendo documentos; quite este cuando termine.</translation>
    </message>
    <message>
        <source>Remove “{title}” from your documents? Its copy in your data folder is deleted; the file you added it from is not touched. Your note on it, its bookmark and its place in your reading lists are kept.</source>
        <translation>¿Quitar «{title}» de sus documentos? Se borra su copia en su carpeta de datos; el archivo desde el que lo añadió no se toca. Su nota sobre él, su marcador y su lugar en sus listas de lectura se conservan.</translation>
    </message>
    <message>
        <source>Read a folder again</source>
        <translation>Volver a leer una carpeta</translation>
    </message>
    <message>
        <source>Files changed in the folder and their new versions were added, but your notes cannot be saved now; the earlier versions stay beside them.</source>
        <translation>Cambiaron archivos en la carpeta y se añadieron sus nuevas versiones, pero sus notas no se pueden guardar ahora; las versiones anteriores se quedan a su lado.</translation>
    </message>
    <message>
        <source>“{title}” changed in its folder and its new version was added, but your notes could not be moved to it ({problem}); the earlier version stays beside it.</source>
        <translation>«{title}» cambió en su carpeta y se añadió su nueva versión, pero sus notas no se pudieron pasar a ella ({problem}); la versión anterior se queda a su lado.</translation>
    </message>
    <message>
        <source>Removed “{title}”; your note on it is kept under My notes.</source>
        <translation>Se quitó «{title}»; su nota sobre él se conserva en Mis notas.</translation>
    </message>
    <message>
        <source>Read a folder of documents again</source>
        <translation>Volver a leer una carpeta de documentos</translation>
    </message>
</context>
<context>
    <name>DocumentAdder</name>
    <message>
        <source>Adding documents</source>
        <translation>Añadir documentos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop adding; the documents added so far are kept</source>
        <translation>Dejar de añadir; los documentos ya añadidos se conservan</translation>
    </message>
    <message>
        <source>Documents are still being added; add these once it has finished.</source>
        <translation>Todavía se están añadiendo documentos; añada estos cuando termine.</translation>
    </message>
    <message>
        <source>Looking for documents…</source>
        <translation>Buscando documentos…</translation>
    </message>
    <message>
        <source>Stopping after this file…</source>
        <translation>Deteniendo tras este archivo…</translation>
    </message>
    <message>
        <source>Adding {done} of {total}: {name}</source>
        <translation>Añadiendo {done} de {total}: {name}</translation>
    </message>
    <message>
        <source>Documents not added</source>
        <translation>Documentos no añadidos</translation>
    </message>
    <message>
        <source>Adding documents stopped: {message}. The documents added before it are kept.</source>
        <translation>La adición de documentos se detuvo: {message}. Los documentos añadidos antes se conservan.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added</source>
        <translation>
            <numerusform>%n documento añadido</numerusform>
            <numerusform>%n documentos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated to the new version of its file</source>
        <translation>
            <numerusform>%n actualizado a la nueva versión de su archivo</numerusform>
            <numerusform>%n actualizados a la nueva versión de sus archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n ya estaba</numerusform>
            <numerusform>%n ya estaban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: you removed them before</source>
        <translation>
            <numerusform>%n omitido: lo había quitado antes</numerusform>
            <numerusform>%n omitidos: los había quitado antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be added</source>
        <translation>
            <numerusform>%n no se pudo añadir</numerusform>
            <numerusform>%n no se pudieron añadir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer in the folder (kept until you remove it)</source>
        <translation>
            <numerusform>%n ya no está en la carpeta (se conserva hasta que lo quite)</numerusform>
            <numerusform>%n ya no están en la carpeta (se conservan hasta que los quite)</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped before the end</source>
        <translation>detenido antes del final</translation>
    </message>
    <message>
        <source>These documents are no longer in the folder; they stay in My documents until you remove them:</source>
        <translation>Estos documentos ya no están en la carpeta; se quedan en Mis documentos hasta que los quite:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see Details).</source>
        <translation>
            <numerusform>… y %n más (vea los detalles).</numerusform>
            <numerusform>… y %n más (vea los detalles).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some documents were not added</source>
        <translation>Algunos documentos no se añadieron</translation>
    </message>
    <message>
        <source>Folder read again</source>
        <translation>Carpeta leída de nuevo</translation>
    </message>
</context>
<context>
    <name>DocumentSentences</name>
    <message>
        <source>“{name}” does not exist; check the name and the folder.</source>
        <translation>«{name}» no existe; revise el nombre y la carpeta.</translation>
    </message>
    <message>
        <source>“{name}” is not a kind of document the app reads (PDF, EPUB, web page, Markdown or text).</source>
        <translation>«{name}» no es un tipo de documento que la aplicación pueda leer (PDF, EPUB, página web, Markdown o texto).</translation>
    </message>
    <message>
        <source>The folder “{name}” cannot be read: you do not have permission to open it; the files in the other folders were looked at.</source>
        <translation>No se puede leer la carpeta «{name}»: usted no tiene permiso para abrirla; se revisaron los archivos de las demás carpetas.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read ({problem}).</source>
        <translation>No se puede leer «{name}» ({problem}).</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: you do not have permission to open it.</source>
        <translation>No se puede leer «{name}»: usted no tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <source>“{name}” is {size}, larger than the {cap} a document may be; split it or keep it outside the app.</source>
        <translation>«{name}» ocupa {size}, más de los {cap} que puede ocupar un documento; divídalo o consérvelo fuera de la aplicación.</translation>
    </message>
    <message>
        <source>“{name}” is empty (0 bytes); there is nothing to add.</source>
        <translation>«{name}» está vacío (0 bytes); no hay nada que añadir.</translation>
    </message>
    <message>
        <source>“{name}” is not {claimed} whatever its name says (it holds {found}); check that the file is the one you meant.</source>
        <translation>«{name}» no es {claimed}, aunque su nombre lo diga (contiene {found}); compruebe que sea el archivo que quería.</translation>
    </message>
    <message>
        <source>“{name}” has no text and no pages; there is nothing to add.</source>
        <translation>«{name}» no tiene texto ni páginas; no hay nada que añadir.</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>un PDF</translation>
    </message>
    <message>
        <source>an EPUB book</source>
        <translation>un libro EPUB</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>una página web</translation>
    </message>
    <message>
        <source>a Markdown file</source>
        <translation>un archivo Markdown</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>un archivo de texto</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>un documento</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>un archivo zip</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>datos binarios</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texto sin formato</translation>
    </message>
    <message>
        <source>“{name}” was not added: the disk is full ({size} needed); free some space and add it again.</source>
        <translation>No se añadió «{name}»: el disco está lleno (se necesitan {size}); libere espacio y añádalo de nuevo.</translation>
    </message>
    <message>
        <source>“{name}” could not be copied ({problem}); nothing of it was kept.</source>
        <translation>No se pudo copiar «{name}» ({problem}); no se conservó nada de él.</translation>
    </message>
    <message>
        <source>“{name}” was not added: the disk is full; free some space and add it again.</source>
        <translation>No se añadió «{name}»: el disco está lleno; libere espacio y añádalo de nuevo.</translation>
    </message>
    <message>
        <source>“{name}” was not added: another program is adding documents; try again when it has finished.</source>
        <translation>No se añadió «{name}»: otro programa está añadiendo documentos; vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>“{name}” was not added ({problem}); nothing of it was kept.</source>
        <translation>No se añadió «{name}» ({problem}); no se conservó nada de él.</translation>
    </message>
    <message>
        <source>“{name}” was not removed: the disk is full; free some space and try again.</source>
        <translation>«{name}» no se quitó: el disco está lleno; libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>“{name}” was not removed: another program is adding documents; try again when it has finished.</source>
        <translation>«{name}» no se quitó: otro programa está añadiendo documentos; vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>“{name}” was not removed ({problem}); it is still in your documents.</source>
        <translation>«{name}» no se quitó ({problem}); sigue en sus documentos.</translation>
    </message>
    <message>
        <source>Your documents cannot be opened ({problem}); the files in {folder} are untouched.</source>
        <translation>No se pueden abrir sus documentos ({problem}); los archivos de {folder} están intactos.</translation>
    </message>
    <message>
        <source>The documents folder {folder} cannot be used ({problem}).</source>
        <translation>No se puede usar la carpeta de documentos {folder} ({problem}).</translation>
    </message>
    <message>
        <source>Documents were closed.</source>
        <translation>Los documentos se cerraron.</translation>
    </message>
    <message>
        <source>“{name}” is protected by a password; open it in the program that made it, save a copy without the password, and add that.</source>
        <translation>«{name}» está protegido con contraseña; ábralo en el programa que lo creó, guarde una copia sin contraseña y añada esa copia.</translation>
    </message>
    <message>
        <source>“{name}” is damaged or not a complete PDF (PDFium could not read it); copy it again from its source.</source>
        <translation>«{name}» está dañado o no es un PDF completo (PDFium no pudo leerlo); cópielo de nuevo desde su origen.</translation>
    </message>
    <message>
        <source>“{name}” could not be read as a PDF ({problem}); copy it again from its source.</source>
        <translation>No se pudo leer «{name}» como PDF ({problem}); cópielo de nuevo desde su origen.</translation>
    </message>
    <message>
        <source>“{name}” is a PDF with no pages; there is nothing to add.</source>
        <translation>«{name}» es un PDF sin páginas; no hay nada que añadir.</translation>
    </message>
    <message>
        <source>“{name}” is damaged or not a complete EPUB book ({problem}); copy it again from its source.</source>
        <translation>«{name}» está dañado o no es un libro EPUB completo ({problem}); cópielo de nuevo desde su origen.</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” was not added: it holds %Ln file(s), more than a book ever does.</source>
        <translation>
            <numerusform>No se añadió «{name}»: contiene %Ln archivo, más de los que tiene cualquier libro.</numerusform>
            <numerusform>No se añadió «{name}»: contiene %Ln archivos, más de los que tiene cualquier libro.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was not added: it holds a file named “{entry}” that points outside the book.</source>
        <translation>No se añadió «{name}»: contiene un archivo llamado «{entry}» que apunta fuera del libro.</translation>
    </message>
    <message>
        <source>“{name}” was not added: it unpacks to far more than its size (a zip bomb).</source>
        <translation>No se añadió «{name}»: al descomprimirse ocupa muchísimo más que su tamaño (una bomba zip).</translation>
    </message>
    <message>
        <source>“{name}” was not added: the file “{entry}” it names is missing.</source>
        <translation>No se añadió «{name}»: falta el archivo «{entry}» que menciona.</translation>
    </message>
    <message>
        <source>“{name}” was not added: it is damaged ({problem}).</source>
        <translation>No se añadió «{name}»: está dañado ({problem}).</translation>
    </message>
    <message>
        <source>“{name}” was not added: its file “{entry}” is damaged ({problem}).</source>
        <translation>No se añadió «{name}»: su archivo «{entry}» está dañado ({problem}).</translation>
    </message>
    <message>
        <source>“{name}” was not added: it does not say where its contents are (META-INF/container.xml).</source>
        <translation>No se añadió «{name}»: no indica dónde está su contenido (META-INF/container.xml).</translation>
    </message>
    <message>
        <source>“{name}” was not added: it has no chapters in its reading order.</source>
        <translation>No se añadió «{name}»: su orden de lectura no tiene capítulos.</translation>
    </message>
    <message>
        <source>“{name}” is damaged or is not a safe EPUB book.</source>
        <translation>«{name}» está dañado o no es un libro EPUB seguro.</translation>
    </message>
    <message>
        <source>“{name}” was not added: the chapter “{entry}” it names is missing.</source>
        <translation>No se añadió «{name}»: falta el capítulo «{entry}» que menciona.</translation>
    </message>
    <message>
        <source>There is no document {id}.</source>
        <translation>No existe el documento {id}.</translation>
    </message>
    <message>
        <source>{id} is an earlier version of “{title}”, whose file changed; its latest version is {later}.</source>
        <translation>{id} es una versión anterior de «{title}», cuyo archivo cambió; su versión más reciente es {later}.</translation>
    </message>
    <message>
        <source>The copy of “{title}” is missing from {folder}; remove the document and add it again.</source>
        <translation>Falta la copia de «{title}» en {folder}; quite el documento y añádalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Document text</source>
        <translation>Texto del documento</translation>
    </message>
    <message>
        <source>Why this document is not shown</source>
        <translation>Por qué no se muestra este documento</translation>
    </message>
    <message>
        <source>Open with the system viewer</source>
        <translation>Abrir con el visor del sistema</translation>
    </message>
    <message>
        <source>Open this file in the program your computer uses for it</source>
        <translation>Abrir este archivo con el programa habitual de su computadora</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Capítulo anterior</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Capítulo</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Capítulo siguiente</translation>
    </message>
    <message>
        <source>The file of this document is not on this computer.</source>
        <translation>El archivo de este documento no está en esta computadora.</translation>
    </message>
    <message>
        <source>You can still try the system viewer.</source>
        <translation>Aún puede probar con el visor del sistema.</translation>
    </message>
    <message>
        <source>Chapter {number} of {count}</source>
        <translation>Capítulo {number} de {count}</translation>
    </message>
    <message>
        <source>This document could not be shown: {problem}</source>
        <translation>No se pudo mostrar este documento: {problem}</translation>
    </message>
    <message>
        <source>No program on this computer opened {file}.</source>
        <translation>Ningún programa de esta computadora abrió {file}.</translation>
    </message>
    <message>
        <source>Chapter {number}</source>
        <translation>Capítulo {number}</translation>
    </message>
</context>
<context>
    <name>DocumentWords</name>
    <message>
        <source>p. {page}</source>
        <translation>pág. {page}</translation>
    </message>
    <message>
        <source>in “{title}”</source>
        <translation>en “{title}”</translation>
    </message>
    <message numerus="yes">
        <source>p. {page} and %Ln more page(s)</source>
        <translation>
            <numerusform>pág. {page} y %Ln página más</numerusform>
            <numerusform>pág. {page} y %Ln páginas más</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;p. {page}&lt;/b&gt;: {passage}</source>
        <translation>&lt;b&gt;pág. {page}&lt;/b&gt;: {passage}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Archivo</translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %Ln page(s)</source>
        <translation>
            <numerusform>{kind} · %Ln página</numerusform>
            <numerusform>{kind} · %Ln páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %Ln page(s) · no searchable text</source>
        <translation>
            <numerusform>{kind} · %Ln página · sin texto para buscar</numerusform>
            <numerusform>{kind} · %Ln páginas · sin texto para buscar</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>Libro EPUB</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>Markdown file</source>
        <translation>Archivo Markdown</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>Archivo de texto</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <source>Documents of this item</source>
        <translation>Archivos de este elemento</translation>
    </message>
    <message>
        <source>Keep offline</source>
        <translation>Descargar a la computadora</translation>
    </message>
    <message>
        <source>Download these documents to this computer, to read them without a connection</source>
        <translation>Descargar estos archivos a esta computadora, para leerlos sin conexión</translation>
    </message>
    <message>
        <source>Remove from this computer</source>
        <translation>Quitar de esta computadora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En esta computadora</translation>
    </message>
    <message>
        <source>Not on this computer</source>
        <translation>No está en esta computadora</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Read it here, or with the system viewer when the app cannot show it</source>
        <translation>Leerlo aquí, o con el visor del sistema si la aplicación no puede mostrarlo</translation>
    </message>
    <message numerus="yes">
        <source>{name} · {size} · %n page(s)</source>
        <translation>
            <numerusform>{name} · {size} · %n página</numerusform>
            <numerusform>{name} · {size} · %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · {size}</source>
        <translation>{name} · {size}</translation>
    </message>
    <message>
        <source>No program on this computer opened “{name}”.</source>
        <translation>Ningún programa de esta computadora abrió «{name}».</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) removed from this computer ({size} freed); your notes are kept.</source>
        <translation>
            <numerusform>%n archivo quitado de esta computadora ({size} liberados); sus notas se conservan.</numerusform>
            <numerusform>%n archivos quitados de esta computadora ({size} liberados); sus notas se conservan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>A group of filters; the right arrow opens it, the left arrow closes it.</source>
        <translation>Un grupo de filtros; la flecha derecha lo abre y la flecha izquierda lo cierra.</translation>
    </message>
    <message numerus="yes">
        <source>{value}: %Ln item(s)</source>
        <translation>
            <numerusform>{value}: %Ln elemento</numerusform>
            <numerusform>{value}: %Ln elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value}, %Ln item(s), selected</source>
        <translation>
            <numerusform>{value}, %Ln elemento, seleccionado</numerusform>
            <numerusform>{value}, %Ln elementos, seleccionado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value}, %Ln item(s)</source>
        <translation>
            <numerusform>{value}, %Ln elemento</numerusform>
            <numerusform>{value}, %Ln elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticked: only items with this value are shown. Space unticks it.</source>
        <translation>Marcado: solo se muestran los elementos con este valor. La barra espaciadora lo desmarca.</translation>
    </message>
    <message>
        <source>Space ticks it, to show only items with this value.</source>
        <translation>La barra espaciadora lo marca, para mostrar solo los elementos con este valor.</translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message>
        <source>Open an item, or choose a reading list or My notes, to make a handout of it.</source>
        <translation>Abra un elemento, o elija una lista de lectura o Mis notas, para hacer con ello un material para repartir.</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Guardar el material para repartir en PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the handout “{title}” to {path} (%Ln page(s)).</source>
        <translation>
            <numerusform>Material «{title}» guardado en {path} (%Ln página).</numerusform>
            <numerusform>Material «{title}» guardado en {path} (%Ln páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Material para repartir</translation>
    </message>
    <message>
        <source>The handout could not be made: {reason}.</source>
        <translation>No se pudo crear el material para repartir: {reason}.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>TVET Desktop will speak {language} when it starts again. Start it again now? Your note is saved first.</source>
        <translation>TVET Desktop estará en {language} cuando vuelva a iniciarse. ¿Reiniciarlo ahora? Antes se guardará su nota.</translation>
    </message>
    <message>
        <source>Start again now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Untitled note</source>
        <translation>Nota sin título</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No longer in the catalogue&lt;/h2&gt;&lt;p&gt;This item was removed from the catalogue after you saved it. Your bookmark or list entry is kept.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ya no está en el catálogo&lt;/h2&gt;&lt;p&gt;Este elemento se retiró del catálogo después de que usted lo guardara. Su marcador o su entrada de lista se conserva.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation>Añadido a marcadores.</translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation>Quitado de marcadores.</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>Lista de lectura</translation>
    </message>
    <message>
        <source>Added to “{name}”.</source>
        <translation>Añadido a «{name}».</translation>
    </message>
    <message>
        <source>New reading list</source>
        <translation>Nueva lista de lectura</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Title (e.g. Session plan — week 3):</source>
        <translation>Título (p. ej. Plan de sesión — semana 3):</translation>
    </message>
    <message>
        <source>Choose a reading list in “Your library” first.</source>
        <translation>Elija primero una lista de lectura en «Su biblioteca».</translation>
    </message>
    <message>
        <source>Rename reading list</source>
        <translation>Cambiar el nombre de la lista de lectura</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar el nombre</translation>
    </message>
    <message>
        <source>Delete reading list</source>
        <translation>Eliminar la lista de lectura</translation>
    </message>
    <message>
        <source>Delete the list “{name}”? The items stay in the catalogue and your notes are kept.</source>
        <translation>¿Eliminar la lista «{name}»? Los elementos siguen en el catálogo y sus notas se conservan.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Export reading list</source>
        <translation>Exportar la lista de lectura</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation>«{name}» exportada a {path}.</translation>
    </message>
    <message>
        <source>Export notes, bookmarks and lists</source>
        <translation>Exportar notas, marcadores y listas</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportado a {path}.</translation>
    </message>
    <message>
        <source>One file (*.zip)</source>
        <translation>Un solo archivo (*.zip)</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importar notas</translation>
    </message>
    <message>
        <source>Notes export (*.zip)</source>
        <translation>Exportación de notas (*.zip)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}.</source>
        <translation>No se importó nada: {reason}.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Added — notes: {notes}, bookmarks: {bookmarks}, reading lists: {lists}, list entries: {entries}.</source>
        <translation>Añadido — notas: {notes}, marcadores: {bookmarks}, listas de lectura: {lists}, entradas de lista: {entries}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported note(s) differed from yours on the same item and were kept as separate notes.</source>
        <translation>
            <numerusform>%Ln nota importada era distinta de la suya sobre el mismo elemento y se guardó como nota aparte.</numerusform>
            <numerusform>%Ln notas importadas eran distintas de las suyas sobre los mismos elementos y se guardaron como notas aparte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The imported list “{theirs}” has the name of one of yours, so it was kept apart as “{given}”.</source>
        <translation>La lista importada «{theirs}» tiene el nombre de una de las suyas, así que se guardó aparte como «{given}».</translation>
    </message>
</context>
<context>
    <name>LibrarySentences</name>
    <message>
        <source>Cannot create the data folder {folder}: {problem}.</source>
        <translation>No se puede crear la carpeta de datos {folder}: {problem}.</translation>
    </message>
    <message>
        <source>Cannot open your notes database {path}: {problem}.</source>
        <translation>No se puede abrir su base de datos de notas {path}: {problem}.</translation>
    </message>
    <message>
        <source>Cannot read your notes database {path}: {problem}.</source>
        <translation>No se puede leer su base de datos de notas {path}: {problem}.</translation>
    </message>
    <message>
        <source>Your notes database {path} is locked by another program (waited {seconds} s); close that program and try again. Nothing was changed.</source>
        <translation>Otro programa tiene bloqueada su base de datos de notas {path} (se esperó {seconds} s); cierre ese programa y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Your notes cannot be opened right now: {reason}.</source>
        <translation>Sus notas no se pueden abrir en este momento: {reason}.</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer TVET Desktop (schema {version}); update the app to open them.</source>
        <translation>Sus notas se guardaron con una versión más reciente de TVET Desktop (esquema {version}); actualice la aplicación para abrirlas.</translation>
    </message>
    <message>
        <source>Your notes database was damaged and has been set aside as {set_aside}. No backup was found.</source>
        <translation>Su base de datos de notas estaba dañada y se apartó como {set_aside}. No se encontró ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Your notes database was damaged and has been set aside as {set_aside}. Your newest good backup is {backup}, {described}.</source>
        <translation>Su base de datos de notas estaba dañada y se apartó como {set_aside}. Su copia de seguridad en buen estado más reciente es {backup}, {described}.</translation>
    </message>
    <message>
        <source>from {when}</source>
        <translation>del {when}</translation>
    </message>
    <message>
        <source>from {when} (notes: {notes}, bookmarks: {bookmarks}, reading lists: {lists})</source>
        <translation>del {when} (notas: {notes}, marcadores: {bookmarks}, listas de lectura: {lists})</translation>
    </message>
    <message>
        <source>Your notes database {path} is damaged ({problem}) and could not be moved to {aside} ({reason}): move it away yourself, then start TVET Desktop again.</source>
        <translation>Su base de datos de notas {path} está dañada ({problem}) y no se pudo mover a {aside} ({reason}): muévala usted mismo y luego vuelva a abrir TVET Desktop.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>No existe el archivo {path}.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>No hay ninguna copia de seguridad en buen estado para restaurar.</translation>
    </message>
    <message>
        <source>{path} is not a healthy notes database; nothing was restored.</source>
        <translation>{path} no es una base de datos de notas en buen estado; no se restauró nada.</translation>
    </message>
    <message>
        <source>A TVET Desktop window is open on these notes ({folder}): close it, then try again. Nothing was changed.</source>
        <translation>Hay una ventana de TVET Desktop abierta con estas notas ({folder}): ciérrela y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>the notes folder {folder} is on a read-only disk</source>
        <translation>la carpeta de notas {folder} está en un disco de solo lectura</translation>
    </message>
    <message>
        <source>the notes folder {folder} is read-only</source>
        <translation>la carpeta de notas {folder} es de solo lectura</translation>
    </message>
    <message>
        <source>the disk holding your notes is full</source>
        <translation>el disco que contiene sus notas está lleno</translation>
    </message>
    <message>
        <source>your notes database cannot be written ({problem})</source>
        <translation>no se puede escribir en su base de datos de notas ({problem})</translation>
    </message>
    <message>
        <source>No backup was made: {reason}.</source>
        <translation>No se hizo ninguna copia de seguridad: {reason}.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: move it away so that backups of your notes can be made.</source>
        <translation>{folder} es un archivo, no una carpeta: muévalo a otro lugar para que se puedan hacer copias de seguridad de sus notas.</translation>
    </message>
    <message>
        <source>A backup of your notes could not be written to {folder} ({problem}); the old backups are kept.</source>
        <translation>No se pudo escribir una copia de seguridad de sus notas en {folder} ({problem}); se conservan las copias anteriores.</translation>
    </message>
    <message>
        <source>A backup of your notes failed its integrity check; the old backups are kept.</source>
        <translation>Una copia de seguridad de sus notas no pasó la comprobación de integridad; se conservan las copias anteriores.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Your notes can still be read and exported.</source>
        <translation>No se guardó: {reason}. Sus notas todavía se pueden leer y exportar.</translation>
    </message>
    <message>
        <source>Not saved: the disk is full. Free some space and try again; nothing saved earlier was touched.</source>
        <translation>No se guardó: el disco está lleno. Libere espacio y vuelva a intentarlo; no se ha tocado nada de lo guardado antes.</translation>
    </message>
    <message>
        <source>Not saved: the notes folder is read-only; check the folder&apos;s permissions.</source>
        <translation>No se guardó: la carpeta de notas es de solo lectura; revise los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>Not saved: the notes database is busy in another program; try again in a moment.</source>
        <translation>No se guardó: otro programa está usando la base de notas; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Not saved ({problem}); nothing saved earlier was touched.</source>
        <translation>No se guardó ({problem}); no se ha tocado nada de lo guardado antes.</translation>
    </message>
    <message>
        <source>A reading list needs a name.</source>
        <translation>Una lista de lectura necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a reading list called “{name}”.</source>
        <translation>Ya existe una lista de lectura llamada «{name}».</translation>
    </message>
    <message>
        <source>This note was changed elsewhere (another window or the command line) since you opened it.</source>
        <translation>Esta nota se modificó en otro lugar (otra ventana o la línea de comandos) desde que usted la abrió.</translation>
    </message>
    <message>
        <source>The notes database was closed.</source>
        <translation>La base de datos de notas se cerró.</translation>
    </message>
    <message>
        <source>There is no folder {folder} to export into; create it first, or choose another.</source>
        <translation>No existe la carpeta {folder} donde exportar; créela primero o elija otra.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name ending in .zip.</source>
        <translation>{path} es una carpeta: elija un nombre de archivo que termine en .zip.</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was written.</source>
        <translation>{path} ya existe; no se escribió nada.</translation>
    </message>
    <message>
        <source>{path} is a file: export into a new folder, or to a file ending in .zip.</source>
        <translation>{path} es un archivo: exporte a una carpeta nueva o a un archivo que termine en .zip.</translation>
    </message>
    <message>
        <source>{path} is not empty; choose a new folder for the export.</source>
        <translation>{path} no está vacía; elija una carpeta nueva para la exportación.</translation>
    </message>
    <message>
        <source>The export could not be written to {path} ({problem}); your notes are unchanged.</source>
        <translation>No se pudo escribir la exportación en {path} ({problem}); sus notas no cambiaron.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}.</source>
        <translation>No se importó nada: {reason}.</translation>
    </message>
    <message>
        <source>Nothing was imported, because a backup of your notes could not be made first: {reason}</source>
        <translation>No se importó nada, porque antes no se pudo hacer una copia de seguridad de sus notas: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported: your notes database could not be opened ({problem}).</source>
        <translation>No se importó nada: no se pudo abrir su base de datos de notas ({problem}).</translation>
    </message>
    <message>
        <source>There is no file or folder {path}.</source>
        <translation>No existe el archivo o la carpeta {path}.</translation>
    </message>
    <message>
        <source>{path} is too large to be a notes export.</source>
        <translation>{path} es demasiado grande para ser una exportación de notas.</translation>
    </message>
    <message>
        <source>{path} is not a file or folder that can be imported.</source>
        <translation>{path} no es un archivo ni una carpeta que se pueda importar.</translation>
    </message>
    <message>
        <source>{path} is not a TVET Desktop notes export ({problem}).</source>
        <translation>{path} no es una exportación de notas de TVET Desktop ({problem}).</translation>
    </message>
    <message>
        <source>{path} is not a TVET Desktop notes export.</source>
        <translation>{path} no es una exportación de notas de TVET Desktop.</translation>
    </message>
    <message>
        <source>{path} was made by a newer TVET Desktop; update the app to import it.</source>
        <translation>{path} se creó con una versión más reciente de TVET Desktop; actualice la aplicación para importarlo.</translation>
    </message>
    <message>
        <source>{path} cannot be imported: it is nested too deeply. Nothing was imported.</source>
        <translation>No se puede importar {path}: tiene demasiados niveles anidados. No se importó nada.</translation>
    </message>
    <message>
        <source>{path} cannot be imported: it is not valid JSON ({problem}). Nothing was imported.</source>
        <translation>No se puede importar {path}: no es JSON válido ({problem}). No se importó nada.</translation>
    </message>
    <message>
        <source>{path} cannot be imported: its format version {version} is unknown. Nothing was imported.</source>
        <translation>No se puede importar {path}: su versión de formato {version} es desconocida. No se importó nada.</translation>
    </message>
    <message>
        <source>{path} cannot be imported: {problem}. Nothing was imported.</source>
        <translation>No se puede importar {path}: {problem}. No se importó nada.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Go to the search field</source>
        <translation>Ir al campo de búsqueda</translation>
    </message>
    <message>
        <source>↓ or Enter (in search)</source>
        <translation>↓ o Enter (en la búsqueda)</translation>
    </message>
    <message>
        <source>Move into the results</source>
        <translation>Pasar a los resultados</translation>
    </message>
    <message>
        <source>Previous / next result</source>
        <translation>Resultado anterior / siguiente</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Larger / smaller / normal text (the whole window)</source>
        <translation>Texto más grande / más pequeño / normal (toda la ventana)</translation>
    </message>
    <message>
        <source>Next / previous pane</source>
        <translation>Panel siguiente / anterior</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message>
        <source>Bookmark the open item</source>
        <translation>Añadir el elemento abierto a marcadores</translation>
    </message>
    <message>
        <source>Write in the note on the open item</source>
        <translation>Escribir en la nota del elemento abierto</translation>
    </message>
    <message>
        <source>Quote the selected passage into the note</source>
        <translation>Citar el pasaje seleccionado en la nota</translation>
    </message>
    <message>
        <source>New free-standing note</source>
        <translation>Nueva nota independiente</translation>
    </message>
    <message>
        <source>Add the open item to a reading list</source>
        <translation>Añadir el elemento abierto a una lista de lectura</translation>
    </message>
    <message>
        <source>Move the open item up / down its reading list</source>
        <translation>Subir / bajar el elemento abierto en su lista de lectura</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Your library</source>
        <translation>Su biblioteca</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Listas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Update the catalogue…</source>
        <translation>&amp;Actualizar el catálogo…</translation>
    </message>
    <message>
        <source>Add &amp;documents…</source>
        <translation>Añadir d&amp;ocumentos…</translation>
    </message>
    <message>
        <source>Add a &amp;folder of documents…</source>
        <translation>Añadir una ca&amp;rpeta de documentos…</translation>
    </message>
    <message>
        <source>&amp;Share with this room…</source>
        <translation>&amp;Compartir con esta sala…</translation>
    </message>
    <message>
        <source>S&amp;torage…</source>
        <translation>A&amp;lmacenamiento…</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>&amp;Imprimir el material para repartir…</translation>
    </message>
    <message>
        <source>Save handout as P&amp;DF…</source>
        <translation>Guardar el material en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Export notes, bookmarks and lists…</source>
        <translation>&amp;Exportar notas, marcadores y listas…</translation>
    </message>
    <message>
        <source>&amp;Import notes…</source>
        <translation>I&amp;mportar notas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Marcador</translation>
    </message>
    <message>
        <source>&amp;Edit note</source>
        <translation>&amp;Escribir la nota</translation>
    </message>
    <message>
        <source>&amp;Quote selection into note</source>
        <translation>&amp;Citar la selección en la nota</translation>
    </message>
    <message>
        <source>&amp;New note…</source>
        <translation>&amp;Nueva nota…</translation>
    </message>
    <message>
        <source>Move &amp;up in list</source>
        <translation>&amp;Subir en la lista</translation>
    </message>
    <message>
        <source>Move &amp;down in list</source>
        <translation>&amp;Bajar en la lista</translation>
    </message>
    <message>
        <source>&amp;Remove from this list</source>
        <translation>&amp;Quitar de esta lista</translation>
    </message>
    <message>
        <source>Re&amp;name this list…</source>
        <translation>Cambiar el &amp;nombre de esta lista…</translation>
    </message>
    <message>
        <source>&amp;Export this list…</source>
        <translation>&amp;Exportar esta lista…</translation>
    </message>
    <message>
        <source>&amp;Delete this list…</source>
        <translation>&amp;Eliminar esta lista…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Clear all &amp;filters</source>
        <translation>Quitar todos los &amp;filtros</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <source>Previous pa&amp;ne</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Add to a reading list…</source>
        <translation>&amp;Añadir a una lista de lectura…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About TVET Desktop</source>
        <translation>&amp;Acerca de TVET Desktop</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) in {ms} ms</source>
        <translation>
            <numerusform>%Ln resultado en {ms} ms</numerusform>
            <numerusform>%Ln resultados en {ms} ms</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Nothing open&lt;/h2&gt;&lt;p&gt;Pick a result to read it here, or press ↓ in the search field to open the best match.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;No hay nada abierto&lt;/h2&gt;&lt;p&gt;Elija un resultado para leerlo aquí, o presione ↓ en el campo de búsqueda para abrir el más pertinente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>La búsqueda ha fallado</translation>
    </message>
    <message>
        <source>The search could not be completed: {problem}. Your filters are unchanged; try a different search.</source>
        <translation>No se pudo completar la búsqueda: {problem}. Sus filtros no han cambiado; pruebe otra búsqueda.</translation>
    </message>
    <message>
        <source>No web browser answered, so {address} was not opened; the address is copied: paste it into a browser.</source>
        <translation>Ningún navegador web respondió, así que {address} no se abrió; la dirección está copiada: péguela en un navegador.</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Añadir documentos</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.epub *.html *.htm *.xhtml *.md *.markdown *.txt *.text);;All files (*)</source>
        <translation>Documentos (*.pdf *.epub *.html *.htm *.xhtml *.md *.markdown *.txt *.text);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add every document in a folder</source>
        <translation>Añadir todos los documentos de una carpeta</translation>
    </message>
    <message numerus="yes">
        <source>Catalogue v{version} · {date} · %Ln item(s) · update available (v{available})</source>
        <translation>
            <numerusform>Catálogo v{version} · {date} · %Ln elemento · actualización disponible (v{available})</numerusform>
            <numerusform>Catálogo v{version} · {date} · %Ln elementos · actualización disponible (v{available})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Catalogue v{version} · {date} · %Ln item(s)</source>
        <translation>
            <numerusform>Catálogo v{version} · {date} · %Ln elemento</numerusform>
            <numerusform>Catálogo v{version} · {date} · %Ln elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}
From: {origin}</source>
        <translation>{path}
Procedencia: {origin}</translation>
    </message>
    <message>
        <source>The catalogue in use was removed from this computer; now using catalogue v{version} ({origin}).</source>
        <translation>El catálogo en uso se retiró de esta computadora; ahora se usa el catálogo v{version} ({origin}).</translation>
    </message>
    <message>
        <source>Now using catalogue v{version} ({origin}).</source>
        <translation>Ahora se usa el catálogo v{version} ({origin}).</translation>
    </message>
    <message>
        <source>Your documents are ready.</source>
        <translation>Sus documentos están listos.</translation>
    </message>
    <message>
        <source>Updating the index of your documents for this version of TVET Desktop (once; about a minute for a large library). They will be searched when it is done.</source>
        <translation>Actualizando el índice de sus documentos para esta versión de TVET Desktop (una sola vez; cerca de un minuto para una biblioteca grande). Se incluirán en la búsqueda cuando termine.</translation>
    </message>
    <message>
        <source>Another program is adding documents: yours will be searched as soon as it has finished.</source>
        <translation>Otro programa está agregando documentos: los suyos se incluirán en la búsqueda en cuanto termine.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No longer in the catalogue&lt;/h2&gt;&lt;p&gt;“{title}” is not in catalogue v{version}. Your note on it is kept under My notes.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ya no está en el catálogo&lt;/h2&gt;&lt;p&gt;«{title}» no figura en el catálogo v{version}. Su nota sobre él se conserva en Mis notas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Nota no guardada</translation>
    </message>
    <message>
        <source>Your note could not be saved (see the message above the editor). Quit anyway and lose the last changes?</source>
        <translation>No se pudo guardar su nota (vea el mensaje encima del editor). ¿Salir de todos modos y perder los últimos cambios?</translation>
    </message>
    <message>
        <source>&amp;Read a folder of documents again…</source>
        <translation>&amp;Volver a leer una carpeta de documentos…</translation>
    </message>
    <message>
        <source>Re&amp;move this document…</source>
        <translation>&amp;Quitar este documento…</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>My note</source>
        <translation>Mi nota</translation>
    </message>
    <message>
        <source>Note heading</source>
        <translation>Título de la nota</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Your notes can be read but not changed: {reason}. You can still export them (File → Export); to write again, fix that and restart TVET Desktop.</source>
        <translation>Sus notas se pueden leer pero no modificar: {reason}. Aún puede exportarlas (Archivo → Exportar); para volver a escribir, corrija eso y reinicie TVET Desktop.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Show the note rendered beside the text</source>
        <translation>Mostrar la nota con formato junto al texto</translation>
    </message>
    <message>
        <source>Shows the note formatted, beside the text you type.</source>
        <translation>Muestra la nota con formato, junto al texto que escribe.</translation>
    </message>
    <message>
        <source>Note editor</source>
        <translation>Editor de notas</translation>
    </message>
    <message>
        <source>Your note on the open item, in Markdown; it is saved as you type. Tab leaves the editor.</source>
        <translation>Su nota sobre el elemento abierto, en Markdown; se guarda a medida que escribe. Tab sale del editor.</translation>
    </message>
    <message>
        <source>Write your note in Markdown: **bold**, - lists, &gt; quotes …  (Ctrl+E)</source>
        <translation>Escriba su nota en Markdown: **negrita**, - listas, &gt; citas…  (Ctrl+E)</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Vista previa de la nota</translation>
    </message>
    <message>
        <source>Your note as it will look, formatted.</source>
        <translation>Su nota tal como se verá, con formato.</translation>
    </message>
    <message>
        <source>My note on “{title}”</source>
        <translation>Mi nota sobre «{title}»</translation>
    </message>
    <message>
        <source>Pick an item to write a note on it</source>
        <translation>Elija un elemento para escribir una nota sobre él</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>Nota sin título</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Guardada a las {time}</translation>
    </message>
    <message>
        <source>{problem} Your text is kept here and saving is retried.</source>
        <translation>{problem} Su texto se conserva aquí y se volverá a intentar guardarlo.</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>una nota</translation>
    </message>
    <message>
        <source>My other version of the note on “{title}”</source>
        <translation>Mi otra versión de la nota sobre «{title}»</translation>
    </message>
    <message>
        <source>Changed elsewhere: your text was kept as a separate note</source>
        <translation>Modificada en otro lugar: su texto se guardó como nota aparte</translation>
    </message>
</context>
<context>
    <name>OfflineActions</name>
    <message>
        <source>Choose a reading list in “Your library” first.</source>
        <translation>Elija primero una lista de lectura en «Su biblioteca».</translation>
    </message>
    <message>
        <source>Documents are still downloading; try again once they are here.</source>
        <translation>Todavía se están descargando archivos; vuelva a intentarlo cuando hayan llegado.</translation>
    </message>
    <message>
        <source>No item of “{name}” has documents to keep offline.</source>
        <translation>Ningún elemento de «{name}» tiene archivos que descargar.</translation>
    </message>
    <message>
        <source>Every document of “{name}” is already on this computer.</source>
        <translation>Todos los archivos de «{name}» ya están en esta computadora.</translation>
    </message>
    <message>
        <source>Keep this list offline</source>
        <translation>Descargar esta lista a la computadora</translation>
    </message>
    <message>
        <source>Keeping “{name}” offline</source>
        <translation>Descargando «{name}» a la computadora</translation>
    </message>
    <message>
        <source>&amp;Keep this list offline</source>
        <translation>&amp;Descargar esta lista a la computadora</translation>
    </message>
    <message>
        <source>They do not fit on this disk: {needed} are still to download and only {free} are free (some room must stay free). Free some space, or keep fewer documents offline.</source>
        <translation>No caben en este disco: quedan {needed} por descargar y solo hay {free} libres (debe quedar algo de espacio libre). Libere espacio o descargue menos archivos.</translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n document(s), {size}…</source>
        <translation>
            <numerusform>{what}: %n archivo, {size}…</numerusform>
            <numerusform>{what}: %n archivos, {size}…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineDownload</name>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Download cancelled; what arrived is kept and the next try resumes from there.</source>
        <translation>Descarga cancelada; lo recibido se conserva y el próximo intento continuará desde ahí.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) kept on this computer.</source>
        <translation>
            <numerusform>%n archivo descargado en esta computadora.</numerusform>
            <numerusform>%n archivos descargados en esta computadora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already here.</source>
        <translation>
            <numerusform>%n ya estaba aquí.</numerusform>
            <numerusform>%n ya estaban aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was not kept: {reason}.</source>
        <translation>«{name}» no se descargó: {reason}.</translation>
    </message>
</context>
<context>
    <name>OfflineStatus</name>
    <message>
        <source>Downloading documents</source>
        <translation>Descargando archivos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the download; what arrived is kept and the next try resumes</source>
        <translation>Detener la descarga; lo recibido se conserva y el próximo intento continuará</translation>
    </message>
    <message>
        <source>{what}: {progress}</source>
        <translation>{what}: {progress}</translation>
    </message>
</context>
<context>
    <name>PdfPageView</name>
    <message>
        <source>Document pages</source>
        <translation>Páginas del documento</translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Show or hide the document&apos;s outline</source>
        <translation>Mostrar u ocultar el esquema del documento</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Re Pág)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation>Escriba un número de página y presione Enter</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Página siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit the page to the width of the pane</source>
        <translation>Ajustar la página al ancho del panel</translation>
    </message>
    <message>
        <source>Find in this document</source>
        <translation>Buscar en este documento</translation>
    </message>
    <message>
        <source>Previous hit (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Enter)</translation>
    </message>
    <message>
        <source>Next hit (Enter)</source>
        <translation>Coincidencia siguiente (Enter)</translation>
    </message>
    <message>
        <source>Hits in this document</source>
        <translation>Coincidencias en este documento</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Esquema del documento</translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation>Este PDF no tiene páginas.</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> de {count}</translation>
    </message>
    <message>
        <source>1 hit so far…</source>
        <translation>1 coincidencia por ahora…</translation>
    </message>
    <message numerus="yes">
        <source>%n hits so far…</source>
        <translation>
            <numerusform>%n coincidencia por ahora…</numerusform>
            <numerusform>%n coincidencias por ahora…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found in this document</source>
        <translation>No se encuentra en este documento</translation>
    </message>
    <message numerus="yes">
        <source>Hit {index} of %n</source>
        <translation>
            <numerusform>Coincidencia {index} de %n</numerusform>
            <numerusform>Coincidencia {index} de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>1 coincidencia</translation>
    </message>
    <message numerus="yes">
        <source>%n hits</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>The file of this document is missing.</source>
        <translation>No se encuentra el archivo de este documento.</translation>
    </message>
    <message>
        <source>This file is damaged or is not really a PDF, so it cannot be shown here.</source>
        <translation>Este archivo está dañado o no es realmente un PDF, así que no se puede mostrar aquí.</translation>
    </message>
    <message>
        <source>This PDF is locked with a password, so it cannot be shown here.</source>
        <translation>Este PDF está protegido con contraseña, así que no se puede mostrar aquí.</translation>
    </message>
    <message>
        <source>This PDF is encrypted in a way the reader cannot open.</source>
        <translation>Este PDF está cifrado de una forma que el lector no puede abrir.</translation>
    </message>
    <message>
        <source>This PDF could not be opened.</source>
        <translation>No se pudo abrir este PDF.</translation>
    </message>
</context>
<context>
    <name>ProgressWords</name>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s) left</source>
        <translation>
            <numerusform>queda %Ln segundo</numerusform>
            <numerusform>quedan %Ln segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) left</source>
        <translation>
            <numerusform>queda %Ln minuto</numerusform>
            <numerusform>quedan %Ln minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s · {remaining}</source>
        <translation>{done} de {total} · {speed}/s · {remaining}</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code of {text}</source>
        <translation>Código QR de {text}</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Reading pane</source>
        <translation>Panel de lectura</translation>
    </message>
    <message>
        <source>The open item&apos;s text. Tab moves to its links and theme chips; Enter follows one.</source>
        <translation>El texto del elemento abierto. Tab recorre sus enlaces y sus temas; Enter abre el elegido.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This text could not be shown: {problem}</source>
        <translation>No se pudo mostrar este texto: {problem}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to TVET Desktop&lt;/h2&gt;&lt;p&gt;Pick an item on the left to read it here.&lt;/p&gt;&lt;p&gt;Type in the search field (Ctrl+K) to search every publication, practice and programme; tick themes, regions or languages on the left to narrow the list.&lt;/p&gt;&lt;p&gt;Press F1 for keyboard shortcuts.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a TVET Desktop&lt;/h2&gt;&lt;p&gt;Elija un elemento a la izquierda para leerlo aquí.&lt;/p&gt;&lt;p&gt;Escriba en el campo de búsqueda (Ctrl+K) para buscar en todas las publicaciones, prácticas y programas; marque temas, regiones o idiomas a la izquierda para acotar la lista.&lt;/p&gt;&lt;p&gt;Presione F1 para ver los atajos de teclado.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReadingToolbar</name>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ Marcador</translation>
    </message>
    <message>
        <source>Bookmark this item (Ctrl+D)</source>
        <translation>Añadir este elemento a marcadores (Ctrl+D)</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Adds the open item to your bookmarks, or removes it (Ctrl+D).</source>
        <translation>Añade el elemento abierto a sus marcadores, o lo quita (Ctrl+D).</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>Añadir a una lista</translation>
    </message>
    <message>
        <source>Add this item to a reading list</source>
        <translation>Añadir este elemento a una lista de lectura</translation>
    </message>
    <message>
        <source>Add to reading list</source>
        <translation>Añadir a una lista de lectura</translation>
    </message>
    <message>
        <source>Opens a menu of your reading lists to add the open item to, or to start a new list (Ctrl+L).</source>
        <translation>Abre un menú con sus listas de lectura para añadir el elemento abierto a una de ellas o empezar una lista nueva (Ctrl+L).</translation>
    </message>
    <message>
        <source>Quote selection</source>
        <translation>Citar la selección</translation>
    </message>
    <message>
        <source>Copy the passage selected in the text into your note, as a quote</source>
        <translation>Copiar el pasaje seleccionado en el texto a su nota, como cita</translation>
    </message>
    <message>
        <source>Copies the passage selected in the reading pane into your note as a quote (Ctrl+Shift+Q).</source>
        <translation>Copia el pasaje seleccionado en el panel de lectura a su nota, como cita (Ctrl+Shift+Q).</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ En marcadores</translation>
    </message>
    <message>
        <source>New reading list…</source>
        <translation>Nueva lista de lectura…</translation>
    </message>
    <message>
        <source>New reading list</source>
        <translation>Nueva lista de lectura</translation>
    </message>
    <message>
        <source>Name of the list (e.g. Welding — week 3):</source>
        <translation>Nombre de la lista (p. ej. Soldadura — semana 3):</translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Más pertinentes</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>Título de la A a la Z</translation>
    </message>
    <message>
        <source>Result count</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>The order of the results: best match, newest first or title.</source>
        <translation>El orden de los resultados: más pertinentes, más recientes primero o por título.</translation>
    </message>
    <message>
        <source>Sort &amp;by:</source>
        <translation>&amp;Ordenar por:</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>Ordenar los resultados</translation>
    </message>
    <message>
        <source>Spelling suggestion</source>
        <translation>Sugerencia ortográfica</translation>
    </message>
    <message>
        <source>About these results</source>
        <translation>Acerca de estos resultados</translation>
    </message>
    <message>
        <source>Where the search looks</source>
        <translation>Dónde busca la búsqueda</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>The items found. Up and down arrows open each one in the reading pane; F6 moves to the next pane.</source>
        <translation>Los elementos encontrados. Las flechas arriba y abajo abren cada uno en el panel de lectura; F6 pasa al panel siguiente.</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Sin resultados</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; item(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; elemento</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Few results. Did you mean {suggestion}?</source>
        <translation>Pocos resultados. ¿Quería decir {suggestion}?</translation>
    </message>
    <message>
        <source>No results for “{text}”.</source>
        <translation>No hay resultados para «{text}».</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>No hay resultados.</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>¿Quería decir {suggestion}?</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;clear:&apos;&gt;Clear all filters&lt;/a&gt; to search the whole catalogue.</source>
        <translation>&lt;a href=&apos;clear:&apos;&gt;Quite todos los filtros&lt;/a&gt; para buscar en todo el catálogo.</translation>
    </message>
    <message>
        <source>Try fewer or shorter words.</source>
        <translation>Pruebe con menos palabras o con palabras más cortas.</translation>
    </message>
    <message>
        <source>Showing results for &lt;b&gt;{corrected}&lt;/b&gt; — search instead for &lt;a href=&apos;instead:{link}&apos;&gt;{typed}&lt;/a&gt;</source>
        <translation>Resultados para &lt;b&gt;{corrected}&lt;/b&gt; — buscar en su lugar &lt;a href=&apos;instead:{link}&apos;&gt;{typed}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No item has all these words; showing the closest matches</source>
        <translation>Ningún elemento tiene todas estas palabras; se muestran los más cercanos</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;everything:&apos;&gt;Search everything&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;everything:&apos;&gt;Buscar en todo&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Searching only the reading list “{name}”. {back}</source>
        <translation>Se busca solo en la lista de lectura «{name}». {back}</translation>
    </message>
    <message>
        <source>Searching only your bookmarks. {back}</source>
        <translation>Se busca solo en sus marcadores. {back}</translation>
    </message>
    <message>
        <source>Showing only your notes. {back}</source>
        <translation>Solo se muestran sus notas. {back}</translation>
    </message>
    <message>
        <source>Searching only your documents. {back}</source>
        <translation>Se busca solo en sus documentos. {back}</translation>
    </message>
    <message>
        <source>{facet}: {value}</source>
        <translation>{facet}: {value}</translation>
    </message>
    <message>
        <source>Years: {first}–{last}</source>
        <translation>Años: {first}–{last}</translation>
    </message>
    <message>
        <source>Remove filter {filter}</source>
        <translation>Quitar el filtro {filter}</translation>
    </message>
    <message>
        <source>Removes this filter from the results.</source>
        <translation>Quita este filtro de los resultados.</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;offline:&apos;&gt;Keep this list offline&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;offline:&apos;&gt;Descargar esta lista a la computadora&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search publications, practices, programmes…  (Ctrl+K)</source>
        <translation>Buscar publicaciones, prácticas, programas…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Words must all match. Use &quot;exact phrase&quot;, OR, and -word to exclude.</source>
        <translation>Todas las palabras deben coincidir. Use &quot;frase exacta&quot;, OR, y -palabra para excluir.</translation>
    </message>
    <message>
        <source>Searches the catalogue and your notes as you type. Down arrow or Enter moves into the results; Escape clears the search.</source>
        <translation>Busca en el catálogo y en sus notas a medida que escribe. La flecha abajo o Enter lleva a los resultados; Esc borra la búsqueda.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with this room</source>
        <translation>Compartir con esta sala</translation>
    </message>
    <message>
        <source>The other computers of this room can update their catalogue from this one, without the internet. Tick the addresses to share on (this computer&apos;s, on the local network only).</source>
        <translation>Las demás computadoras de esta sala pueden actualizar su catálogo desde esta, sin internet. Marque las direcciones en las que compartir (las de esta computadora, solo en la red local).</translation>
    </message>
    <message>
        <source>{address} (this computer only, to try it)</source>
        <translation>{address} (solo esta computadora, para probar)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>&amp;Start sharing</source>
        <translation>&amp;Empezar a compartir</translation>
    </message>
    <message>
        <source>Not sharing.</source>
        <translation>No se está compartiendo.</translation>
    </message>
    <message>
        <source>What to type on the other computers</source>
        <translation>Lo que hay que escribir en las otras computadoras</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>This computer is on no local network: connect it to the room&apos;s Wi-Fi or cable first.</source>
        <translation>Esta computadora no está en ninguna red local: conéctela primero al wifi o al cable de la sala.</translation>
    </message>
    <message>
        <source>Tick at least one address to share on.</source>
        <translation>Marque al menos una dirección en la que compartir.</translation>
    </message>
    <message>
        <source>Preparing the catalogue…</source>
        <translation>Preparando el catálogo…</translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation>&amp;Dejar de compartir</translation>
    </message>
    <message>
        <source>Sharing catalogue v{version} (published {published}).</source>
        <translation>Compartiendo el catálogo v{version} (publicado el {published}).</translation>
    </message>
    <message>
        <source>{addresses} or {last}</source>
        <translation>{addresses} o {last}</translation>
    </message>
    <message>
        <source>On each other computer: File → Update the catalogue…, tick “A computer in this room”, enter {address} and press Update.</source>
        <translation>En cada una de las demás computadoras: Archivo → Actualizar el catálogo…, marque «Una computadora de esta sala», escriba {address} y haga clic en Actualizar.</translation>
    </message>
    <message>
        <source>Computers that have fetched the update so far: {count}</source>
        <translation>Computadoras que ya han descargado la actualización: {count}</translation>
    </message>
    <message>
        <source>No computer has fetched the update yet.</source>
        <translation>Ninguna computadora ha descargado aún la actualización.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Browse by facet</source>
        <translation>Explorar por filtro</translation>
    </message>
    <message>
        <source>Filters with their number of items. Space or Enter ticks a value to show only the items that have it; the right and left arrows open and close a group.</source>
        <translation>Los filtros, con su número de elementos. Espacio o Enter marca un valor para mostrar solo los elementos que lo tienen; las flechas derecha e izquierda abren y cierran un grupo.</translation>
    </message>
    <message>
        <source>From year (any when blank)</source>
        <translation>Desde el año (cualquiera si está vacío)</translation>
    </message>
    <message>
        <source>To year (any when blank)</source>
        <translation>Hasta el año (cualquiera si está vacío)</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar los filtros</translation>
    </message>
    <message>
        <source>Show the whole catalogue again</source>
        <translation>Volver a mostrar todo el catálogo</translation>
    </message>
    <message>
        <source>Removes every filter and shows the whole catalogue again (Ctrl+Shift+X).</source>
        <translation>Quita todos los filtros y vuelve a mostrar todo el catálogo (Ctrl+Shift+X).</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Shows only items of these years; up and down arrows change the year, the lowest value means any year.</source>
        <translation>Muestra solo los elementos de estos años; las flechas arriba y abajo cambian el año, y el valor más bajo significa «Todos».</translation>
    </message>
</context>
<context>
    <name>StorageDialog</name>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Remove from this computer</source>
        <translation>Quitar de esta computadora</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) kept offline, {size}; {free} free on this disk.</source>
        <translation>
            <numerusform>%n archivo descargado, {size}; {free} libres en este disco.</numerusform>
            <numerusform>%n archivos descargados, {size}; {free} libres en este disco.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no item of the catalogue in use)</source>
        <translation>(ningún elemento del catálogo en uso)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) removed ({size} freed); your notes are kept.</source>
        <translation>
            <numerusform>%n archivo quitado ({size} liberados); sus notas se conservan.</numerusform>
            <numerusform>%n archivos quitados ({size} liberados); sus notas se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the whole catalogue offline</source>
        <translation>Descargar todo el catálogo a la computadora</translation>
    </message>
    <message>
        <source>Download every document of the catalogue, to read them without a connection</source>
        <translation>Descargar todos los archivos del catálogo, para leerlos sin conexión</translation>
    </message>
    <message>
        <source>Downloading the whole catalogue</source>
        <translation>Descargando todo el catálogo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the download; what arrived is kept and the next try resumes</source>
        <translation>Detener la descarga; lo recibido se conserva y el próximo intento continuará</translation>
    </message>
    <message>
        <source>The catalogue in use has no documents to keep offline.</source>
        <translation>El catálogo en uso no tiene archivos que descargar.</translation>
    </message>
    <message numerus="yes">
        <source>The whole catalogue: %n document(s), {total}.</source>
        <translation>
            <numerusform>Todo el catálogo: %n archivo, {total}.</numerusform>
            <numerusform>Todo el catálogo: %n archivos, {total}.</numerusform>
        </translation>
    </message>
    <message>
        <source>All of them are on this computer.</source>
        <translation>Todos están en esta computadora.</translation>
    </message>
    <message numerus="yes">
        <source>%n not yet on this computer: {needed} to download; {free} free on this disk.</source>
        <translation>
            <numerusform>%n aún no está en esta computadora: {needed} por descargar; {free} libres en este disco.</numerusform>
            <numerusform>%n aún no están en esta computadora: {needed} por descargar; {free} libres en este disco.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping the whole catalogue offline</source>
        <translation>Descargando todo el catálogo a la computadora</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Update the catalogue</source>
        <translation>Actualizar el catálogo</translation>
    </message>
    <message>
        <source>https://… or http://192.168.1.20:8765/ (from `tvet-desktop share`)</source>
        <translation>https://… o http://192.168.1.20:8765/ (de `tvet-desktop share`)</translation>
    </message>
    <message>
        <source>A computer in this room (running tvet-desktop share)</source>
        <translation>Una computadora de esta sala (que ejecuta tvet-desktop share)</translation>
    </message>
    <message>
        <source>Its catalogue counts as carried by hand, like one on a USB stick: it is installed even after its update period if it is newer than yours.</source>
        <translation>Su catálogo cuenta como traído a mano, como uno en una memoria USB: se instala incluso pasado su período de actualización si es más reciente que el suyo.</translation>
    </message>
    <message>
        <source>Trusted publishers</source>
        <translation>Editores de confianza</translation>
    </message>
    <message>
        <source>The publishers whose signed catalogues this computer installs.</source>
        <translation>Los editores cuyos catálogos firmados instala esta computadora.</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Añadir clave…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Nothing is downloaded until you press Update.</source>
        <translation>No se descarga nada hasta que haga clic en Actualizar.</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>&amp;Update from server</source>
        <translation>&amp;Actualizar desde el servidor</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importar un paquete…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Importar una &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>&amp;Update from this computer</source>
        <translation>&amp;Actualizar desde esta computadora</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>En uso:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Trusted publishers:</source>
        <translation>Editores de confianza:</translation>
    </message>
    <message>
        <source>Key {key} · {origin}</source>
        <translation>Clave {key} · {origin}</translation>
    </message>
    <message>
        <source>None yet: add the .pub file your catalogue publisher gave you.</source>
        <translation>Ninguno todavía: añada el archivo .pub que le dio el editor de su catálogo.</translation>
    </message>
    <message>
        <source>Trust a publisher&apos;s key</source>
        <translation>Confiar en la clave de un editor</translation>
    </message>
    <message>
        <source>Public key (*.pub);;Any file (*)</source>
        <translation>Clave pública (*.pub);;Cualquier archivo (*)</translation>
    </message>
    <message>
        <source>Catalogues signed with key {key} are now accepted.</source>
        <translation>Ahora se aceptan los catálogos firmados con la clave {key}.</translation>
    </message>
    <message>
        <source>Key {key} is no longer trusted.</source>
        <translation>La clave {key} ya no es de confianza.</translation>
    </message>
    <message>
        <source>Enter the address of an update server first.</source>
        <translation>Escriba primero la dirección de un servidor de actualizaciones.</translation>
    </message>
    <message>
        <source>Copying documents…</source>
        <translation>Copiando archivos…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) copied from it.</source>
        <translation>
            <numerusform>Se copió %n archivo desde ahí.</numerusform>
            <numerusform>Se copiaron %n archivos desde ahí.</numerusform>
        </translation>
    </message>
    <message>
        <source>The documents could not be copied: {problem}</source>
        <translation>No se pudieron copiar los archivos: {problem}</translation>
    </message>
    <message>
        <source>Import a catalogue bundle</source>
        <translation>Importar un paquete de catálogo</translation>
    </message>
    <message>
        <source>Catalogue bundle (*.zip)</source>
        <translation>Paquete de catálogo (*.zip)</translation>
    </message>
    <message>
        <source>Import a catalogue folder</source>
        <translation>Importar una carpeta de catálogo</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>{stage}…</source>
        <translation>{stage}…</translation>
    </message>
    <message numerus="yes">
        <source>Installed catalogue v{version} (%Ln item(s)) from the server.</source>
        <translation>
            <numerusform>Catálogo v{version} (%Ln elemento) instalado desde el servidor.</numerusform>
            <numerusform>Catálogo v{version} (%Ln elementos) instalado desde el servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed catalogue v{version} (%Ln item(s)) from this computer in the room.</source>
        <translation>
            <numerusform>Catálogo v{version} (%Ln elemento) instalado desde esta computadora de la sala.</numerusform>
            <numerusform>Catálogo v{version} (%Ln elementos) instalado desde esta computadora de la sala.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed catalogue v{version} (%Ln item(s)) from this USB stick.</source>
        <translation>
            <numerusform>Catálogo v{version} (%Ln elemento) instalado desde esta memoria USB.</numerusform>
            <numerusform>Catálogo v{version} (%Ln elementos) instalado desde esta memoria USB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed catalogue v{version} (%Ln item(s)) from this folder.</source>
        <translation>
            <numerusform>Catálogo v{version} (%Ln elemento) instalado desde esta carpeta.</numerusform>
            <numerusform>Catálogo v{version} (%Ln elementos) instalado desde esta carpeta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed catalogue v{version} (%Ln item(s)) from this file.</source>
        <translation>
            <numerusform>Catálogo v{version} (%Ln elemento) instalado desde este archivo.</numerusform>
            <numerusform>Catálogo v{version} (%Ln elementos) instalado desde este archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue v{installed} is up to date.</source>
        <translation>El catálogo v{installed} está al día.</translation>
    </message>
    <message>
        <source>This version was still on this computer: nothing had to be downloaded.</source>
        <translation>Esta versión seguía en esta computadora: no hubo que descargar nada.</translation>
    </message>
    <message>
        <source>{size} downloaded: only the changes.</source>
        <translation>{size} descargados: solo los cambios.</translation>
    </message>
    <message>
        <source>{size} downloaded: the whole catalogue.</source>
        <translation>{size} descargados: el catálogo completo.</translation>
    </message>
    <message>
        <source>Catalogue v{offered} (published {published}) is available; you have v{installed}. Press Update to install it.</source>
        <translation>Está disponible el catálogo v{offered} (publicado el {published}); usted tiene la v{installed}. Haga clic en Actualizar para instalarlo.</translation>
    </message>
    <message>
        <source>No publisher key is trusted yet: press Add key… and choose the .pub file your catalogue publisher gave you</source>
        <translation>Todavía no hay ninguna clave de editor de confianza: haga clic en Añadir clave… y elija el archivo .pub que le dio el editor de su catálogo</translation>
    </message>
    <message>
        <source>Catalogue v{version}, bundled with the app</source>
        <translation>Catálogo v{version}, incluido con la aplicación</translation>
    </message>
    <message>
        <source>Catalogue v{version} from {origin}, published {published}</source>
        <translation>Catálogo v{version} de {origin}, publicado el {published}</translation>
    </message>
    <message>
        <source>Catalogue v{version} from {origin}</source>
        <translation>Catálogo v{version} de {origin}</translation>
    </message>
    <message>
        <source> (because {problem})</source>
        <translation> (porque {problem})</translation>
    </message>
</context>
<context>
    <name>SyncSentences</name>
    <message>
        <source>The catalogue on this USB stick is for the “{channel}” channel; this app follows “{followed}”. Nothing was installed.</source>
        <translation>El catálogo de esta memoria USB es para el canal “{channel}”; esta aplicación sigue “{followed}”. No se instaló nada.</translation>
    </message>
    <message>
        <source>The catalogue in this folder is for the “{channel}” channel; this app follows “{followed}”. Nothing was installed.</source>
        <translation>El catálogo de esta carpeta es para el canal “{channel}”; esta aplicación sigue “{followed}”. No se instaló nada.</translation>
    </message>
    <message>
        <source>The catalogue in this file is for the “{channel}” channel; this app follows “{followed}”. Nothing was installed.</source>
        <translation>El catálogo de este archivo es para el canal “{channel}”; esta aplicación sigue “{followed}”. No se instaló nada.</translation>
    </message>
    <message>
        <source>The catalogue from this computer in the room is for the “{channel}” channel; this app follows “{followed}”. Nothing was installed.</source>
        <translation>El catálogo de esta computadora de la sala es para el canal “{channel}”; esta aplicación sigue “{followed}”. No se instaló nada.</translation>
    </message>
    <message>
        <source>The catalogue from the server is for the “{channel}” channel; this app follows “{followed}”. Nothing was installed.</source>
        <translation>El catálogo del servidor es para el canal “{channel}”; esta aplicación sigue “{followed}”. No se instaló nada.</translation>
    </message>
    <message>
        <source>The catalogue on this USB stick is v{offered}, older than v{floor} which this app already has. Nothing was installed.</source>
        <translation>El catálogo de esta memoria USB es la versión v{offered}, más antigua que la v{floor} que esta aplicación ya tiene. No se instaló nada.</translation>
    </message>
    <message>
        <source>The catalogue in this folder is v{offered}, older than v{floor} which this app already has. Nothing was installed.</source>
        <translation>El catálogo de esta carpeta es la versión v{offered}, más antigua que la v{floor} que esta aplicación ya tiene. No se instaló nada.</translation>
    </message>
    <message>
        <source>The catalogue in this file is v{offered}, older than v{floor} which this app already has. Nothing was installed.</source>
        <translation>El catálogo de este archivo es la versión v{offered}, más antigua que la v{floor} que esta aplicación ya tiene. No se instaló nada.</translation>
    </message>
    <message>
        <source>The catalogue from this computer in the room is v{offered}, older than v{floor} which this app already has. Nothing was installed.</source>
        <translation>El catálogo de esta computadora de la sala es la versión v{offered}, más antigua que la v{floor} que esta aplicación ya tiene. No se instaló nada.</translation>
    </message>
    <message>
        <source>The catalogue from the server is v{offered}, older than v{floor} which this app has already installed: refusing to go back (an old or replayed update). Nothing was installed.</source>
        <translation>El catálogo del servidor es la versión v{offered}, más antigua que la v{floor} que esta aplicación ya instaló: no se vuelve atrás (una actualización antigua o repetida). No se instaló nada.</translation>
    </message>
    <message>
        <source>The catalogue from the server was published on {published} and its update period ended on {expires} (this computer&apos;s clock says {today}), so it was not installed: a server must offer a current catalogue, and an old one may mean newer ones are being held back. A newer catalogue may also come on a USB stick or from a computer in the room. If this computer&apos;s clock is wrong, set it right and try again.</source>
        <translation>El catálogo del servidor se publicó el {published} y su período de actualización terminó el {expires} (el reloj de esta computadora indica {today}), así que no se instaló: un servidor debe ofrecer un catálogo vigente, y uno antiguo puede significar que se están reteniendo otros más recientes. Un catálogo más reciente también puede llegar en una memoria USB o desde una computadora de la sala. Si el reloj de esta computadora está mal, corríjalo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The catalogue on this USB stick is v{offered}, which needs TVET Desktop {needed} or newer (this is {running}). Please update the app first.</source>
        <translation>El catálogo de esta memoria USB es la versión v{offered}, que requiere TVET Desktop {needed} o posterior (esta es la {running}). Actualice primero la aplicación.</translation>
    </message>
    <message>
        <source>The catalogue in this folder is v{offered}, which needs TVET Desktop {needed} or newer (this is {running}). Please update the app first.</source>
        <translation>El catálogo de esta carpeta es la versión v{offered}, que requiere TVET Desktop {needed} o posterior (esta es la {running}). Actualice primero la aplicación.</translation>
    </message>
    <message>
        <source>The catalogue in this file is v{offered}, which needs TVET Desktop {needed} or newer (this is {running}). Please update the app first.</source>
        <translation>El catálogo de este archivo es la versión v{offered}, que requiere TVET Desktop {needed} o posterior (esta es la {running}). Actualice primero la aplicación.</translation>
    </message>
    <message>
        <source>The catalogue from this computer in the room is v{offered}, which needs TVET Desktop {needed} or newer (this is {running}). Please update the app first.</source>
        <translation>El catálogo de esta computadora de la sala es la versión v{offered}, que requiere TVET Desktop {needed} o posterior (esta es la {running}). Actualice primero la aplicación.</translation>
    </message>
    <message>
        <source>The catalogue from the server is v{offered}, which needs TVET Desktop {needed} or newer (this is {running}). Please update the app first.</source>
        <translation>El catálogo del servidor es la versión v{offered}, que requiere TVET Desktop {needed} o posterior (esta es la {running}). Actualice primero la aplicación.</translation>
    </message>
    <message>
        <source>The catalogue on this USB stick is v{offered} in catalogue format {format}; this app reads format {reads}. Please update the app first.</source>
        <translation>El catálogo de esta memoria USB es la versión v{offered}, en el formato de catálogo {format}; esta aplicación lee el formato {reads}. Actualice primero la aplicación.</translation>
    </message>
    <message>
        <source>The catalogue in this folder is v{offered} in catalogue format {format}; this app reads format {reads}. Please update the app first.</source>
        <translation>El catálogo de esta carpeta es la versión v{offered}, en el formato de catálogo {format}; esta aplicación lee el formato {reads}. Actualice primero la aplicación.</translation>
    </message>
    <message>
        <source>The catalogue in this file is v{offered} in catalogue format {format}; this app reads format {reads}. Please update the app first.</source>
        <translation>El catálogo de este archivo es la versión v{offered}, en el formato de catálogo {format}; esta aplicación lee el formato {reads}. Actualice primero la aplicación.</translation>
    </message>
    <message>
        <source>The catalogue from this computer in the room is v{offered} in catalogue format {format}; this app reads format {reads}. Please update the app first.</source>
        <translation>El catálogo de esta computadora de la sala es la versión v{offered}, en el formato de catálogo {format}; esta aplicación lee el formato {reads}. Actualice primero la aplicación.</translation>
    </message>
    <message>
        <source>The catalogue from the server is v{offered} in catalogue format {format}; this app reads format {reads}. Please update the app first.</source>
        <translation>El catálogo del servidor es la versión v{offered}, en el formato de catálogo {format}; esta aplicación lee el formato {reads}. Actualice primero la aplicación.</translation>
    </message>
    <message>
        <source>The catalogue on this USB stick is v{offered}, made for older apps (catalogue format {format}; this app reads {reads}). The publisher needs to publish it again with a current version of TVET Desktop. Nothing was installed.</source>
        <translation>El catálogo de esta memoria USB es la versión v{offered}, hecha para aplicaciones más antiguas (formato de catálogo {format}; esta aplicación lee el {reads}). El editor debe publicarlo de nuevo con una versión actual de TVET Desktop. No se instaló nada.</translation>
    </message>
    <message>
        <source>The catalogue in this folder is v{offered}, made for older apps (catalogue format {format}; this app reads {reads}). The publisher needs to publish it again with a current version of TVET Desktop. Nothing was installed.</source>
        <translation>El catálogo de esta carpeta es la versión v{offered}, hecha para aplicaciones más antiguas (formato de catálogo {format}; esta aplicación lee el {reads}). El editor debe publicarlo de nuevo con una versión actual de TVET Desktop. No se instaló nada.</translation>
    </message>
    <message>
        <source>The catalogue in this file is v{offered}, made for older apps (catalogue format {format}; this app reads {reads}). The publisher needs to publish it again with a current version of TVET Desktop. Nothing was installed.</source>
        <translation>El catálogo de este archivo es la versión v{offered}, hecha para aplicaciones más antiguas (formato de catálogo {format}; esta aplicación lee el {reads}). El editor debe publicarlo de nuevo con una versión actual de TVET Desktop. No se instaló nada.</translation>
    </message>
    <message>
        <source>The catalogue from this computer in the room is v{offered}, made for older apps (catalogue format {format}; this app reads {reads}). The publisher needs to publish it again with a current version of TVET Desktop. Nothing was installed.</source>
        <translation>El catálogo de esta computadora de la sala es la versión v{offered}, hecha para aplicaciones más antiguas (formato de catálogo {format}; esta aplicación lee el {reads}). El editor debe publicarlo de nuevo con una versión actual de TVET Desktop. No se instaló nada.</translation>
    </message>
    <message>
        <source>The catalogue from the server is v{offered}, made for older apps (catalogue format {format}; this app reads {reads}). The publisher needs to publish it again with a current version of TVET Desktop. Nothing was installed.</source>
        <translation>El catálogo del servidor es la versión v{offered}, hecha para aplicaciones más antiguas (formato de catálogo {format}; esta aplicación lee el {reads}). El editor debe publicarlo de nuevo con una versión actual de TVET Desktop. No se instaló nada.</translation>
    </message>
    <message>
        <source>This catalogue was published on {published}; its update period ended on {expires}. It is newer than yours, so it was installed.</source>
        <translation>Este catálogo se publicó el {published}; su período de actualización terminó el {expires}. Es más reciente que el suyo, así que se instaló.</translation>
    </message>
    <message>
        <source>The downloaded catalogue is not a valid database ({problem}); nothing was installed.</source>
        <translation>El catálogo descargado no es una base de datos válida ({problem}); no se instaló nada.</translation>
    </message>
    <message>
        <source>The downloaded catalogue failed SQLite&apos;s integrity check ({problem}); nothing was installed.</source>
        <translation>El catálogo descargado no superó la comprobación de integridad de SQLite ({problem}); no se instaló nada.</translation>
    </message>
    <message>
        <source>The downloaded catalogue does not match its manifest ({problem}); nothing was installed.</source>
        <translation>El catálogo descargado no coincide con su manifiesto ({problem}); no se instaló nada.</translation>
    </message>
    <message>
        <source>The downloaded catalogue is not built the way this app builds catalogues ({names} differ); nothing was installed.</source>
        <translation>El catálogo descargado no está construido como esta aplicación construye los catálogos (difieren {names}); no se instaló nada.</translation>
    </message>
    <message>
        <source>The downloaded catalogue&apos;s search index is damaged ({problem}); nothing was installed.</source>
        <translation>El índice de búsqueda del catálogo descargado está dañado ({problem}); no se instaló nada.</translation>
    </message>
    <message>
        <source>Catalogue v{version} is up to date.</source>
        <translation>El catálogo v{version} está al día.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue on this USB stick.</source>
        <translation>Ya tiene el catálogo v{version}, el mismo que el de esta memoria USB.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue in this folder.</source>
        <translation>Ya tiene el catálogo v{version}, el mismo que el de esta carpeta.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue in this file.</source>
        <translation>Ya tiene el catálogo v{version}, el mismo que el de este archivo.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue from this computer in the room.</source>
        <translation>Ya tiene el catálogo v{version}, el mismo que el de esta computadora de la sala.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue on this USB stick. Its update period ended on {expires}, so a newer one may exist: ask for it, or update from the server.</source>
        <translation>Ya tiene el catálogo v{version}, el mismo que el de esta memoria USB. Su período de actualización terminó el {expires}, así que puede existir uno más reciente: pídalo o actualice desde el servidor.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue in this folder. Its update period ended on {expires}, so a newer one may exist: ask for it, or update from the server.</source>
        <translation>Ya tiene el catálogo v{version}, el mismo que el de esta carpeta. Su período de actualización terminó el {expires}, así que puede existir uno más reciente: pídalo o actualice desde el servidor.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue in this file. Its update period ended on {expires}, so a newer one may exist: ask for it, or update from the server.</source>
        <translation>Ya tiene el catálogo v{version}, el mismo que el de este archivo. Su período de actualización terminó el {expires}, así que puede existir uno más reciente: pídalo o actualice desde el servidor.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue from this computer in the room. Its update period ended on {expires}, so a newer one may exist: ask for it, or update from the server.</source>
        <translation>Ya tiene el catálogo v{version}, el mismo que el de esta computadora de la sala. Su período de actualización terminó el {expires}, así que puede existir uno más reciente: pídalo o actualice desde el servidor.</translation>
    </message>
    <message>
        <source>{name} does not match the signed manifest (damaged or tampered); it was deleted and nothing was installed.</source>
        <translation>{name} no coincide con el manifiesto firmado (dañado o manipulado); se eliminó y no se instaló nada.</translation>
    </message>
    <message>
        <source>The disk is full; the update stopped. What was downloaded is kept for the next try once space is freed.</source>
        <translation>El disco está lleno; la actualización se detuvo. Lo descargado se conserva para el próximo intento, cuando haya espacio libre.</translation>
    </message>
    <message>
        <source>Not enough free disk space for this update: it needs {needed}, only {free} are free in {folder}. Nothing was changed.</source>
        <translation>No hay suficiente espacio libre en el disco para esta actualización: necesita {needed} y solo quedan {free} libres en {folder}. No se cambió nada.</translation>
    </message>
    <message>
        <source>Update cancelled; what was downloaded is kept and the next update resumes from there.</source>
        <translation>Actualización cancelada; lo descargado se conserva y la próxima actualización continuará desde ahí.</translation>
    </message>
    <message>
        <source>Another catalogue update is running; wait for it to finish.</source>
        <translation>Hay otra actualización del catálogo en curso; espere a que termine.</translation>
    </message>
    <message>
        <source>The bundled catalogue is in use and no other version is installed.</source>
        <translation>Se está usando el catálogo incluido con la aplicación y no hay otra versión instalada.</translation>
    </message>
    <message>
        <source>the record of the catalogue in use was damaged and has been rebuilt from the installed versions</source>
        <translation>el registro del catálogo en uso estaba dañado y se reconstruyó a partir de las versiones instaladas</translation>
    </message>
    <message>
        <source>catalogue v{version} is damaged or missing</source>
        <translation>el catálogo v{version} está dañado o falta</translation>
    </message>
    <message>
        <source>{path} is not a plain file; nothing was read from it.</source>
        <translation>{path} no es un archivo normal; no se leyó nada de él.</translation>
    </message>
    <message>
        <source>{path} is larger than {cap}; refusing to read it.</source>
        <translation>{path} ocupa más de {cap}; no se lee.</translation>
    </message>
    <message>
        <source>{name} ends early; nothing was installed.</source>
        <translation>{name} termina antes de tiempo; no se instaló nada.</translation>
    </message>
    <message>
        <source>{name} unpacks to more data than its manifest says; nothing was installed.</source>
        <translation>{name} se descomprime en más datos de los que indica su manifiesto; no se instaló nada.</translation>
    </message>
    <message>
        <source>{name} is not a valid compressed file ({problem}); nothing was installed.</source>
        <translation>{name} no es un archivo comprimido válido ({problem}); no se instaló nada.</translation>
    </message>
    <message>
        <source>{name} does not match the signed manifest (damaged or tampered); nothing was installed.</source>
        <translation>{name} no coincide con el manifiesto firmado (dañado o manipulado); no se instaló nada.</translation>
    </message>
    <message>
        <source>The catalogue delta is malformed ({problem}); nothing was installed.</source>
        <translation>El archivo de cambios del catálogo está mal formado ({problem}); no se instaló nada.</translation>
    </message>
    <message>
        <source>The catalogue delta does not say which version it builds; nothing was installed.</source>
        <translation>El archivo de cambios del catálogo no indica qué versión produce; no se instaló nada.</translation>
    </message>
    <message>
        <source>The catalogue delta holds a bad item ({problem}); nothing was installed.</source>
        <translation>El archivo de cambios del catálogo contiene un elemento incorrecto ({problem}); no se instaló nada.</translation>
    </message>
    <message>
        <source>The manifest&apos;s {field} “{text}” is not a time like 2026-11-29T08:00:00Z.</source>
        <translation>En el manifiesto, {field} “{text}” no es una hora como 2026-11-29T08:00:00Z.</translation>
    </message>
    <message>
        <source>The server answered with a web page, not a catalogue manifest. If this network shows a sign-in page, open a web browser and sign in first.</source>
        <translation>El servidor respondió con una página web, no con un manifiesto de catálogo. Si esta red muestra una página de inicio de sesión, abra primero un navegador web e inicie sesión.</translation>
    </message>
    <message>
        <source>The manifest is not valid JSON.</source>
        <translation>El manifiesto no es JSON válido.</translation>
    </message>
    <message>
        <source>The manifest is not a {format} manifest (a newer app may be needed).</source>
        <translation>El manifiesto no es un manifiesto {format} (puede hacer falta una aplicación más reciente).</translation>
    </message>
    <message>
        <source>The manifest is incomplete or malformed ({problem}).</source>
        <translation>El manifiesto está incompleto o mal formado ({problem}).</translation>
    </message>
    <message>
        <source>The manifest lists a delta without the version it applies to.</source>
        <translation>El manifiesto incluye un archivo de cambios sin la versión a la que se aplica.</translation>
    </message>
    <message>
        <source>The manifest names an unsafe file “{name}”; nothing was downloaded.</source>
        <translation>El manifiesto nombra un archivo peligroso “{name}”; no se descargó nada.</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature file is malformed; nothing was installed.</source>
        <translation>El archivo de firma del manifiesto está mal formado; no se instaló nada.</translation>
    </message>
    <message>
        <source>No publisher key is trusted yet: press Add key… in File → Update the catalogue… and choose the .pub file your catalogue publisher gave you.</source>
        <translation>Todavía no se confía en ninguna clave de editor: haga clic en Añadir clave… en Archivo → Actualizar el catálogo… y elija el archivo .pub que le dio el editor de su catálogo.</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature by key {key} does not match its contents: it was changed after signing. Nothing was installed.</source>
        <translation>La firma del manifiesto con la clave {key} no coincide con su contenido: se modificó después de firmarlo. No se instaló nada.</translation>
    </message>
    <message>
        <source>The manifest is signed by {keys}, which this app does not trust. Nothing was installed.</source>
        <translation>El manifiesto está firmado por {keys}, en quien esta aplicación no confía. No se instaló nada.</translation>
    </message>
    <message>
        <source>The manifest is signed by no key, so this app does not trust it. Nothing was installed.</source>
        <translation>El manifiesto no está firmado con ninguna clave, así que esta aplicación no confía en él. No se instaló nada.</translation>
    </message>
    <message>
        <source>{path} already exists; move it away first (a lost signing key cannot be recovered).</source>
        <translation>{path} ya existe; muévalo primero a otro sitio (una clave de firma perdida no se puede recuperar).</translation>
    </message>
    <message>
        <source>{path} is not a TVET Desktop signing key.</source>
        <translation>{path} no es una clave de firma de TVET Desktop.</translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 signing key.</source>
        <translation>{path} no es una clave de firma Ed25519.</translation>
    </message>
    <message>
        <source>{path} is a private signing key: keep it secret. Trust the matching .pub file instead.</source>
        <translation>{path} es una clave de firma privada: manténgala en secreto. Añada en su lugar el archivo .pub correspondiente.</translation>
    </message>
    <message>
        <source>{path} is not a public key: choose the .pub file the catalogue publisher sent you.</source>
        <translation>{path} no es una clave pública: elija el archivo .pub que le envió el editor del catálogo.</translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 public key.</source>
        <translation>{path} no es una clave pública Ed25519.</translation>
    </message>
    <message>
        <source>Key {keyid} was not added by you (keys shipped with the app cannot be removed).</source>
        <translation>La clave {keyid} no la añadió usted (las claves incluidas con la aplicación no se pueden quitar).</translation>
    </message>
    <message>
        <source>{path} is missing: this folder is not a TVET Desktop catalogue export.</source>
        <translation>Falta {path}: esta carpeta no es una exportación de catálogo de TVET Desktop.</translation>
    </message>
    <message>
        <source>{path} is missing from this catalogue export.</source>
        <translation>Falta {path} en esta exportación de catálogo.</translation>
    </message>
    <message>
        <source>{path} is far larger than its manifest says; refusing to copy it.</source>
        <translation>{path} es mucho más grande de lo que indica su manifiesto; no se copia.</translation>
    </message>
    <message>
        <source>{path} changed while it was being copied.</source>
        <translation>{path} cambió mientras se copiaba.</translation>
    </message>
    <message>
        <source>{bundle} holds no {name}: it is not a TVET Desktop catalogue bundle.</source>
        <translation>{bundle} no contiene {name}: no es un paquete de catálogo de TVET Desktop.</translation>
    </message>
    <message>
        <source>{name} in {bundle} is larger than {cap}; refusing to read it.</source>
        <translation>{name} en {bundle} ocupa más de {cap}; no se lee.</translation>
    </message>
    <message>
        <source>{name} in {bundle} is far larger than its manifest says; refusing to copy it.</source>
        <translation>{name} en {bundle} es mucho más grande de lo que indica su manifiesto; no se copia.</translation>
    </message>
    <message>
        <source>{bundle} is damaged or not a plain catalogue bundle ({problem}); copy it again from the original.</source>
        <translation>{bundle} está dañado o no es un paquete de catálogo normal ({problem}); cópielo de nuevo desde el original.</translation>
    </message>
    <message>
        <source>{path} is neither a catalogue export folder nor a catalogue bundle (.zip) file.</source>
        <translation>{path} no es ni una carpeta de exportación de catálogo ni un paquete de catálogo (archivo .zip).</translation>
    </message>
    <message>
        <source>The catalogue in use is the one bundled with the app, which every copy already has; there is nothing newer to export.</source>
        <translation>El catálogo en uso es el incluido con la aplicación, que ya tiene cada copia: no hay nada más reciente que exportar.</translation>
    </message>
    <message>
        <source>{address} is not an http:// or https:// address.</source>
        <translation>{address} no es una dirección http:// ni https://.</translation>
    </message>
    <message>
        <source>{address} does not match the signed manifest: the server has {announced}, the manifest says {length} (tampered, or a publish is still in progress).</source>
        <translation>{address} no coincide con el manifiesto firmado: el servidor tiene {announced} y el manifiesto indica {length} (manipulado, o aún hay una publicación en curso).</translation>
    </message>
    <message>
        <source>{address} was not found on the server (404).</source>
        <translation>{address} no se encontró en el servidor (404).</translation>
    </message>
    <message>
        <source>The server refused {address} ({status} {reason}).</source>
        <translation>El servidor rechazó {address} ({status} {reason}).</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a catalogue file. If this network shows a sign-in page, open a web browser and sign in first.</source>
        <translation>El servidor respondió con una página web en lugar de un archivo de catálogo. Si esta red muestra una página de inicio de sesión, abra primero un navegador web e inicie sesión.</translation>
    </message>
    <message>
        <source>The server sent this app on to {target}, another address than the one you gave ({host}); the app only follows http:// or https:// links on {host}. If the catalogue has moved, update from its new address. Nothing was installed.</source>
        <translation>El servidor envió esta aplicación a {target}, otra dirección distinta de la que usted indicó ({host}); la aplicación solo sigue enlaces http:// o https:// en {host}. Si el catálogo se ha mudado, actualice desde su nueva dirección. No se instaló nada.</translation>
    </message>
    <message numerus="yes">
        <source>Could not fetch {address}: {reason}, after %Ln tries.</source>
        <translation>
            <numerusform>No se pudo obtener {address}: {reason}, tras %Ln intento.</numerusform>
            <numerusform>No se pudo obtener {address}: {reason}, tras %Ln intentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not fetch {address}: {reason}, after %Ln tries. {kept} are kept and the next update resumes from there.</source>
        <translation>
            <numerusform>No se pudo obtener {address}: {reason}, tras %Ln intento. Se conservan {kept} y la próxima actualización continuará desde ahí.</numerusform>
            <numerusform>No se pudo obtener {address}: {reason}, tras %Ln intentos. Se conservan {kept} y la próxima actualización continuará desde ahí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again in {seconds} s ({attempt} of {attempts}): {reason}.</source>
        <translation>Nuevo intento en {seconds} s ({attempt} de {attempts}): {reason}.</translation>
    </message>
    <message>
        <source>“{text}” is not a computer&apos;s address (like 192.168.1.20 or 192.168.1.20:8765).</source>
        <translation>“{text}” no es la dirección de una computadora (como 192.168.1.20 o 192.168.1.20:8765).</translation>
    </message>
    <message>
        <source>“{text}” is not a computer&apos;s address (like 192.168.1.20 or 192.168.1.20:8765); a computer in the room shares over plain http://.</source>
        <translation>“{text}” no es la dirección de una computadora (como 192.168.1.20 o 192.168.1.20:8765); una computadora de la sala comparte por http:// simple.</translation>
    </message>
    <message>
        <source>No computer called “{host}” was found on this network; give the address that Share with this room shows on that computer (like 192.168.1.20).</source>
        <translation>No se encontró en esta red ninguna computadora llamada “{host}”; indique la dirección que muestra Compartir con esta sala en esa computadora (como 192.168.1.20).</translation>
    </message>
    <message>
        <source>{host} is not on this room&apos;s network, so it cannot be a computer in the room. For a server on the internet, untick “A computer in this room”.</source>
        <translation>{host} no está en la red de esta sala, así que no puede ser una computadora de la sala. Para un servidor en internet, desmarque “Una computadora de esta sala”.</translation>
    </message>
    <message>
        <source>nothing answers at that address</source>
        <translation>nada responde en esa dirección</translation>
    </message>
    <message>
        <source>the server name could not be found (are you online?)</source>
        <translation>no se encontró el nombre del servidor (¿tiene conexión a internet?)</translation>
    </message>
    <message>
        <source>the server there does not speak https (is the address http://?)</source>
        <translation>el servidor de esa dirección no usa https (¿la dirección es http://?)</translation>
    </message>
    <message>
        <source>the server&apos;s security certificate could not be verified</source>
        <translation>no se pudo verificar el certificado de seguridad del servidor</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>el servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>the server answered {status}</source>
        <translation>el servidor respondió {status}</translation>
    </message>
    <message>
        <source>the connection failed ({problem})</source>
        <translation>la conexión falló ({problem})</translation>
    </message>
    <message>
        <source>the server sent a different part of the file than asked for</source>
        <translation>el servidor envió otra parte del archivo distinta de la pedida</translation>
    </message>
    <message>
        <source>the connection closed after {have} of {length}</source>
        <translation>la conexión se cerró tras {have} de {length}</translation>
    </message>
    <message>
        <source>the link stalled ({rate} bytes/s)</source>
        <translation>la conexión se estancó ({rate} bytes/s)</translation>
    </message>
    <message>
        <source>{reason}; nothing useful arrived for {seconds} s</source>
        <translation>{reason}; no llegó nada útil durante {seconds} s</translation>
    </message>
    <message>
        <source>{addresses} is not an address on a local network: sharing is for the computers in this room only. Choose one of this computer&apos;s addresses.</source>
        <translation>{addresses} no es una dirección de una red local: compartir es solo para las computadoras de esta sala. Elija una de las direcciones de esta computadora.</translation>
    </message>
    <message>
        <source>No address is chosen: sharing is for the computers in this room only. Choose one of this computer&apos;s addresses.</source>
        <translation>No se eligió ninguna dirección: compartir es solo para las computadoras de esta sala. Elija una de las direcciones de esta computadora.</translation>
    </message>
    <message>
        <source>Could not share on port {port}: {problem}. Another program may be using it; choose another port.</source>
        <translation>No se pudo compartir en el puerto {port}: {problem}. Puede que otro programa lo esté usando; elija otro puerto.</translation>
    </message>
    <message>
        <source>Not enough free disk space to keep “{name}” offline: it needs {needed} (with room to spare), only {free} are free in {folder}. Nothing was changed.</source>
        <translation>No hay suficiente espacio libre en el disco para guardar “{name}” en la computadora: necesita {needed} (con margen) y solo quedan {free} libres en {folder}. No se cambió nada.</translation>
    </message>
    <message>
        <source>it does not match the signed catalogue (damaged or tampered); it was deleted and not kept</source>
        <translation>no coincide con el catálogo firmado (dañado o manipulado); se eliminó y no se guardó</translation>
    </message>
    <message>
        <source>The disk is full; the download stopped. What was downloaded is kept and the next try resumes from there once space is freed.</source>
        <translation>El disco está lleno; la descarga se detuvo. Lo descargado se conserva y el próximo intento continuará desde ahí cuando haya espacio libre.</translation>
    </message>
    <message>
        <source>it is not in the catalogue on this USB stick</source>
        <translation>no está en el catálogo de esta memoria USB</translation>
    </message>
    <message>
        <source>it is not in the catalogue in this folder</source>
        <translation>no está en el catálogo de esta carpeta</translation>
    </message>
    <message>
        <source>it is not in the catalogue in this file</source>
        <translation>no está en el catálogo de este archivo</translation>
    </message>
    <message>
        <source>it is not in the catalogue from this computer in the room</source>
        <translation>no está en el catálogo de esta computadora de la sala</translation>
    </message>
    <message>
        <source>it is not in the catalogue from the server</source>
        <translation>no está en el catálogo del servidor</translation>
    </message>
    <message>
        <source>Another download of documents is running; wait for it to finish.</source>
        <translation>Hay otra descarga de archivos en curso; espere a que termine.</translation>
    </message>
    <message>
        <source>No item “{item}” in the catalogue in use.</source>
        <translation>No hay ningún elemento “{item}” en el catálogo en uso.</translation>
    </message>
    <message numerus="yes">
        <source>No item “{item}” in the catalogue in use (nor %Ln more).</source>
        <translation>
            <numerusform>No hay ningún elemento “{item}” en el catálogo en uso (ni %Ln más).</numerusform>
            <numerusform>No hay ningún elemento “{item}” en el catálogo en uso (ni %Ln más).</numerusform>
        </translation>
    </message>
    <message>
        <source>No update server is known yet: enter its address in File → Update the catalogue…, or import the catalogue from a USB stick.</source>
        <translation>Todavía no se conoce ningún servidor de actualización: escriba su dirección en Archivo → Actualizar el catálogo…, o importe el catálogo desde una memoria USB.</translation>
    </message>
    <message>
        <source>Another publish into {repo} is running; wait for it to finish.</source>
        <translation>Hay otra publicación en {repo} en curso; espere a que termine.</translation>
    </message>
    <message>
        <source>Version {version} is not above v{newest}, the newest in {repo}; clients would refuse it.</source>
        <translation>La versión {version} no es superior a la v{newest}, la más reciente en {repo}; los clientes la rechazarían.</translation>
    </message>
    <message>
        <source>Item “{item}”: the file of attachment “{filename}” is neither in the source folder nor in {folder}.</source>
        <translation>Elemento “{item}”: el archivo del adjunto “{filename}” no está ni en la carpeta de origen ni en {folder}.</translation>
    </message>
    <message>
        <source>Item “{item}”: {path} changed while it was being published; publish again.</source>
        <translation>Elemento “{item}”: {path} cambió mientras se publicaba; publique de nuevo.</translation>
    </message>
    <message>
        <source>{path} is not a catalogue snapshot; remove it from {repo}.</source>
        <translation>{path} no es una instantánea de catálogo; quítela de {repo}.</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); remove it from the repository and publish again.</source>
        <translation>{path} está dañado ({problem}); quítelo del repositorio y publique de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough free disk space to keep these %Ln documents offline: they need {needed} (with room to spare), only {free} are free in {folder}. Nothing was downloaded.</source>
        <translation>
            <numerusform>No hay espacio libre suficiente en el disco para descargar estos %Ln archivos: necesitan {needed} (con margen) y solo hay {free} libres en {folder}. No se descargó nada.</numerusform>
            <numerusform>No hay espacio libre suficiente en el disco para descargar estos %Ln archivos: necesitan {needed} (con margen) y solo hay {free} libres en {folder}. No se descargó nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsBox</name>
    <message>
        <source>Versions on this computer</source>
        <translation>Versiones en esta computadora</translation>
    </message>
    <message>
        <source>Roll back to v{version}</source>
        <translation>Volver a la v{version}</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Volver atrás</translation>
    </message>
    <message>
        <source>v{version} · bundled with the app</source>
        <translation>v{version} · incluida con la aplicación</translation>
    </message>
    <message>
        <source>v{version} · in use · bundled with the app</source>
        <translation>v{version} · en uso · incluida con la aplicación</translation>
    </message>
    <message>
        <source>v{version} · in use · from {origin}</source>
        <translation>v{version} · en uso · de {origin}</translation>
    </message>
    <message>
        <source>v{version} · used before · from {origin}</source>
        <translation>v{version} · usada antes · de {origin}</translation>
    </message>
    <message>
        <source>Now using catalogue v{version}; roll back again to undo.</source>
        <translation>Ahora se usa el catálogo v{version}; vuelva atrás de nuevo para deshacerlo.</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño &amp;normal del texto</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;ema</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>TVET Desktop is already open. To install the catalogue in {file}, choose File → Update the catalogue… → Import bundle… in its window.</source>
        <translation>TVET Desktop ya está abierto. Para instalar el catálogo de {file}, elija Archivo → Actualizar el catálogo… → Importar un paquete… en su ventana.</translation>
    </message>
    <message>
        <source>Import a catalogue</source>
        <translation>Importar un catálogo</translation>
    </message>
    <message>
        <source>Your notes need attention</source>
        <translation>Sus notas requieren su atención</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Start with empty notes</source>
        <translation>Empezar con notas vacías</translation>
    </message>
    <message>
        <source>TVET Desktop cannot open your notes</source>
        <translation>TVET Desktop no puede abrir sus notas</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>Publication</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica prometedora</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Término del glosario</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Mi nota</translation>
    </message>
    <message>
        <source>My document</source>
        <translation>Mi documento</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>No longer in the catalogue</source>
        <translation>Ya no está en el catálogo</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonés</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coreano</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>suajili</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Facts from: {sources}</source>
        <translation>Datos tomados de: {sources}</translation>
    </message>
    <message>
        <source>Source: {address}</source>
        <translation>Fuente: {address}</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>TVET Desktop met an unexpected problem ({what}). Your notes are saved as you type; if something no longer works, close and open the app again. The details are in {log}: please send that file to whoever looks after this computer.</source>
        <translation>TVET Desktop encontró un problema inesperado ({what}). Sus notas se guardan a medida que escribe; si algo deja de funcionar, cierre la aplicación y vuelva a abrirla. Los detalles están en {log}: envíe ese archivo a quien se ocupa de esta computadora.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong inside TVET Desktop ({problem}); the details are in {log}</source>
        <translation>Algo ha fallado dentro de TVET Desktop ({problem}); los detalles están en {log}</translation>
    </message>
    <message>
        <source>the catalogue or notes file is damaged ({problem})</source>
        <translation>el archivo del catálogo o de las notas está dañado ({problem})</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Mi nota</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Source: {address}</source>
        <translation>Fuente: {address}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>página {page}</translation>
    </message>
    <message>
        <source>No longer in the catalogue (kept in your list).</source>
        <translation>Ya no está en el catálogo (se conserva en su lista).</translation>
    </message>
    <message>
        <source>From the TVET Desktop catalogue v{version} of {date}. The catalogue describes publications, practices and programmes of UNESCO-UNEVOC and its network.</source>
        <translation>Tomado del catálogo de TVET Desktop v{version} del {date}. El catálogo describe publicaciones, prácticas y programas de UNESCO-UNEVOC y de su red.</translation>
    </message>
    <message>
        <source>{title} · page {page} of {pages}</source>
        <translation>{title} · página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Falta la guía del usuario en esta instalación.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>An offline library for trainers and teachers in technical and vocational education and training.</source>
        <translation>Una biblioteca sin conexión para formadores y docentes de la educación y formación técnica y profesional (EFTP).</translation>
    </message>
    <message>
        <source>Catalogue v{version} of {date}, from {origin}. Items: {count}.</source>
        <translation>Catálogo v{version} del {date}, de {origin}. Elementos: {count}.</translation>
    </message>
    <message>
        <source>The catalogue describes publications, promising practices, programmes, events and glossary terms of UNESCO-UNEVOC, the UNESCO International Centre for Technical and Vocational Education and Training, and its network. The summaries were written for this app; each item names the pages its facts come from, and the originals remain the work of their authors.</source>
        <translation>El catálogo describe publicaciones, prácticas prometedoras, programas, eventos y términos del glosario de UNESCO-UNEVOC, el Centro Internacional de la UNESCO para la Educación y Formación Técnica y Profesional, y de su red. Los resúmenes se redactaron para esta aplicación; cada elemento indica las páginas de donde proceden sus datos, y los originales siguen siendo obra de sus autores.</translation>
    </message>
    <message>
        <source>TVET Desktop is free software under the MIT licence.</source>
        <translation>TVET Desktop es software libre con licencia MIT.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Hecho con</translation>
    </message>
    <message>
        <source>About TVET Desktop</source>
        <translation>Acerca de TVET Desktop</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>the document was removed</source>
        <translation>el documento se retiró</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>Nota sin título</translation>
    </message>
    <message>
        <source>This item is no longer in the catalogue; your entry is kept.</source>
        <translation>Este elemento ya no está en el catálogo; su entrada se conserva.</translation>
    </message>
    <message>
        <source>This document was removed from your documents; your entry is kept.</source>
        <translation>Este archivo se quitó de sus documentos; su entrada se conserva.</translation>
    </message>
    <message>
        <source>on “{title}”</source>
        <translation>sobre «{title}»</translation>
    </message>
    <message>
        <source>no longer in the catalogue</source>
        <translation>ya no está en el catálogo</translation>
    </message>
    <message>
        <source>the item has changed since this note was written</source>
        <translation>el elemento ha cambiado desde que se escribió esta nota</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <source>&amp;Follow the system</source>
        <translation>&amp;Seguir al sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Instalando</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>añadida por usted</translation>
    </message>
    <message>
        <source>shipped with the app</source>
        <translation>incluida con la aplicación</translation>
    </message>
    <message>
        <source>bundled with the app</source>
        <translation>incluido con la aplicación</translation>
    </message>
    <message>
        <source>an earlier update</source>
        <translation>una actualización anterior</translation>
    </message>
</context>
</TS>

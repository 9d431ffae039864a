<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CatalogSentences</name>
    <message>
        <source>No catalogue file at {path}.</source>
        <translation>Aucun fichier de catalogue à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>The catalogue {path} was closed.</source>
        <translation>Le catalogue {path} a été fermé.</translation>
    </message>
    <message>
        <source>{path} is not a readable TVET Desktop catalogue ({names}: not as TVET Desktop builds them).</source>
        <translation>{path} n’est pas un catalogue TVET Desktop lisible ({names}&#xa0;: pas tels que TVET Desktop les construit).</translation>
    </message>
    <message>
        <source>{path} is not a readable TVET Desktop catalogue ({problem}).</source>
        <translation>{path} n’est pas un catalogue TVET Desktop lisible ({problem}).</translation>
    </message>
    <message>
        <source>{path} has catalogue format {format}; this app reads {reads}.</source>
        <translation>{path} est au format de catalogue {format}&#xa0;; cette application lit le format {reads}.</translation>
    </message>
    <message>
        <source>Shortened: this text has {length} characters; the first {shown} are shown.</source>
        <translation>Texte raccourci&#xa0;: il compte {length} caractères&#xa0;; les {shown} premiers sont affichés.</translation>
    </message>
    <message>
        <source>Shortened: this page has {length} characters; the first {shown} are shown.</source>
        <translation>Page raccourcie&#xa0;: elle compte {length} caractères&#xa0;; les {shown} premiers sont affichés.</translation>
    </message>
    <message>
        <source>Shortened: this file is longer than {shown} characters; the beginning is shown.</source>
        <translation>Fichier raccourci&#xa0;: il dépasse {shown} caractères&#xa0;; seul le début est affiché.</translation>
    </message>
    <message>
        <source>This text has more than {cells} table cells, so its tables are shown as text.</source>
        <translation>Ce texte compte plus de {cells} cellules de tableau&#xa0;: ses tableaux sont affichés comme du texte.</translation>
    </message>
    <message>
        <source>This text is nested more than {levels} levels deep, so it is shown as plain text.</source>
        <translation>Ce texte a plus de {levels} niveaux d’imbrication&#xa0;: il est affiché en texte brut.</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>What changed from v{old} to v{new}</source>
        <translation>Ce qui a changé de la v{old} à la v{new}</translation>
    </message>
    <message>
        <source>No item was added, changed or removed.</source>
        <translation>Aucun élément n’a été ajouté, modifié ni retiré.</translation>
    </message>
    <message>
        <source>Added ({count})</source>
        <translation>Ajoutés ({count})</translation>
    </message>
    <message>
        <source>Changed ({count})</source>
        <translation>Modifiés ({count})</translation>
    </message>
    <message>
        <source>Removed from the catalogue ({count})</source>
        <translation>Retirés du catalogue ({count})</translation>
    </message>
</context>
<context>
    <name>CollectionsList</name>
    <message>
        <source>Your library</source>
        <translation>Votre bibliothèque</translation>
    </message>
    <message>
        <source>Where to search: all items, your notes, your bookmarks or one of your reading lists.</source>
        <translation>Où chercher&#xa0;: tous les éléments, vos notes, vos favoris ou l’une de vos listes de lecture.</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Mes documents</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <source>My notes ({count})</source>
        <translation>Mes notes ({count})</translation>
    </message>
    <message>
        <source>My documents ({count})</source>
        <translation>Mes documents ({count})</translation>
    </message>
    <message>
        <source>Bookmarks ({count})</source>
        <translation>Favoris ({count})</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Remove document…</source>
        <translation>Retirer le document…</translation>
    </message>
    <message>
        <source>Remove this document from your documents; your note on it is kept</source>
        <translation>Retirer ce document de vos documents&#xa0;; votre note sur lui est conservée</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Retirer le document</translation>
    </message>
    <message>
        <source>Removes the open document and its copy in your data folder, after asking; your note on it is kept.</source>
        <translation>Retire le document ouvert et sa copie dans votre dossier de données, après confirmation&#xa0;; votre note sur lui est conservée.</translation>
    </message>
    <message>
        <source>Remove this document…</source>
        <translation>Retirer ce document…</translation>
    </message>
    <message>
        <source>Open one of your documents first (My documents).</source>
        <translation>Ouvrez d’abord l’un de vos documents (Mes documents).</translation>
    </message>
    <message>
        <source>A document is still being removed; try again in a moment.</source>
        <translation>Un document est encore en cours de suppression&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Documents are still being added; remove this one once that has finished.</source>
        <translation>Des documents sont encore en cours d’ajout&#xa0;; retirez celui-ci une fois l’ajout terminé.</translation>
    </message>
    <message>
        <source>Remove “{title}” from your documents? Its copy in your data folder is deleted; the file you added it from is not touched. Your note on it, its bookmark and its place in your reading lists are kept.</source>
        <translation>Retirer «&#xa0;{title}&#xa0;» de vos documents&#xa0;? Sa copie dans votre dossier de données est supprimée&#xa0;; le fichier d’où vous l’avez ajouté n’est pas touché. Votre note sur lui, son favori et sa place dans vos listes de lecture sont conservés.</translation>
    </message>
    <message>
        <source>Read a folder again</source>
        <translation>Relire un dossier</translation>
    </message>
    <message>
        <source>Files changed in the folder and their new versions were added, but your notes cannot be saved now; the earlier versions stay beside them.</source>
        <translation>Des fichiers ont changé dans le dossier et leurs nouvelles versions ont été ajoutées, mais vos notes ne peuvent pas être enregistrées pour l’instant&#xa0;; les versions précédentes restent à côté.</translation>
    </message>
    <message>
        <source>“{title}” changed in its folder and its new version was added, but your notes could not be moved to it ({problem}); the earlier version stays beside it.</source>
        <translation>«&#xa0;{title}&#xa0;» a changé dans son dossier et sa nouvelle version a été ajoutée, mais vos notes n’ont pas pu y être reportées ({problem})&#xa0;; la version précédente reste à côté.</translation>
    </message>
    <message>
        <source>Removed “{title}”; your note on it is kept under My notes.</source>
        <translation>«&#xa0;{title}&#xa0;» a été retiré&#xa0;; votre note sur lui est conservée dans Mes notes.</translation>
    </message>
    <message>
        <source>Read a folder of documents again</source>
        <translation>Relire un dossier de documents</translation>
    </message>
</context>
<context>
    <name>DocumentAdder</name>
    <message>
        <source>Adding documents</source>
        <translation>Ajout de documents</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop adding; the documents added so far are kept</source>
        <translation>Arrêter l’ajout&#xa0;; les documents déjà ajoutés sont conservés</translation>
    </message>
    <message>
        <source>Documents are still being added; add these once it has finished.</source>
        <translation>Des documents sont encore en cours d’ajout&#xa0;; ajoutez ceux-ci une fois l’ajout terminé.</translation>
    </message>
    <message>
        <source>Looking for documents…</source>
        <translation>Recherche des documents…</translation>
    </message>
    <message>
        <source>Stopping after this file…</source>
        <translation>Arrêt après ce fichier…</translation>
    </message>
    <message>
        <source>Adding {done} of {total}: {name}</source>
        <translation>Ajout {done} sur {total}&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Documents not added</source>
        <translation>Documents non ajoutés</translation>
    </message>
    <message>
        <source>Adding documents stopped: {message}. The documents added before it are kept.</source>
        <translation>L’ajout de documents s’est arrêté&#xa0;: {message}. Les documents ajoutés auparavant sont conservés.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added</source>
        <translation>
            <numerusform>%n document ajouté</numerusform>
            <numerusform>%n documents ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated to the new version of its file</source>
        <translation>
            <numerusform>%n mis à jour vers la nouvelle version de son fichier</numerusform>
            <numerusform>%n mis à jour vers la nouvelle version de leur fichier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n déjà présent</numerusform>
            <numerusform>%n déjà présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: you removed them before</source>
        <translation>
            <numerusform>%n laissé de côté&#xa0;: vous l’aviez retiré</numerusform>
            <numerusform>%n laissés de côté&#xa0;: vous les aviez retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be added</source>
        <translation>
            <numerusform>%n n’a pas pu être ajouté</numerusform>
            <numerusform>%n n’ont pas pu être ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer in the folder (kept until you remove it)</source>
        <translation>
            <numerusform>%n n’est plus dans le dossier (conservé jusqu’à ce que vous le retiriez)</numerusform>
            <numerusform>%n ne sont plus dans le dossier (conservés jusqu’à ce que vous les retiriez)</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped before the end</source>
        <translation>arrêté avant la fin</translation>
    </message>
    <message>
        <source>These documents are no longer in the folder; they stay in My documents until you remove them:</source>
        <translation>Ces documents ne sont plus dans le dossier&#xa0;; ils restent dans Mes documents jusqu’à ce que vous les retiriez&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see Details).</source>
        <translation>
            <numerusform>… et %n autre (voir les détails).</numerusform>
            <numerusform>… et %n autres (voir les détails).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some documents were not added</source>
        <translation>Certains documents n’ont pas été ajoutés</translation>
    </message>
    <message>
        <source>Folder read again</source>
        <translation>Dossier relu</translation>
    </message>
</context>
<context>
    <name>DocumentSentences</name>
    <message>
        <source>“{name}” does not exist; check the name and the folder.</source>
        <translation>«&#xa0;{name}&#xa0;» n’existe pas&#xa0;; vérifiez le nom et le dossier.</translation>
    </message>
    <message>
        <source>“{name}” is not a kind of document the app reads (PDF, EPUB, web page, Markdown or text).</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un type de document que l’application sait lire (PDF, EPUB, page web, Markdown ou texte).</translation>
    </message>
    <message>
        <source>The folder “{name}” cannot be read: you do not have permission to open it; the files in the other folders were looked at.</source>
        <translation>Le dossier «&#xa0;{name}&#xa0;» ne peut pas être lu&#xa0;: vous n’avez pas le droit de l’ouvrir&#xa0;; les fichiers des autres dossiers ont été examinés.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read ({problem}).</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être lu ({problem}).</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: you do not have permission to open it.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être lu&#xa0;: vous n’avez pas le droit de l’ouvrir.</translation>
    </message>
    <message>
        <source>“{name}” is {size}, larger than the {cap} a document may be; split it or keep it outside the app.</source>
        <translation>«&#xa0;{name}&#xa0;» fait {size}, plus que les {cap} permis pour un document&#xa0;; découpez-le ou gardez-le hors de l’application.</translation>
    </message>
    <message>
        <source>“{name}” is empty (0 bytes); there is nothing to add.</source>
        <translation>«&#xa0;{name}&#xa0;» est vide (0 octet)&#xa0;; il n’y a rien à ajouter.</translation>
    </message>
    <message>
        <source>“{name}” is not {claimed} whatever its name says (it holds {found}); check that the file is the one you meant.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas {claimed}, quoi qu’en dise son nom (il contient {found})&#xa0;; vérifiez que c’est bien le fichier voulu.</translation>
    </message>
    <message>
        <source>“{name}” has no text and no pages; there is nothing to add.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a ni texte ni pages&#xa0;; il n’y a rien à ajouter.</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>un PDF</translation>
    </message>
    <message>
        <source>an EPUB book</source>
        <translation>un livre EPUB</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>une page web</translation>
    </message>
    <message>
        <source>a Markdown file</source>
        <translation>un fichier Markdown</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>un fichier texte</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>un document</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>une archive zip</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>des données binaires</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>du texte brut</translation>
    </message>
    <message>
        <source>“{name}” was not added: the disk is full ({size} needed); free some space and add it again.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été ajouté&#xa0;: le disque est plein (il faut {size})&#xa0;; libérez de la place et ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <source>“{name}” could not be copied ({problem}); nothing of it was kept.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être copié ({problem})&#xa0;; rien n’en a été gardé.</translation>
    </message>
    <message>
        <source>“{name}” was not added: the disk is full; free some space and add it again.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été ajouté&#xa0;: le disque est plein&#xa0;; libérez de la place et ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <source>“{name}” was not added: another program is adding documents; try again when it has finished.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été ajouté&#xa0;: un autre programme est en train d’ajouter des documents&#xa0;; réessayez quand il aura fini.</translation>
    </message>
    <message>
        <source>“{name}” was not added ({problem}); nothing of it was kept.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été ajouté ({problem})&#xa0;; rien n’en a été gardé.</translation>
    </message>
    <message>
        <source>“{name}” was not removed: the disk is full; free some space and try again.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été supprimé&#xa0;: le disque est plein&#xa0;; libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>“{name}” was not removed: another program is adding documents; try again when it has finished.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été supprimé&#xa0;: un autre programme est en train d’ajouter des documents&#xa0;; réessayez quand il aura fini.</translation>
    </message>
    <message>
        <source>“{name}” was not removed ({problem}); it is still in your documents.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été supprimé ({problem})&#xa0;; il est toujours dans vos documents.</translation>
    </message>
    <message>
        <source>Your documents cannot be opened ({problem}); the files in {folder} are untouched.</source>
        <translation>Vos documents ne peuvent pas être ouverts ({problem})&#xa0;; les fichiers de {folder} sont intacts.</translation>
    </message>
    <message>
        <source>The documents folder {folder} cannot be used ({problem}).</source>
        <translation>Le dossier des documents {folder} ne peut pas être utilisé ({problem}).</translation>
    </message>
    <message>
        <source>Documents were closed.</source>
        <translation>Les documents ont été fermés.</translation>
    </message>
    <message>
        <source>“{name}” is protected by a password; open it in the program that made it, save a copy without the password, and add that.</source>
        <translation>«&#xa0;{name}&#xa0;» est protégé par un mot de passe&#xa0;; ouvrez-le dans le programme qui l’a créé, enregistrez-en une copie sans mot de passe et ajoutez celle-ci.</translation>
    </message>
    <message>
        <source>“{name}” is damaged or not a complete PDF (PDFium could not read it); copy it again from its source.</source>
        <translation>«&#xa0;{name}&#xa0;» est endommagé ou n’est pas un PDF complet (PDFium n’a pas pu le lire)&#xa0;; copiez-le à nouveau depuis sa source.</translation>
    </message>
    <message>
        <source>“{name}” could not be read as a PDF ({problem}); copy it again from its source.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être lu comme un PDF ({problem})&#xa0;; copiez-le à nouveau depuis sa source.</translation>
    </message>
    <message>
        <source>“{name}” is a PDF with no pages; there is nothing to add.</source>
        <translation>«&#xa0;{name}&#xa0;» est un PDF sans aucune page&#xa0;; il n’y a rien à ajouter.</translation>
    </message>
    <message>
        <source>“{name}” is damaged or not a complete EPUB book ({problem}); copy it again from its source.</source>
        <translation>«&#xa0;{name}&#xa0;» est endommagé ou n’est pas un livre EPUB complet ({problem})&#xa0;; copiez-le à nouveau depuis sa source.</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” was not added: it holds %Ln file(s), more than a book ever does.</source>
        <translation>
            <numerusform>«&#xa0;{name}&#xa0;» n’a pas été ajouté&#xa0;: il contient %Ln fichier, plus qu’aucun livre n’en contient.</numerusform>
            <numerusform>«&#xa0;{name}&#xa0;» n’a pas été ajouté&#xa0;: il contient %Ln fichiers, plus qu’aucun livre n’en contient.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was not added: it holds a file named “{entry}” that points outside the book.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été ajouté&#xa0;: il contient un fichier nommé «&#xa0;{entry}&#xa0;» qui pointe hors du livre.</translation>
    </message>
    <message>
        <source>“{name}” was not added: it unpacks to far more than its size (a zip bomb).</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été ajouté&#xa0;: une fois décompressé, il occupe bien plus que sa taille (une bombe zip).</translation>
    </message>
    <message>
        <source>“{name}” was not added: the file “{entry}” it names is missing.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été ajouté&#xa0;: le fichier «&#xa0;{entry}&#xa0;» qu’il cite est absent.</translation>
    </message>
    <message>
        <source>“{name}” was not added: it is damaged ({problem}).</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été ajouté&#xa0;: il est endommagé ({problem}).</translation>
    </message>
    <message>
        <source>“{name}” was not added: its file “{entry}” is damaged ({problem}).</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été ajouté&#xa0;: son fichier «&#xa0;{entry}&#xa0;» est endommagé ({problem}).</translation>
    </message>
    <message>
        <source>“{name}” was not added: it does not say where its contents are (META-INF/container.xml).</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été ajouté&#xa0;: il n’indique pas où se trouve son contenu (META-INF/container.xml).</translation>
    </message>
    <message>
        <source>“{name}” was not added: it has no chapters in its reading order.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été ajouté&#xa0;: son ordre de lecture ne contient aucun chapitre.</translation>
    </message>
    <message>
        <source>“{name}” is damaged or is not a safe EPUB book.</source>
        <translation>«&#xa0;{name}&#xa0;» est endommagé ou n’est pas un livre EPUB sûr.</translation>
    </message>
    <message>
        <source>“{name}” was not added: the chapter “{entry}” it names is missing.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été ajouté&#xa0;: le chapitre «&#xa0;{entry}&#xa0;» qu’il cite est absent.</translation>
    </message>
    <message>
        <source>There is no document {id}.</source>
        <translation>Il n’y a pas de document {id}.</translation>
    </message>
    <message>
        <source>{id} is an earlier version of “{title}”, whose file changed; its latest version is {later}.</source>
        <translation>{id} est une version antérieure de «&#xa0;{title}&#xa0;», dont le fichier a changé&#xa0;; sa dernière version est {later}.</translation>
    </message>
    <message>
        <source>The copy of “{title}” is missing from {folder}; remove the document and add it again.</source>
        <translation>La copie de «&#xa0;{title}&#xa0;» manque dans {folder}&#xa0;; retirez le document et ajoutez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Document text</source>
        <translation>Texte du document</translation>
    </message>
    <message>
        <source>Why this document is not shown</source>
        <translation>Pourquoi ce document n’est pas affiché</translation>
    </message>
    <message>
        <source>Open with the system viewer</source>
        <translation>Ouvrir avec la visionneuse du système</translation>
    </message>
    <message>
        <source>Open this file in the program your computer uses for it</source>
        <translation>Ouvrir ce fichier avec le programme habituel de votre ordinateur</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Chapitre précédent</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapitre</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Chapitre suivant</translation>
    </message>
    <message>
        <source>The file of this document is not on this computer.</source>
        <translation>Le fichier de ce document n’est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>You can still try the system viewer.</source>
        <translation>Vous pouvez quand même essayer la visionneuse du système.</translation>
    </message>
    <message>
        <source>Chapter {number} of {count}</source>
        <translation>Chapitre {number} sur {count}</translation>
    </message>
    <message>
        <source>This document could not be shown: {problem}</source>
        <translation>Ce document n’a pas pu être affiché&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>No program on this computer opened {file}.</source>
        <translation>Aucun programme de cet ordinateur n’a ouvert {file}.</translation>
    </message>
    <message>
        <source>Chapter {number}</source>
        <translation>Chapitre {number}</translation>
    </message>
</context>
<context>
    <name>DocumentWords</name>
    <message>
        <source>p. {page}</source>
        <translation>p.&#xa0;{page}</translation>
    </message>
    <message>
        <source>in “{title}”</source>
        <translation>dans «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>p. {page} and %Ln more page(s)</source>
        <translation>
            <numerusform>p.&#xa0;{page} et %Ln autre page</numerusform>
            <numerusform>p.&#xa0;{page} et %Ln autres pages</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;p. {page}&lt;/b&gt;: {passage}</source>
        <translation>&lt;b&gt;p.&#xa0;{page}&lt;/b&gt;&#xa0;: {passage}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Fichier</translation>
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
            <numerusform>{kind} · %Ln page · pas de texte cherchable</numerusform>
            <numerusform>{kind} · %Ln pages · pas de texte cherchable</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>Livre EPUB</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>Markdown file</source>
        <translation>Fichier Markdown</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>Fichier texte</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <source>Documents of this item</source>
        <translation>Fichiers de cet élément</translation>
    </message>
    <message>
        <source>Keep offline</source>
        <translation>Garder hors ligne</translation>
    </message>
    <message>
        <source>Download these documents to this computer, to read them without a connection</source>
        <translation>Télécharger ces fichiers sur cet ordinateur, pour les lire sans connexion</translation>
    </message>
    <message>
        <source>Remove from this computer</source>
        <translation>Retirer de cet ordinateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Not on this computer</source>
        <translation>Pas sur cet ordinateur</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Read it here, or with the system viewer when the app cannot show it</source>
        <translation>Le lire ici, ou avec la visionneuse du système si l’application ne peut pas l’afficher</translation>
    </message>
    <message numerus="yes">
        <source>{name} · {size} · %n page(s)</source>
        <translation>
            <numerusform>{name} · {size} · %n page</numerusform>
            <numerusform>{name} · {size} · %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · {size}</source>
        <translation>{name} · {size}</translation>
    </message>
    <message>
        <source>No program on this computer opened “{name}”.</source>
        <translation>Aucun programme de cet ordinateur n’a ouvert «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) removed from this computer ({size} freed); your notes are kept.</source>
        <translation>
            <numerusform>%n fichier retiré de cet ordinateur ({size} libérés)&#xa0;; vos notes sont conservées.</numerusform>
            <numerusform>%n fichiers retirés de cet ordinateur ({size} libérés)&#xa0;; vos notes sont conservées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>A group of filters; the right arrow opens it, the left arrow closes it.</source>
        <translation>Un groupe de filtres&#xa0;; la flèche droite l’ouvre, la flèche gauche le ferme.</translation>
    </message>
    <message numerus="yes">
        <source>{value}: %Ln item(s)</source>
        <translation>
            <numerusform>{value}&#xa0;: %Ln élément</numerusform>
            <numerusform>{value}&#xa0;: %Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value}, %Ln item(s), selected</source>
        <translation>
            <numerusform>{value}, %Ln élément, sélectionné</numerusform>
            <numerusform>{value}, %Ln éléments, sélectionné</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value}, %Ln item(s)</source>
        <translation>
            <numerusform>{value}, %Ln élément</numerusform>
            <numerusform>{value}, %Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticked: only items with this value are shown. Space unticks it.</source>
        <translation>Coché&#xa0;: seuls les éléments ayant cette valeur sont affichés. La barre d’espace le décoche.</translation>
    </message>
    <message>
        <source>Space ticks it, to show only items with this value.</source>
        <translation>La barre d’espace le coche, pour n’afficher que les éléments ayant cette valeur.</translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message>
        <source>Open an item, or choose a reading list or My notes, to make a handout of it.</source>
        <translation>Ouvrez un élément, ou choisissez une liste de lecture ou Mes notes, pour en faire un document à distribuer.</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Enregistrer le document à distribuer en PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the handout “{title}” to {path} (%Ln page(s)).</source>
        <translation>
            <numerusform>Document à distribuer «&#xa0;{title}&#xa0;» enregistré dans {path} (%Ln page).</numerusform>
            <numerusform>Document à distribuer «&#xa0;{title}&#xa0;» enregistré dans {path} (%Ln pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Document à distribuer</translation>
    </message>
    <message>
        <source>The handout could not be made: {reason}.</source>
        <translation>Le document à distribuer n’a pas pu être créé&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>TVET Desktop will speak {language} when it starts again. Start it again now? Your note is saved first.</source>
        <translation>TVET Desktop sera en {language} à son prochain démarrage. Le redémarrer maintenant&#xa0;? Votre note sera d’abord enregistrée.</translation>
    </message>
    <message>
        <source>Start again now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Untitled note</source>
        <translation>Note sans titre</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No longer in the catalogue&lt;/h2&gt;&lt;p&gt;This item was removed from the catalogue after you saved it. Your bookmark or list entry is kept.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;N’est plus dans le catalogue&lt;/h2&gt;&lt;p&gt;Cet élément a été retiré du catalogue après que vous l’avez enregistré. Votre favori ou votre entrée de liste est conservé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation>Ajouté aux favoris.</translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation>Retiré des favoris.</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>Liste de lecture</translation>
    </message>
    <message>
        <source>Added to “{name}”.</source>
        <translation>Ajouté à «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>New reading list</source>
        <translation>Nouvelle liste de lecture</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Title (e.g. Session plan — week 3):</source>
        <translation>Titre (p. ex. Plan de séance — semaine 3)&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a reading list in “Your library” first.</source>
        <translation>Choisissez d’abord une liste de lecture dans «&#xa0;Votre bibliothèque&#xa0;».</translation>
    </message>
    <message>
        <source>Rename reading list</source>
        <translation>Renommer la liste de lecture</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete reading list</source>
        <translation>Supprimer la liste de lecture</translation>
    </message>
    <message>
        <source>Delete the list “{name}”? The items stay in the catalogue and your notes are kept.</source>
        <translation>Supprimer la liste «&#xa0;{name}&#xa0;»&#xa0;? Les éléments restent dans le catalogue et vos notes sont conservées.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export reading list</source>
        <translation>Exporter la liste de lecture</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation>«&#xa0;{name}&#xa0;» exportée dans {path}.</translation>
    </message>
    <message>
        <source>Export notes, bookmarks and lists</source>
        <translation>Exporter les notes, les favoris et les listes</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exporté dans {path}.</translation>
    </message>
    <message>
        <source>One file (*.zip)</source>
        <translation>Un seul fichier (*.zip)</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importer des notes</translation>
    </message>
    <message>
        <source>Notes export (*.zip)</source>
        <translation>Export de notes (*.zip)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}.</source>
        <translation>Rien n’a été importé&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Added — notes: {notes}, bookmarks: {bookmarks}, reading lists: {lists}, list entries: {entries}.</source>
        <translation>Ajouts — notes&#xa0;: {notes}, favoris&#xa0;: {bookmarks}, listes de lecture&#xa0;: {lists}, entrées de liste&#xa0;: {entries}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported note(s) differed from yours on the same item and were kept as separate notes.</source>
        <translation>
            <numerusform>%Ln note importée différait de la vôtre sur le même élément et a été gardée comme note séparée.</numerusform>
            <numerusform>%Ln notes importées différaient des vôtres sur les mêmes éléments et ont été gardées comme notes séparées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The imported list “{theirs}” has the name of one of yours, so it was kept apart as “{given}”.</source>
        <translation>La liste importée «&#xa0;{theirs}&#xa0;» porte le nom d’une des vôtres&#xa0;: elle a été gardée à part sous le nom «&#xa0;{given}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>LibrarySentences</name>
    <message>
        <source>Cannot create the data folder {folder}: {problem}.</source>
        <translation>Impossible de créer le dossier de données {folder}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Cannot open your notes database {path}: {problem}.</source>
        <translation>Impossible d’ouvrir votre base de notes {path}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Cannot read your notes database {path}: {problem}.</source>
        <translation>Impossible de lire votre base de notes {path}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Your notes database {path} is locked by another program (waited {seconds} s); close that program and try again. Nothing was changed.</source>
        <translation>Votre base de notes {path} est verrouillée par un autre programme (attente de {seconds} s)&#xa0;; fermez ce programme et réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Your notes cannot be opened right now: {reason}.</source>
        <translation>Vos notes ne peuvent pas être ouvertes pour le moment&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer TVET Desktop (schema {version}); update the app to open them.</source>
        <translation>Vos notes ont été enregistrées par une version plus récente de TVET Desktop (schéma {version})&#xa0;; mettez l’application à jour pour les ouvrir.</translation>
    </message>
    <message>
        <source>Your notes database was damaged and has been set aside as {set_aside}. No backup was found.</source>
        <translation>Votre base de notes était endommagée et a été mise de côté sous le nom {set_aside}. Aucune sauvegarde n’a été trouvée.</translation>
    </message>
    <message>
        <source>Your notes database was damaged and has been set aside as {set_aside}. Your newest good backup is {backup}, {described}.</source>
        <translation>Votre base de notes était endommagée et a été mise de côté sous le nom {set_aside}. Votre sauvegarde intacte la plus récente est {backup}, {described}.</translation>
    </message>
    <message>
        <source>from {when}</source>
        <translation>du {when}</translation>
    </message>
    <message>
        <source>from {when} (notes: {notes}, bookmarks: {bookmarks}, reading lists: {lists})</source>
        <translation>du {when} (notes&#xa0;: {notes}, favoris&#xa0;: {bookmarks}, listes de lecture&#xa0;: {lists})</translation>
    </message>
    <message>
        <source>Your notes database {path} is damaged ({problem}) and could not be moved to {aside} ({reason}): move it away yourself, then start TVET Desktop again.</source>
        <translation>Votre base de notes {path} est endommagée ({problem}) et n’a pas pu être déplacée vers {aside} ({reason})&#xa0;: déplacez-la vous-même, puis relancez TVET Desktop.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n’existe pas.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>Il n’y a aucune sauvegarde intacte à restaurer.</translation>
    </message>
    <message>
        <source>{path} is not a healthy notes database; nothing was restored.</source>
        <translation>{path} n’est pas une base de notes intacte&#xa0;; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>A TVET Desktop window is open on these notes ({folder}): close it, then try again. Nothing was changed.</source>
        <translation>Une fenêtre de TVET Desktop est ouverte sur ces notes ({folder})&#xa0;: fermez-la, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>the notes folder {folder} is on a read-only disk</source>
        <translation>le dossier des notes {folder} se trouve sur un disque en lecture seule</translation>
    </message>
    <message>
        <source>the notes folder {folder} is read-only</source>
        <translation>le dossier des notes {folder} est en lecture seule</translation>
    </message>
    <message>
        <source>the disk holding your notes is full</source>
        <translation>le disque qui contient vos notes est plein</translation>
    </message>
    <message>
        <source>your notes database cannot be written ({problem})</source>
        <translation>votre base de notes ne peut pas être modifiée ({problem})</translation>
    </message>
    <message>
        <source>No backup was made: {reason}.</source>
        <translation>Aucune sauvegarde n’a été faite&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: move it away so that backups of your notes can be made.</source>
        <translation>{folder} est un fichier, pas un dossier&#xa0;: déplacez-le pour que les sauvegardes de vos notes puissent être faites.</translation>
    </message>
    <message>
        <source>A backup of your notes could not be written to {folder} ({problem}); the old backups are kept.</source>
        <translation>Une sauvegarde de vos notes n’a pas pu être écrite dans {folder} ({problem})&#xa0;; les anciennes sauvegardes sont conservées.</translation>
    </message>
    <message>
        <source>A backup of your notes failed its integrity check; the old backups are kept.</source>
        <translation>Une sauvegarde de vos notes n’a pas passé la vérification d’intégrité&#xa0;; les anciennes sauvegardes sont conservées.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Your notes can still be read and exported.</source>
        <translation>Non enregistré&#xa0;: {reason}. Vos notes peuvent toujours être lues et exportées.</translation>
    </message>
    <message>
        <source>Not saved: the disk is full. Free some space and try again; nothing saved earlier was touched.</source>
        <translation>Non enregistré&#xa0;: le disque est plein. Libérez de la place et réessayez&#xa0;; rien de ce qui était déjà enregistré n’a été touché.</translation>
    </message>
    <message>
        <source>Not saved: the notes folder is read-only; check the folder&apos;s permissions.</source>
        <translation>Non enregistré&#xa0;: le dossier des notes est en lecture seule&#xa0;; vérifiez les droits du dossier.</translation>
    </message>
    <message>
        <source>Not saved: the notes database is busy in another program; try again in a moment.</source>
        <translation>Non enregistré&#xa0;: la base de notes est occupée par un autre programme&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Not saved ({problem}); nothing saved earlier was touched.</source>
        <translation>Non enregistré ({problem})&#xa0;; rien de ce qui était déjà enregistré n’a été touché.</translation>
    </message>
    <message>
        <source>A reading list needs a name.</source>
        <translation>Une liste de lecture doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a reading list called “{name}”.</source>
        <translation>Il existe déjà une liste de lecture nommée «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>This note was changed elsewhere (another window or the command line) since you opened it.</source>
        <translation>Cette note a été modifiée ailleurs (une autre fenêtre ou la ligne de commande) depuis que vous l’avez ouverte.</translation>
    </message>
    <message>
        <source>The notes database was closed.</source>
        <translation>La base de notes a été fermée.</translation>
    </message>
    <message>
        <source>There is no folder {folder} to export into; create it first, or choose another.</source>
        <translation>Le dossier {folder} où exporter n’existe pas&#xa0;; créez-le d’abord, ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name ending in .zip.</source>
        <translation>{path} est un dossier&#xa0;: choisissez un nom de fichier qui se termine par .zip.</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was written.</source>
        <translation>{path} existe déjà&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{path} is a file: export into a new folder, or to a file ending in .zip.</source>
        <translation>{path} est un fichier&#xa0;: exportez dans un nouveau dossier, ou vers un fichier se terminant par .zip.</translation>
    </message>
    <message>
        <source>{path} is not empty; choose a new folder for the export.</source>
        <translation>{path} n’est pas vide&#xa0;; choisissez un nouveau dossier pour l’export.</translation>
    </message>
    <message>
        <source>The export could not be written to {path} ({problem}); your notes are unchanged.</source>
        <translation>L’export n’a pas pu être écrit dans {path} ({problem})&#xa0;; vos notes sont inchangées.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}.</source>
        <translation>Rien n’a été importé&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Nothing was imported, because a backup of your notes could not be made first: {reason}</source>
        <translation>Rien n’a été importé, car une sauvegarde de vos notes n’a pas pu être faite au préalable&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported: your notes database could not be opened ({problem}).</source>
        <translation>Rien n’a été importé&#xa0;: votre base de notes n’a pas pu être ouverte ({problem}).</translation>
    </message>
    <message>
        <source>There is no file or folder {path}.</source>
        <translation>Il n’y a pas de fichier ni de dossier {path}.</translation>
    </message>
    <message>
        <source>{path} is too large to be a notes export.</source>
        <translation>{path} est trop volumineux pour être un export de notes.</translation>
    </message>
    <message>
        <source>{path} is not a file or folder that can be imported.</source>
        <translation>{path} n’est pas un fichier ni un dossier importable.</translation>
    </message>
    <message>
        <source>{path} is not a TVET Desktop notes export ({problem}).</source>
        <translation>{path} n’est pas un export de notes de TVET Desktop ({problem}).</translation>
    </message>
    <message>
        <source>{path} is not a TVET Desktop notes export.</source>
        <translation>{path} n’est pas un export de notes de TVET Desktop.</translation>
    </message>
    <message>
        <source>{path} was made by a newer TVET Desktop; update the app to import it.</source>
        <translation>{path} a été créé par une version plus récente de TVET Desktop&#xa0;; mettez l’application à jour pour l’importer.</translation>
    </message>
    <message>
        <source>{path} cannot be imported: it is nested too deeply. Nothing was imported.</source>
        <translation>{path} ne peut pas être importé&#xa0;: son imbrication est trop profonde. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{path} cannot be imported: it is not valid JSON ({problem}). Nothing was imported.</source>
        <translation>{path} ne peut pas être importé&#xa0;: ce n’est pas du JSON valide ({problem}). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{path} cannot be imported: its format version {version} is unknown. Nothing was imported.</source>
        <translation>{path} ne peut pas être importé&#xa0;: sa version de format {version} est inconnue. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{path} cannot be imported: {problem}. Nothing was imported.</source>
        <translation>{path} ne peut pas être importé&#xa0;: {problem}. Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Go to the search field</source>
        <translation>Aller au champ de recherche</translation>
    </message>
    <message>
        <source>↓ or Enter (in search)</source>
        <translation>↓ ou Entrée (dans la recherche)</translation>
    </message>
    <message>
        <source>Move into the results</source>
        <translation>Aller dans les résultats</translation>
    </message>
    <message>
        <source>Previous / next result</source>
        <translation>Résultat précédent / suivant</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Larger / smaller / normal text (the whole window)</source>
        <translation>Texte plus grand / plus petit / normal (toute la fenêtre)</translation>
    </message>
    <message>
        <source>Next / previous pane</source>
        <translation>Volet suivant / précédent</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Bookmark the open item</source>
        <translation>Mettre l’élément ouvert en favori</translation>
    </message>
    <message>
        <source>Write in the note on the open item</source>
        <translation>Écrire dans la note de l’élément ouvert</translation>
    </message>
    <message>
        <source>Quote the selected passage into the note</source>
        <translation>Citer le passage sélectionné dans la note</translation>
    </message>
    <message>
        <source>New free-standing note</source>
        <translation>Nouvelle note indépendante</translation>
    </message>
    <message>
        <source>Add the open item to a reading list</source>
        <translation>Ajouter l’élément ouvert à une liste de lecture</translation>
    </message>
    <message>
        <source>Move the open item up / down its reading list</source>
        <translation>Monter / descendre l’élément ouvert dans sa liste de lecture</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Your library</source>
        <translation>Votre bibliothèque</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Listes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Update the catalogue…</source>
        <translation>&amp;Mettre à jour le catalogue…</translation>
    </message>
    <message>
        <source>Add &amp;documents…</source>
        <translation>&amp;Ajouter des documents…</translation>
    </message>
    <message>
        <source>Add a &amp;folder of documents…</source>
        <translation>Ajouter un d&amp;ossier de documents…</translation>
    </message>
    <message>
        <source>&amp;Share with this room…</source>
        <translation>&amp;Partager avec la salle…</translation>
    </message>
    <message>
        <source>S&amp;torage…</source>
        <translation>S&amp;tockage…</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>&amp;Imprimer le document à distribuer…</translation>
    </message>
    <message>
        <source>Save handout as P&amp;DF…</source>
        <translation>Enregistrer le document à distribuer en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Export notes, bookmarks and lists…</source>
        <translation>&amp;Exporter les notes, les favoris et les listes…</translation>
    </message>
    <message>
        <source>&amp;Import notes…</source>
        <translation>I&amp;mporter des notes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Favori</translation>
    </message>
    <message>
        <source>&amp;Edit note</source>
        <translation>&amp;Écrire la note</translation>
    </message>
    <message>
        <source>&amp;Quote selection into note</source>
        <translation>&amp;Citer la sélection dans la note</translation>
    </message>
    <message>
        <source>&amp;New note…</source>
        <translation>&amp;Nouvelle note…</translation>
    </message>
    <message>
        <source>Move &amp;up in list</source>
        <translation>&amp;Monter dans la liste</translation>
    </message>
    <message>
        <source>Move &amp;down in list</source>
        <translation>&amp;Descendre dans la liste</translation>
    </message>
    <message>
        <source>&amp;Remove from this list</source>
        <translation>&amp;Retirer de cette liste</translation>
    </message>
    <message>
        <source>Re&amp;name this list…</source>
        <translation>Re&amp;nommer cette liste…</translation>
    </message>
    <message>
        <source>&amp;Export this list…</source>
        <translation>&amp;Exporter cette liste…</translation>
    </message>
    <message>
        <source>&amp;Delete this list…</source>
        <translation>&amp;Supprimer cette liste…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Clear all &amp;filters</source>
        <translation>Effacer tous les &amp;filtres</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>&amp;Volet suivant</translation>
    </message>
    <message>
        <source>Previous pa&amp;ne</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Add to a reading list…</source>
        <translation>&amp;Ajouter à une liste de lecture…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About TVET Desktop</source>
        <translation>À &amp;propos de TVET Desktop</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) in {ms} ms</source>
        <translation>
            <numerusform>%Ln résultat en {ms} ms</numerusform>
            <numerusform>%Ln résultats en {ms} ms</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Nothing open&lt;/h2&gt;&lt;p&gt;Pick a result to read it here, or press ↓ in the search field to open the best match.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Rien n’est ouvert&lt;/h2&gt;&lt;p&gt;Choisissez un résultat pour le lire ici, ou appuyez sur ↓ dans le champ de recherche pour ouvrir le plus pertinent.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>La recherche a échoué</translation>
    </message>
    <message>
        <source>The search could not be completed: {problem}. Your filters are unchanged; try a different search.</source>
        <translation>La recherche n’a pas pu aboutir&#xa0;: {problem}. Vos filtres n’ont pas changé&#xa0;; essayez une autre recherche.</translation>
    </message>
    <message>
        <source>No web browser answered, so {address} was not opened; the address is copied: paste it into a browser.</source>
        <translation>Aucun navigateur web n’a répondu, {address} n’a donc pas été ouvert&#xa0;; l’adresse est copiée&#xa0;: collez-la dans un navigateur.</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Ajouter des documents</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.epub *.html *.htm *.xhtml *.md *.markdown *.txt *.text);;All files (*)</source>
        <translation>Documents (*.pdf *.epub *.html *.htm *.xhtml *.md *.markdown *.txt *.text);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add every document in a folder</source>
        <translation>Ajouter tous les documents d’un dossier</translation>
    </message>
    <message numerus="yes">
        <source>Catalogue v{version} · {date} · %Ln item(s) · update available (v{available})</source>
        <translation>
            <numerusform>Catalogue v{version} · {date} · %Ln élément · mise à jour disponible (v{available})</numerusform>
            <numerusform>Catalogue v{version} · {date} · %Ln éléments · mise à jour disponible (v{available})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Catalogue v{version} · {date} · %Ln item(s)</source>
        <translation>
            <numerusform>Catalogue v{version} · {date} · %Ln élément</numerusform>
            <numerusform>Catalogue v{version} · {date} · %Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}
From: {origin}</source>
        <translation>{path}
Provenance&#xa0;: {origin}</translation>
    </message>
    <message>
        <source>The catalogue in use was removed from this computer; now using catalogue v{version} ({origin}).</source>
        <translation>Le catalogue utilisé a été retiré de cet ordinateur&#xa0;; le catalogue v{version} ({origin}) est maintenant utilisé.</translation>
    </message>
    <message>
        <source>Now using catalogue v{version} ({origin}).</source>
        <translation>Catalogue v{version} ({origin}) maintenant utilisé.</translation>
    </message>
    <message>
        <source>Your documents are ready.</source>
        <translation>Vos documents sont prêts.</translation>
    </message>
    <message>
        <source>Updating the index of your documents for this version of TVET Desktop (once; about a minute for a large library). They will be searched when it is done.</source>
        <translation>Mise à jour de l’index de vos documents pour cette version de TVET Desktop (une seule fois&#xa0;; environ une minute pour une grande bibliothèque). Ils seront inclus dans la recherche une fois la mise à jour terminée.</translation>
    </message>
    <message>
        <source>Another program is adding documents: yours will be searched as soon as it has finished.</source>
        <translation>Un autre programme ajoute des documents&#xa0;: les vôtres seront inclus dans la recherche dès qu’il aura terminé.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No longer in the catalogue&lt;/h2&gt;&lt;p&gt;“{title}” is not in catalogue v{version}. Your note on it is kept under My notes.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;N’est plus dans le catalogue&lt;/h2&gt;&lt;p&gt;«&#xa0;{title}&#xa0;» ne figure pas dans le catalogue v{version}. Votre note sur cet élément est conservée dans Mes notes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Note non enregistrée</translation>
    </message>
    <message>
        <source>Your note could not be saved (see the message above the editor). Quit anyway and lose the last changes?</source>
        <translation>Votre note n’a pas pu être enregistrée (voir le message au-dessus de l’éditeur). Quitter quand même et perdre les dernières modifications&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Read a folder of documents again…</source>
        <translation>&amp;Relire un dossier de documents…</translation>
    </message>
    <message>
        <source>Re&amp;move this document…</source>
        <translation>Retirer ce do&amp;cument…</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>My note</source>
        <translation>Ma note</translation>
    </message>
    <message>
        <source>Note heading</source>
        <translation>Titre de la note</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>Your notes can be read but not changed: {reason}. You can still export them (File → Export); to write again, fix that and restart TVET Desktop.</source>
        <translation>Vos notes peuvent être lues mais pas modifiées&#xa0;: {reason}. Vous pouvez toujours les exporter (Fichier → Exporter)&#xa0;; pour écrire à nouveau, corrigez cela et redémarrez TVET Desktop.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Show the note rendered beside the text</source>
        <translation>Afficher la note mise en forme à côté du texte</translation>
    </message>
    <message>
        <source>Shows the note formatted, beside the text you type.</source>
        <translation>Affiche la note mise en forme, à côté du texte que vous tapez.</translation>
    </message>
    <message>
        <source>Note editor</source>
        <translation>Éditeur de note</translation>
    </message>
    <message>
        <source>Your note on the open item, in Markdown; it is saved as you type. Tab leaves the editor.</source>
        <translation>Votre note sur l’élément ouvert, en Markdown&#xa0;; elle est enregistrée au fil de la frappe. La touche Tab quitte l’éditeur.</translation>
    </message>
    <message>
        <source>Write your note in Markdown: **bold**, - lists, &gt; quotes …  (Ctrl+E)</source>
        <translation>Écrivez votre note en Markdown&#xa0;: **gras**, - listes, &gt; citations…  (Ctrl+E)</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Aperçu de la note</translation>
    </message>
    <message>
        <source>Your note as it will look, formatted.</source>
        <translation>Votre note telle qu’elle apparaîtra, mise en forme.</translation>
    </message>
    <message>
        <source>My note on “{title}”</source>
        <translation>Ma note sur «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Pick an item to write a note on it</source>
        <translation>Choisissez un élément pour écrire une note dessus</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>Note sans titre</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Enregistrée à {time}</translation>
    </message>
    <message>
        <source>{problem} Your text is kept here and saving is retried.</source>
        <translation>{problem} Votre texte reste ici et l’enregistrement sera retenté.</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>une note</translation>
    </message>
    <message>
        <source>My other version of the note on “{title}”</source>
        <translation>Mon autre version de la note sur «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Changed elsewhere: your text was kept as a separate note</source>
        <translation>Modifiée ailleurs&#xa0;: votre texte a été gardé comme note séparée</translation>
    </message>
</context>
<context>
    <name>OfflineActions</name>
    <message>
        <source>Choose a reading list in “Your library” first.</source>
        <translation>Choisissez d’abord une liste de lecture dans «&#xa0;Votre bibliothèque&#xa0;».</translation>
    </message>
    <message>
        <source>Documents are still downloading; try again once they are here.</source>
        <translation>Des documents sont encore en cours de téléchargement&#xa0;; réessayez une fois qu’ils sont arrivés.</translation>
    </message>
    <message>
        <source>No item of “{name}” has documents to keep offline.</source>
        <translation>Aucun élément de «&#xa0;{name}&#xa0;» n’a de fichiers à garder hors ligne.</translation>
    </message>
    <message>
        <source>Every document of “{name}” is already on this computer.</source>
        <translation>Tous les fichiers de «&#xa0;{name}&#xa0;» sont déjà sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Keep this list offline</source>
        <translation>Garder cette liste hors ligne</translation>
    </message>
    <message>
        <source>Keeping “{name}” offline</source>
        <translation>«&#xa0;{name}&#xa0;» gardée hors ligne</translation>
    </message>
    <message>
        <source>&amp;Keep this list offline</source>
        <translation>&amp;Garder cette liste hors ligne</translation>
    </message>
    <message>
        <source>They do not fit on this disk: {needed} are still to download and only {free} are free (some room must stay free). Free some space, or keep fewer documents offline.</source>
        <translation>Ils ne tiennent pas sur ce disque&#xa0;: il reste {needed} à télécharger et seuls {free} sont libres (un peu de place doit rester libre). Libérez de la place, ou gardez moins de fichiers hors ligne.</translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n document(s), {size}…</source>
        <translation>
            <numerusform>{what}&#xa0;: %n fichier, {size}…</numerusform>
            <numerusform>{what}&#xa0;: %n fichiers, {size}…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineDownload</name>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Download cancelled; what arrived is kept and the next try resumes from there.</source>
        <translation>Téléchargement annulé&#xa0;; ce qui est arrivé est conservé et le prochain essai reprendra à partir de là.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) kept on this computer.</source>
        <translation>
            <numerusform>%n fichier gardé sur cet ordinateur.</numerusform>
            <numerusform>%n fichiers gardés sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already here.</source>
        <translation>
            <numerusform>%n y était déjà.</numerusform>
            <numerusform>%n y étaient déjà.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was not kept: {reason}.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été gardé&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>OfflineStatus</name>
    <message>
        <source>Downloading documents</source>
        <translation>Téléchargement des fichiers</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the download; what arrived is kept and the next try resumes</source>
        <translation>Arrêter le téléchargement&#xa0;; ce qui est arrivé est conservé et le prochain essai reprendra</translation>
    </message>
    <message>
        <source>{what}: {progress}</source>
        <translation>{what}&#xa0;: {progress}</translation>
    </message>
</context>
<context>
    <name>PdfPageView</name>
    <message>
        <source>Document pages</source>
        <translation>Pages du document</translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Show or hide the document&apos;s outline</source>
        <translation>Afficher ou masquer le plan du document</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Pg préc.)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation>Tapez un numéro de page et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Pg suiv.)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Fit the page to the width of the pane</source>
        <translation>Ajuster la page à la largeur du volet</translation>
    </message>
    <message>
        <source>Find in this document</source>
        <translation>Rechercher dans ce document</translation>
    </message>
    <message>
        <source>Previous hit (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next hit (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <source>Hits in this document</source>
        <translation>Occurrences dans ce document</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan du document</translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation>Ce PDF n’a aucune page.</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> sur {count}</translation>
    </message>
    <message>
        <source>1 hit so far…</source>
        <translation>1 occurrence pour l’instant…</translation>
    </message>
    <message numerus="yes">
        <source>%n hits so far…</source>
        <translation>
            <numerusform>%n occurrence pour l’instant…</numerusform>
            <numerusform>%n occurrences pour l’instant…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found in this document</source>
        <translation>Introuvable dans ce document</translation>
    </message>
    <message numerus="yes">
        <source>Hit {index} of %n</source>
        <translation>
            <numerusform>Occurrence {index} sur %n</numerusform>
            <numerusform>Occurrence {index} sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>1 occurrence</translation>
    </message>
    <message numerus="yes">
        <source>%n hits</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message>
        <source>The file of this document is missing.</source>
        <translation>Le fichier de ce document est introuvable.</translation>
    </message>
    <message>
        <source>This file is damaged or is not really a PDF, so it cannot be shown here.</source>
        <translation>Ce fichier est endommagé ou n’est pas vraiment un PDF&#xa0;: il ne peut pas être affiché ici.</translation>
    </message>
    <message>
        <source>This PDF is locked with a password, so it cannot be shown here.</source>
        <translation>Ce PDF est protégé par un mot de passe&#xa0;: il ne peut pas être affiché ici.</translation>
    </message>
    <message>
        <source>This PDF is encrypted in a way the reader cannot open.</source>
        <translation>Ce PDF est chiffré d’une manière que le lecteur ne sait pas ouvrir.</translation>
    </message>
    <message>
        <source>This PDF could not be opened.</source>
        <translation>Ce PDF n’a pas pu être ouvert.</translation>
    </message>
</context>
<context>
    <name>ProgressWords</name>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s) left</source>
        <translation>
            <numerusform>encore %Ln seconde</numerusform>
            <numerusform>encore %Ln secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) left</source>
        <translation>
            <numerusform>encore %Ln minute</numerusform>
            <numerusform>encore %Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s · {remaining}</source>
        <translation>{done} sur {total} · {speed}/s · {remaining}</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code of {text}</source>
        <translation>Code QR de {text}</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Reading pane</source>
        <translation>Volet de lecture</translation>
    </message>
    <message>
        <source>The open item&apos;s text. Tab moves to its links and theme chips; Enter follows one.</source>
        <translation>Le texte de l’élément ouvert. La touche Tab passe d’un lien ou d’un thème à l’autre&#xa0;; Entrée ouvre celui qui est choisi.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This text could not be shown: {problem}</source>
        <translation>Ce texte n’a pas pu être affiché&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to TVET Desktop&lt;/h2&gt;&lt;p&gt;Pick an item on the left to read it here.&lt;/p&gt;&lt;p&gt;Type in the search field (Ctrl+K) to search every publication, practice and programme; tick themes, regions or languages on the left to narrow the list.&lt;/p&gt;&lt;p&gt;Press F1 for keyboard shortcuts.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans TVET Desktop&lt;/h2&gt;&lt;p&gt;Choisissez un élément à gauche pour le lire ici.&lt;/p&gt;&lt;p&gt;Tapez dans le champ de recherche (Ctrl+K) pour chercher dans toutes les publications, pratiques et programmes&#xa0;; cochez des thèmes, des régions ou des langues à gauche pour affiner la liste.&lt;/p&gt;&lt;p&gt;Appuyez sur F1 pour voir les raccourcis clavier.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReadingToolbar</name>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ Favori</translation>
    </message>
    <message>
        <source>Bookmark this item (Ctrl+D)</source>
        <translation>Mettre cet élément en favori (Ctrl+D)</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Adds the open item to your bookmarks, or removes it (Ctrl+D).</source>
        <translation>Ajoute l’élément ouvert à vos favoris, ou l’en retire (Ctrl+D).</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>Ajouter à une liste</translation>
    </message>
    <message>
        <source>Add this item to a reading list</source>
        <translation>Ajouter cet élément à une liste de lecture</translation>
    </message>
    <message>
        <source>Add to reading list</source>
        <translation>Ajouter à une liste de lecture</translation>
    </message>
    <message>
        <source>Opens a menu of your reading lists to add the open item to, or to start a new list (Ctrl+L).</source>
        <translation>Ouvre le menu de vos listes de lecture, pour y ajouter l’élément ouvert ou commencer une nouvelle liste (Ctrl+L).</translation>
    </message>
    <message>
        <source>Quote selection</source>
        <translation>Citer la sélection</translation>
    </message>
    <message>
        <source>Copy the passage selected in the text into your note, as a quote</source>
        <translation>Copier le passage sélectionné dans le texte vers votre note, sous forme de citation</translation>
    </message>
    <message>
        <source>Copies the passage selected in the reading pane into your note as a quote (Ctrl+Shift+Q).</source>
        <translation>Copie le passage sélectionné dans le volet de lecture vers votre note, sous forme de citation (Ctrl+Shift+Q).</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ En favori</translation>
    </message>
    <message>
        <source>New reading list…</source>
        <translation>Nouvelle liste de lecture…</translation>
    </message>
    <message>
        <source>New reading list</source>
        <translation>Nouvelle liste de lecture</translation>
    </message>
    <message>
        <source>Name of the list (e.g. Welding — week 3):</source>
        <translation>Nom de la liste (p. ex. Soudure — semaine 3)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Plus pertinents</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récents d’abord</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>Titre de A à Z</translation>
    </message>
    <message>
        <source>Result count</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>The order of the results: best match, newest first or title.</source>
        <translation>L’ordre des résultats&#xa0;: les plus pertinents, les plus récents d’abord ou par titre.</translation>
    </message>
    <message>
        <source>Sort &amp;by:</source>
        <translation>&amp;Trier par&#xa0;:</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>Trier les résultats</translation>
    </message>
    <message>
        <source>Spelling suggestion</source>
        <translation>Suggestion d’orthographe</translation>
    </message>
    <message>
        <source>About these results</source>
        <translation>À propos de ces résultats</translation>
    </message>
    <message>
        <source>Where the search looks</source>
        <translation>Où la recherche cherche</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>The items found. Up and down arrows open each one in the reading pane; F6 moves to the next pane.</source>
        <translation>Les éléments trouvés. Les flèches haut et bas les ouvrent un à un dans le volet de lecture&#xa0;; F6 passe au volet suivant.</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; item(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; élément</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Few results. Did you mean {suggestion}?</source>
        <translation>Peu de résultats. Vouliez-vous dire {suggestion}&#xa0;?</translation>
    </message>
    <message>
        <source>No results for “{text}”.</source>
        <translation>Aucun résultat pour «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>Vouliez-vous dire {suggestion}&#xa0;?</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;clear:&apos;&gt;Clear all filters&lt;/a&gt; to search the whole catalogue.</source>
        <translation>&lt;a href=&apos;clear:&apos;&gt;Effacez tous les filtres&lt;/a&gt; pour chercher dans tout le catalogue.</translation>
    </message>
    <message>
        <source>Try fewer or shorter words.</source>
        <translation>Essayez avec moins de mots, ou des mots plus courts.</translation>
    </message>
    <message>
        <source>Showing results for &lt;b&gt;{corrected}&lt;/b&gt; — search instead for &lt;a href=&apos;instead:{link}&apos;&gt;{typed}&lt;/a&gt;</source>
        <translation>Résultats pour &lt;b&gt;{corrected}&lt;/b&gt; — chercher plutôt &lt;a href=&apos;instead:{link}&apos;&gt;{typed}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No item has all these words; showing the closest matches</source>
        <translation>Aucun élément ne contient tous ces mots&#xa0;; voici les plus proches</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;everything:&apos;&gt;Search everything&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;everything:&apos;&gt;Chercher partout&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Searching only the reading list “{name}”. {back}</source>
        <translation>Recherche limitée à la liste de lecture «&#xa0;{name}&#xa0;». {back}</translation>
    </message>
    <message>
        <source>Searching only your bookmarks. {back}</source>
        <translation>Recherche limitée à vos favoris. {back}</translation>
    </message>
    <message>
        <source>Showing only your notes. {back}</source>
        <translation>Seules vos notes sont affichées. {back}</translation>
    </message>
    <message>
        <source>Searching only your documents. {back}</source>
        <translation>Recherche limitée à vos documents. {back}</translation>
    </message>
    <message>
        <source>{facet}: {value}</source>
        <translation>{facet}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Years: {first}–{last}</source>
        <translation>Années&#xa0;: {first}–{last}</translation>
    </message>
    <message>
        <source>Remove filter {filter}</source>
        <translation>Retirer le filtre {filter}</translation>
    </message>
    <message>
        <source>Removes this filter from the results.</source>
        <translation>Retire ce filtre des résultats.</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;offline:&apos;&gt;Keep this list offline&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;offline:&apos;&gt;Garder cette liste hors ligne&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search publications, practices, programmes…  (Ctrl+K)</source>
        <translation>Chercher des publications, des pratiques, des programmes…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Words must all match. Use &quot;exact phrase&quot;, OR, and -word to exclude.</source>
        <translation>Tous les mots doivent correspondre. Utilisez &quot;expression exacte&quot;, OR, et -mot pour exclure.</translation>
    </message>
    <message>
        <source>Searches the catalogue and your notes as you type. Down arrow or Enter moves into the results; Escape clears the search.</source>
        <translation>Cherche dans le catalogue et dans vos notes au fil de la frappe. La flèche bas ou Entrée mène aux résultats&#xa0;; Échap efface la recherche.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with this room</source>
        <translation>Partager avec la salle</translation>
    </message>
    <message>
        <source>The other computers of this room can update their catalogue from this one, without the internet. Tick the addresses to share on (this computer&apos;s, on the local network only).</source>
        <translation>Les autres ordinateurs de la salle peuvent mettre à jour leur catalogue depuis celui-ci, sans internet. Cochez les adresses sur lesquelles partager (celles de cet ordinateur, sur le réseau local uniquement).</translation>
    </message>
    <message>
        <source>{address} (this computer only, to try it)</source>
        <translation>{address} (cet ordinateur seulement, pour essayer)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Start sharing</source>
        <translation>&amp;Commencer le partage</translation>
    </message>
    <message>
        <source>Not sharing.</source>
        <translation>Pas de partage en cours.</translation>
    </message>
    <message>
        <source>What to type on the other computers</source>
        <translation>Ce qu’il faut taper sur les autres ordinateurs</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>This computer is on no local network: connect it to the room&apos;s Wi-Fi or cable first.</source>
        <translation>Cet ordinateur n’est sur aucun réseau local&#xa0;: connectez-le d’abord au Wi-Fi ou au câble de la salle.</translation>
    </message>
    <message>
        <source>Tick at least one address to share on.</source>
        <translation>Cochez au moins une adresse sur laquelle partager.</translation>
    </message>
    <message>
        <source>Preparing the catalogue…</source>
        <translation>Préparation du catalogue…</translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation>&amp;Arrêter le partage</translation>
    </message>
    <message>
        <source>Sharing catalogue v{version} (published {published}).</source>
        <translation>Partage du catalogue v{version} (publié le {published}).</translation>
    </message>
    <message>
        <source>{addresses} or {last}</source>
        <translation>{addresses} ou {last}</translation>
    </message>
    <message>
        <source>On each other computer: File → Update the catalogue…, tick “A computer in this room”, enter {address} and press Update.</source>
        <translation>Sur chacun des autres ordinateurs&#xa0;: Fichier → Mettre à jour le catalogue…, cochez «&#xa0;Un ordinateur de cette salle&#xa0;», saisissez {address} et appuyez sur Mettre à jour.</translation>
    </message>
    <message>
        <source>Computers that have fetched the update so far: {count}</source>
        <translation>Ordinateurs ayant déjà récupéré la mise à jour&#xa0;: {count}</translation>
    </message>
    <message>
        <source>No computer has fetched the update yet.</source>
        <translation>Aucun ordinateur n’a encore récupéré la mise à jour.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Browse by facet</source>
        <translation>Parcourir par filtre</translation>
    </message>
    <message>
        <source>Filters with their number of items. Space or Enter ticks a value to show only the items that have it; the right and left arrows open and close a group.</source>
        <translation>Les filtres, avec leur nombre d’éléments. Espace ou Entrée coche une valeur pour n’afficher que les éléments qui l’ont&#xa0;; les flèches droite et gauche ouvrent et ferment un groupe.</translation>
    </message>
    <message>
        <source>From year (any when blank)</source>
        <translation>À partir de l’année (toutes si vide)</translation>
    </message>
    <message>
        <source>To year (any when blank)</source>
        <translation>Jusqu’à l’année (toutes si vide)</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show the whole catalogue again</source>
        <translation>Afficher à nouveau tout le catalogue</translation>
    </message>
    <message>
        <source>Removes every filter and shows the whole catalogue again (Ctrl+Shift+X).</source>
        <translation>Retire tous les filtres et affiche de nouveau tout le catalogue (Ctrl+Shift+X).</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Shows only items of these years; up and down arrows change the year, the lowest value means any year.</source>
        <translation>N’affiche que les éléments de ces années&#xa0;; les flèches haut et bas changent l’année, la valeur la plus basse signifie «&#xa0;Toutes&#xa0;».</translation>
    </message>
</context>
<context>
    <name>StorageDialog</name>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Remove from this computer</source>
        <translation>Retirer de cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) kept offline, {size}; {free} free on this disk.</source>
        <translation>
            <numerusform>%n fichier gardé hors ligne, {size}&#xa0;; {free} libres sur ce disque.</numerusform>
            <numerusform>%n fichiers gardés hors ligne, {size}&#xa0;; {free} libres sur ce disque.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no item of the catalogue in use)</source>
        <translation>(aucun élément du catalogue utilisé)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) removed ({size} freed); your notes are kept.</source>
        <translation>
            <numerusform>%n fichier retiré ({size} libérés)&#xa0;; vos notes sont conservées.</numerusform>
            <numerusform>%n fichiers retirés ({size} libérés)&#xa0;; vos notes sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the whole catalogue offline</source>
        <translation>Garder tout le catalogue hors ligne</translation>
    </message>
    <message>
        <source>Download every document of the catalogue, to read them without a connection</source>
        <translation>Télécharger tous les fichiers du catalogue, pour les lire sans connexion</translation>
    </message>
    <message>
        <source>Downloading the whole catalogue</source>
        <translation>Téléchargement de tout le catalogue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the download; what arrived is kept and the next try resumes</source>
        <translation>Arrêter le téléchargement&#xa0;; ce qui est arrivé est conservé et le prochain essai reprendra</translation>
    </message>
    <message>
        <source>The catalogue in use has no documents to keep offline.</source>
        <translation>Le catalogue utilisé n’a pas de fichiers à garder hors ligne.</translation>
    </message>
    <message numerus="yes">
        <source>The whole catalogue: %n document(s), {total}.</source>
        <translation>
            <numerusform>Tout le catalogue&#xa0;: %n fichier, {total}.</numerusform>
            <numerusform>Tout le catalogue&#xa0;: %n fichiers, {total}.</numerusform>
        </translation>
    </message>
    <message>
        <source>All of them are on this computer.</source>
        <translation>Ils sont tous sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>%n not yet on this computer: {needed} to download; {free} free on this disk.</source>
        <translation>
            <numerusform>%n n’est pas encore sur cet ordinateur&#xa0;: {needed} à télécharger&#xa0;; {free} libres sur ce disque.</numerusform>
            <numerusform>%n ne sont pas encore sur cet ordinateur&#xa0;: {needed} à télécharger&#xa0;; {free} libres sur ce disque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping the whole catalogue offline</source>
        <translation>Tout le catalogue gardé hors ligne</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Update the catalogue</source>
        <translation>Mettre à jour le catalogue</translation>
    </message>
    <message>
        <source>https://… or http://192.168.1.20:8765/ (from `tvet-desktop share`)</source>
        <translation>https://… ou http://192.168.1.20:8765/ (depuis `tvet-desktop share`)</translation>
    </message>
    <message>
        <source>A computer in this room (running tvet-desktop share)</source>
        <translation>Un ordinateur de cette salle (qui exécute tvet-desktop share)</translation>
    </message>
    <message>
        <source>Its catalogue counts as carried by hand, like one on a USB stick: it is installed even after its update period if it is newer than yours.</source>
        <translation>Son catalogue compte comme apporté à la main, comme sur une clé USB&#xa0;: il est installé même après sa période de mise à jour s’il est plus récent que le vôtre.</translation>
    </message>
    <message>
        <source>Trusted publishers</source>
        <translation>Éditeurs de confiance</translation>
    </message>
    <message>
        <source>The publishers whose signed catalogues this computer installs.</source>
        <translation>Les éditeurs dont cet ordinateur installe les catalogues signés.</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>Ajouter une clé…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Nothing is downloaded until you press Update.</source>
        <translation>Rien n’est téléchargé tant que vous n’appuyez pas sur Mettre à jour.</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Update from server</source>
        <translation>&amp;Mettre à jour depuis le serveur</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Update from this computer</source>
        <translation>&amp;Mettre à jour depuis cet ordinateur</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Utilisé&#xa0;:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted publishers:</source>
        <translation>Éditeurs de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Key {key} · {origin}</source>
        <translation>Clé {key} · {origin}</translation>
    </message>
    <message>
        <source>None yet: add the .pub file your catalogue publisher gave you.</source>
        <translation>Aucun pour l’instant&#xa0;: ajoutez le fichier .pub que l’éditeur de votre catalogue vous a donné.</translation>
    </message>
    <message>
        <source>Trust a publisher&apos;s key</source>
        <translation>Faire confiance à la clé d’un éditeur</translation>
    </message>
    <message>
        <source>Public key (*.pub);;Any file (*)</source>
        <translation>Clé publique (*.pub);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Catalogues signed with key {key} are now accepted.</source>
        <translation>Les catalogues signés avec la clé {key} sont désormais acceptés.</translation>
    </message>
    <message>
        <source>Key {key} is no longer trusted.</source>
        <translation>La clé {key} n’est plus de confiance.</translation>
    </message>
    <message>
        <source>Enter the address of an update server first.</source>
        <translation>Saisissez d’abord l’adresse d’un serveur de mise à jour.</translation>
    </message>
    <message>
        <source>Copying documents…</source>
        <translation>Copie des fichiers…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) copied from it.</source>
        <translation>
            <numerusform>%n fichier en a été copié.</numerusform>
            <numerusform>%n fichiers en ont été copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The documents could not be copied: {problem}</source>
        <translation>Les fichiers n’ont pas pu être copiés&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Import a catalogue bundle</source>
        <translation>Importer un paquet de catalogue</translation>
    </message>
    <message>
        <source>Catalogue bundle (*.zip)</source>
        <translation>Paquet de catalogue (*.zip)</translation>
    </message>
    <message>
        <source>Import a catalogue folder</source>
        <translation>Importer un dossier de catalogue</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>{stage}…</source>
        <translation>{stage}…</translation>
    </message>
    <message numerus="yes">
        <source>Installed catalogue v{version} (%Ln item(s)) from the server.</source>
        <translation>
            <numerusform>Catalogue v{version} (%Ln élément) installé depuis le serveur.</numerusform>
            <numerusform>Catalogue v{version} (%Ln éléments) installé depuis le serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed catalogue v{version} (%Ln item(s)) from this computer in the room.</source>
        <translation>
            <numerusform>Catalogue v{version} (%Ln élément) installé depuis cet ordinateur de la salle.</numerusform>
            <numerusform>Catalogue v{version} (%Ln éléments) installé depuis cet ordinateur de la salle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed catalogue v{version} (%Ln item(s)) from this USB stick.</source>
        <translation>
            <numerusform>Catalogue v{version} (%Ln élément) installé depuis cette clé USB.</numerusform>
            <numerusform>Catalogue v{version} (%Ln éléments) installé depuis cette clé USB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed catalogue v{version} (%Ln item(s)) from this folder.</source>
        <translation>
            <numerusform>Catalogue v{version} (%Ln élément) installé depuis ce dossier.</numerusform>
            <numerusform>Catalogue v{version} (%Ln éléments) installé depuis ce dossier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed catalogue v{version} (%Ln item(s)) from this file.</source>
        <translation>
            <numerusform>Catalogue v{version} (%Ln élément) installé depuis ce fichier.</numerusform>
            <numerusform>Catalogue v{version} (%Ln éléments) installé depuis ce fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue v{installed} is up to date.</source>
        <translation>Le catalogue v{installed} est à jour.</translation>
    </message>
    <message>
        <source>This version was still on this computer: nothing had to be downloaded.</source>
        <translation>Cette version était encore sur cet ordinateur&#xa0;: rien n’a dû être téléchargé.</translation>
    </message>
    <message>
        <source>{size} downloaded: only the changes.</source>
        <translation>{size} téléchargés&#xa0;: seulement les changements.</translation>
    </message>
    <message>
        <source>{size} downloaded: the whole catalogue.</source>
        <translation>{size} téléchargés&#xa0;: le catalogue complet.</translation>
    </message>
    <message>
        <source>Catalogue v{offered} (published {published}) is available; you have v{installed}. Press Update to install it.</source>
        <translation>Le catalogue v{offered} (publié le {published}) est disponible&#xa0;; vous avez la v{installed}. Appuyez sur Mettre à jour pour l’installer.</translation>
    </message>
    <message>
        <source>No publisher key is trusted yet: press Add key… and choose the .pub file your catalogue publisher gave you</source>
        <translation>Aucune clé d’éditeur n’est encore de confiance&#xa0;: appuyez sur Ajouter une clé… et choisissez le fichier .pub que l’éditeur de votre catalogue vous a donné</translation>
    </message>
    <message>
        <source>Catalogue v{version}, bundled with the app</source>
        <translation>Catalogue v{version}, fourni avec l’application</translation>
    </message>
    <message>
        <source>Catalogue v{version} from {origin}, published {published}</source>
        <translation>Catalogue v{version} de {origin}, publié le {published}</translation>
    </message>
    <message>
        <source>Catalogue v{version} from {origin}</source>
        <translation>Catalogue v{version} de {origin}</translation>
    </message>
    <message>
        <source> (because {problem})</source>
        <translation> (car {problem})</translation>
    </message>
</context>
<context>
    <name>SyncSentences</name>
    <message>
        <source>The catalogue on this USB stick is for the “{channel}” channel; this app follows “{followed}”. Nothing was installed.</source>
        <translation>Le catalogue de cette clé USB est destiné au canal «&#xa0;{channel}&#xa0;»&#xa0;; cette application suit «&#xa0;{followed}&#xa0;». Rien n’a été installé.</translation>
    </message>
    <message>
        <source>The catalogue in this folder is for the “{channel}” channel; this app follows “{followed}”. Nothing was installed.</source>
        <translation>Le catalogue de ce dossier est destiné au canal «&#xa0;{channel}&#xa0;»&#xa0;; cette application suit «&#xa0;{followed}&#xa0;». Rien n’a été installé.</translation>
    </message>
    <message>
        <source>The catalogue in this file is for the “{channel}” channel; this app follows “{followed}”. Nothing was installed.</source>
        <translation>Le catalogue de ce fichier est destiné au canal «&#xa0;{channel}&#xa0;»&#xa0;; cette application suit «&#xa0;{followed}&#xa0;». Rien n’a été installé.</translation>
    </message>
    <message>
        <source>The catalogue from this computer in the room is for the “{channel}” channel; this app follows “{followed}”. Nothing was installed.</source>
        <translation>Le catalogue de cet ordinateur de la salle est destiné au canal «&#xa0;{channel}&#xa0;»&#xa0;; cette application suit «&#xa0;{followed}&#xa0;». Rien n’a été installé.</translation>
    </message>
    <message>
        <source>The catalogue from the server is for the “{channel}” channel; this app follows “{followed}”. Nothing was installed.</source>
        <translation>Le catalogue du serveur est destiné au canal «&#xa0;{channel}&#xa0;»&#xa0;; cette application suit «&#xa0;{followed}&#xa0;». Rien n’a été installé.</translation>
    </message>
    <message>
        <source>The catalogue on this USB stick is v{offered}, older than v{floor} which this app already has. Nothing was installed.</source>
        <translation>Le catalogue de cette clé USB est en version v{offered}, plus ancienne que la v{floor} que cette application a déjà. Rien n’a été installé.</translation>
    </message>
    <message>
        <source>The catalogue in this folder is v{offered}, older than v{floor} which this app already has. Nothing was installed.</source>
        <translation>Le catalogue de ce dossier est en version v{offered}, plus ancienne que la v{floor} que cette application a déjà. Rien n’a été installé.</translation>
    </message>
    <message>
        <source>The catalogue in this file is v{offered}, older than v{floor} which this app already has. Nothing was installed.</source>
        <translation>Le catalogue de ce fichier est en version v{offered}, plus ancienne que la v{floor} que cette application a déjà. Rien n’a été installé.</translation>
    </message>
    <message>
        <source>The catalogue from this computer in the room is v{offered}, older than v{floor} which this app already has. Nothing was installed.</source>
        <translation>Le catalogue de cet ordinateur de la salle est en version v{offered}, plus ancienne que la v{floor} que cette application a déjà. Rien n’a été installé.</translation>
    </message>
    <message>
        <source>The catalogue from the server is v{offered}, older than v{floor} which this app has already installed: refusing to go back (an old or replayed update). Nothing was installed.</source>
        <translation>Le catalogue du serveur est en version v{offered}, plus ancienne que la v{floor} que cette application a déjà installée&#xa0;: pas de retour en arrière (une mise à jour ancienne ou rejouée). Rien n’a été installé.</translation>
    </message>
    <message>
        <source>The catalogue from the server was published on {published} and its update period ended on {expires} (this computer&apos;s clock says {today}), so it was not installed: a server must offer a current catalogue, and an old one may mean newer ones are being held back. A newer catalogue may also come on a USB stick or from a computer in the room. If this computer&apos;s clock is wrong, set it right and try again.</source>
        <translation>Le catalogue du serveur a été publié le {published} et sa période de mise à jour a pris fin le {expires} (l’horloge de cet ordinateur indique le {today})&#xa0;; il n’a donc pas été installé&#xa0;: un serveur doit proposer un catalogue à jour, et un catalogue ancien peut signifier que des plus récents sont retenus. Un catalogue plus récent peut aussi venir d’une clé USB ou d’un ordinateur de la salle. Si l’horloge de cet ordinateur est fausse, remettez-la à l’heure et réessayez.</translation>
    </message>
    <message>
        <source>The catalogue on this USB stick is v{offered}, which needs TVET Desktop {needed} or newer (this is {running}). Please update the app first.</source>
        <translation>Le catalogue de cette clé USB est en version v{offered}, qui demande TVET Desktop {needed} ou plus récent (celui-ci est en {running}). Mettez d’abord l’application à jour.</translation>
    </message>
    <message>
        <source>The catalogue in this folder is v{offered}, which needs TVET Desktop {needed} or newer (this is {running}). Please update the app first.</source>
        <translation>Le catalogue de ce dossier est en version v{offered}, qui demande TVET Desktop {needed} ou plus récent (celui-ci est en {running}). Mettez d’abord l’application à jour.</translation>
    </message>
    <message>
        <source>The catalogue in this file is v{offered}, which needs TVET Desktop {needed} or newer (this is {running}). Please update the app first.</source>
        <translation>Le catalogue de ce fichier est en version v{offered}, qui demande TVET Desktop {needed} ou plus récent (celui-ci est en {running}). Mettez d’abord l’application à jour.</translation>
    </message>
    <message>
        <source>The catalogue from this computer in the room is v{offered}, which needs TVET Desktop {needed} or newer (this is {running}). Please update the app first.</source>
        <translation>Le catalogue de cet ordinateur de la salle est en version v{offered}, qui demande TVET Desktop {needed} ou plus récent (celui-ci est en {running}). Mettez d’abord l’application à jour.</translation>
    </message>
    <message>
        <source>The catalogue from the server is v{offered}, which needs TVET Desktop {needed} or newer (this is {running}). Please update the app first.</source>
        <translation>Le catalogue du serveur est en version v{offered}, qui demande TVET Desktop {needed} ou plus récent (celui-ci est en {running}). Mettez d’abord l’application à jour.</translation>
    </message>
    <message>
        <source>The catalogue on this USB stick is v{offered} in catalogue format {format}; this app reads format {reads}. Please update the app first.</source>
        <translation>Le catalogue de cette clé USB est en version v{offered}, au format de catalogue {format}&#xa0;; cette application lit le format {reads}. Mettez d’abord l’application à jour.</translation>
    </message>
    <message>
        <source>The catalogue in this folder is v{offered} in catalogue format {format}; this app reads format {reads}. Please update the app first.</source>
        <translation>Le catalogue de ce dossier est en version v{offered}, au format de catalogue {format}&#xa0;; cette application lit le format {reads}. Mettez d’abord l’application à jour.</translation>
    </message>
    <message>
        <source>The catalogue in this file is v{offered} in catalogue format {format}; this app reads format {reads}. Please update the app first.</source>
        <translation>Le catalogue de ce fichier est en version v{offered}, au format de catalogue {format}&#xa0;; cette application lit le format {reads}. Mettez d’abord l’application à jour.</translation>
    </message>
    <message>
        <source>The catalogue from this computer in the room is v{offered} in catalogue format {format}; this app reads format {reads}. Please update the app first.</source>
        <translation>Le catalogue de cet ordinateur de la salle est en version v{offered}, au format de catalogue {format}&#xa0;; cette application lit le format {reads}. Mettez d’abord l’application à jour.</translation>
    </message>
    <message>
        <source>The catalogue from the server is v{offered} in catalogue format {format}; this app reads format {reads}. Please update the app first.</source>
        <translation>Le catalogue du serveur est en version v{offered}, au format de catalogue {format}&#xa0;; cette application lit le format {reads}. Mettez d’abord l’application à jour.</translation>
    </message>
    <message>
        <source>The catalogue on this USB stick is v{offered}, made for older apps (catalogue format {format}; this app reads {reads}). The publisher needs to publish it again with a current version of TVET Desktop. Nothing was installed.</source>
        <translation>Le catalogue de cette clé USB est en version v{offered}, faite pour des applications plus anciennes (format de catalogue {format}&#xa0;; cette application lit le {reads}). L’éditeur doit le publier de nouveau avec une version actuelle de TVET Desktop. Rien n’a été installé.</translation>
    </message>
    <message>
        <source>The catalogue in this folder is v{offered}, made for older apps (catalogue format {format}; this app reads {reads}). The publisher needs to publish it again with a current version of TVET Desktop. Nothing was installed.</source>
        <translation>Le catalogue de ce dossier est en version v{offered}, faite pour des applications plus anciennes (format de catalogue {format}&#xa0;; cette application lit le {reads}). L’éditeur doit le publier de nouveau avec une version actuelle de TVET Desktop. Rien n’a été installé.</translation>
    </message>
    <message>
        <source>The catalogue in this file is v{offered}, made for older apps (catalogue format {format}; this app reads {reads}). The publisher needs to publish it again with a current version of TVET Desktop. Nothing was installed.</source>
        <translation>Le catalogue de ce fichier est en version v{offered}, faite pour des applications plus anciennes (format de catalogue {format}&#xa0;; cette application lit le {reads}). L’éditeur doit le publier de nouveau avec une version actuelle de TVET Desktop. Rien n’a été installé.</translation>
    </message>
    <message>
        <source>The catalogue from this computer in the room is v{offered}, made for older apps (catalogue format {format}; this app reads {reads}). The publisher needs to publish it again with a current version of TVET Desktop. Nothing was installed.</source>
        <translation>Le catalogue de cet ordinateur de la salle est en version v{offered}, faite pour des applications plus anciennes (format de catalogue {format}&#xa0;; cette application lit le {reads}). L’éditeur doit le publier de nouveau avec une version actuelle de TVET Desktop. Rien n’a été installé.</translation>
    </message>
    <message>
        <source>The catalogue from the server is v{offered}, made for older apps (catalogue format {format}; this app reads {reads}). The publisher needs to publish it again with a current version of TVET Desktop. Nothing was installed.</source>
        <translation>Le catalogue du serveur est en version v{offered}, faite pour des applications plus anciennes (format de catalogue {format}&#xa0;; cette application lit le {reads}). L’éditeur doit le publier de nouveau avec une version actuelle de TVET Desktop. Rien n’a été installé.</translation>
    </message>
    <message>
        <source>This catalogue was published on {published}; its update period ended on {expires}. It is newer than yours, so it was installed.</source>
        <translation>Ce catalogue a été publié le {published}&#xa0;; sa période de mise à jour a pris fin le {expires}. Il est plus récent que le vôtre, il a donc été installé.</translation>
    </message>
    <message>
        <source>The downloaded catalogue is not a valid database ({problem}); nothing was installed.</source>
        <translation>Le catalogue téléchargé n’est pas une base de données valide ({problem})&#xa0;; rien n’a été installé.</translation>
    </message>
    <message>
        <source>The downloaded catalogue failed SQLite&apos;s integrity check ({problem}); nothing was installed.</source>
        <translation>Le catalogue téléchargé n’a pas passé la vérification d’intégrité de SQLite ({problem})&#xa0;; rien n’a été installé.</translation>
    </message>
    <message>
        <source>The downloaded catalogue does not match its manifest ({problem}); nothing was installed.</source>
        <translation>Le catalogue téléchargé ne correspond pas à son manifeste ({problem})&#xa0;; rien n’a été installé.</translation>
    </message>
    <message>
        <source>The downloaded catalogue is not built the way this app builds catalogues ({names} differ); nothing was installed.</source>
        <translation>Le catalogue téléchargé n’est pas construit comme cette application construit les catalogues ({names} diffèrent)&#xa0;; rien n’a été installé.</translation>
    </message>
    <message>
        <source>The downloaded catalogue&apos;s search index is damaged ({problem}); nothing was installed.</source>
        <translation>L’index de recherche du catalogue téléchargé est endommagé ({problem})&#xa0;; rien n’a été installé.</translation>
    </message>
    <message>
        <source>Catalogue v{version} is up to date.</source>
        <translation>Le catalogue v{version} est à jour.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue on this USB stick.</source>
        <translation>Vous avez déjà le catalogue v{version}, le même que celui de cette clé USB.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue in this folder.</source>
        <translation>Vous avez déjà le catalogue v{version}, le même que celui de ce dossier.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue in this file.</source>
        <translation>Vous avez déjà le catalogue v{version}, le même que celui de ce fichier.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue from this computer in the room.</source>
        <translation>Vous avez déjà le catalogue v{version}, le même que celui de cet ordinateur de la salle.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue on this USB stick. Its update period ended on {expires}, so a newer one may exist: ask for it, or update from the server.</source>
        <translation>Vous avez déjà le catalogue v{version}, le même que celui de cette clé USB. Sa période de mise à jour a pris fin le {expires}&#xa0;: il en existe peut-être un plus récent. Demandez-le, ou mettez à jour depuis le serveur.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue in this folder. Its update period ended on {expires}, so a newer one may exist: ask for it, or update from the server.</source>
        <translation>Vous avez déjà le catalogue v{version}, le même que celui de ce dossier. Sa période de mise à jour a pris fin le {expires}&#xa0;: il en existe peut-être un plus récent. Demandez-le, ou mettez à jour depuis le serveur.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue in this file. Its update period ended on {expires}, so a newer one may exist: ask for it, or update from the server.</source>
        <translation>Vous avez déjà le catalogue v{version}, le même que celui de ce fichier. Sa période de mise à jour a pris fin le {expires}&#xa0;: il en existe peut-être un plus récent. Demandez-le, ou mettez à jour depuis le serveur.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue from this computer in the room. Its update period ended on {expires}, so a newer one may exist: ask for it, or update from the server.</source>
        <translation>Vous avez déjà le catalogue v{version}, le même que celui de cet ordinateur de la salle. Sa période de mise à jour a pris fin le {expires}&#xa0;: il en existe peut-être un plus récent. Demandez-le, ou mettez à jour depuis le serveur.</translation>
    </message>
    <message>
        <source>{name} does not match the signed manifest (damaged or tampered); it was deleted and nothing was installed.</source>
        <translation>{name} ne correspond pas au manifeste signé (endommagé ou falsifié)&#xa0;; il a été supprimé et rien n’a été installé.</translation>
    </message>
    <message>
        <source>The disk is full; the update stopped. What was downloaded is kept for the next try once space is freed.</source>
        <translation>Le disque est plein&#xa0;; la mise à jour s’est arrêtée. Ce qui a été téléchargé est conservé pour le prochain essai, une fois de la place libérée.</translation>
    </message>
    <message>
        <source>Not enough free disk space for this update: it needs {needed}, only {free} are free in {folder}. Nothing was changed.</source>
        <translation>Pas assez d’espace libre sur le disque pour cette mise à jour&#xa0;: il faut {needed}, seuls {free} sont libres dans {folder}. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Update cancelled; what was downloaded is kept and the next update resumes from there.</source>
        <translation>Mise à jour annulée&#xa0;; ce qui a été téléchargé est conservé et la prochaine mise à jour reprendra à partir de là.</translation>
    </message>
    <message>
        <source>Another catalogue update is running; wait for it to finish.</source>
        <translation>Une autre mise à jour du catalogue est en cours&#xa0;; attendez qu’elle se termine.</translation>
    </message>
    <message>
        <source>The bundled catalogue is in use and no other version is installed.</source>
        <translation>Le catalogue fourni avec l’application est utilisé et aucune autre version n’est installée.</translation>
    </message>
    <message>
        <source>the record of the catalogue in use was damaged and has been rebuilt from the installed versions</source>
        <translation>la fiche du catalogue utilisé était endommagée et a été reconstruite à partir des versions installées</translation>
    </message>
    <message>
        <source>catalogue v{version} is damaged or missing</source>
        <translation>le catalogue v{version} est endommagé ou manquant</translation>
    </message>
    <message>
        <source>{path} is not a plain file; nothing was read from it.</source>
        <translation>{path} n’est pas un fichier ordinaire&#xa0;; rien n’y a été lu.</translation>
    </message>
    <message>
        <source>{path} is larger than {cap}; refusing to read it.</source>
        <translation>{path} dépasse {cap}&#xa0;; il n’est pas lu.</translation>
    </message>
    <message>
        <source>{name} ends early; nothing was installed.</source>
        <translation>{name} s’arrête trop tôt&#xa0;; rien n’a été installé.</translation>
    </message>
    <message>
        <source>{name} unpacks to more data than its manifest says; nothing was installed.</source>
        <translation>{name} se décompresse en plus de données que n’en annonce son manifeste&#xa0;; rien n’a été installé.</translation>
    </message>
    <message>
        <source>{name} is not a valid compressed file ({problem}); nothing was installed.</source>
        <translation>{name} n’est pas un fichier compressé valide ({problem})&#xa0;; rien n’a été installé.</translation>
    </message>
    <message>
        <source>{name} does not match the signed manifest (damaged or tampered); nothing was installed.</source>
        <translation>{name} ne correspond pas au manifeste signé (endommagé ou falsifié)&#xa0;; rien n’a été installé.</translation>
    </message>
    <message>
        <source>The catalogue delta is malformed ({problem}); nothing was installed.</source>
        <translation>Le fichier des modifications du catalogue est mal formé ({problem})&#xa0;; rien n’a été installé.</translation>
    </message>
    <message>
        <source>The catalogue delta does not say which version it builds; nothing was installed.</source>
        <translation>Le fichier des modifications du catalogue n’indique pas quelle version il produit&#xa0;; rien n’a été installé.</translation>
    </message>
    <message>
        <source>The catalogue delta holds a bad item ({problem}); nothing was installed.</source>
        <translation>Le fichier des modifications du catalogue contient un élément incorrect ({problem})&#xa0;; rien n’a été installé.</translation>
    </message>
    <message>
        <source>The manifest&apos;s {field} “{text}” is not a time like 2026-11-29T08:00:00Z.</source>
        <translation>Dans le manifeste, {field} «&#xa0;{text}&#xa0;» n’est pas une heure comme 2026-11-29T08:00:00Z.</translation>
    </message>
    <message>
        <source>The server answered with a web page, not a catalogue manifest. If this network shows a sign-in page, open a web browser and sign in first.</source>
        <translation>Le serveur a répondu par une page web, pas par un manifeste de catalogue. Si ce réseau affiche une page de connexion, ouvrez d’abord un navigateur web et connectez-vous.</translation>
    </message>
    <message>
        <source>The manifest is not valid JSON.</source>
        <translation>Le manifeste n’est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The manifest is not a {format} manifest (a newer app may be needed).</source>
        <translation>Le manifeste n’est pas un manifeste {format} (une application plus récente est peut-être nécessaire).</translation>
    </message>
    <message>
        <source>The manifest is incomplete or malformed ({problem}).</source>
        <translation>Le manifeste est incomplet ou mal formé ({problem}).</translation>
    </message>
    <message>
        <source>The manifest lists a delta without the version it applies to.</source>
        <translation>Le manifeste mentionne un fichier de modifications sans la version à laquelle il s’applique.</translation>
    </message>
    <message>
        <source>The manifest names an unsafe file “{name}”; nothing was downloaded.</source>
        <translation>Le manifeste nomme un fichier dangereux «&#xa0;{name}&#xa0;»&#xa0;; rien n’a été téléchargé.</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature file is malformed; nothing was installed.</source>
        <translation>Le fichier de signature du manifeste est mal formé&#xa0;; rien n’a été installé.</translation>
    </message>
    <message>
        <source>No publisher key is trusted yet: press Add key… in File → Update the catalogue… and choose the .pub file your catalogue publisher gave you.</source>
        <translation>Aucune clé d’éditeur n’est encore reconnue&#xa0;: cliquez sur Ajouter une clé… dans Fichier → Mettre à jour le catalogue… et choisissez le fichier .pub que l’éditeur de votre catalogue vous a donné.</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature by key {key} does not match its contents: it was changed after signing. Nothing was installed.</source>
        <translation>La signature du manifeste par la clé {key} ne correspond pas à son contenu&#xa0;: il a été modifié après la signature. Rien n’a été installé.</translation>
    </message>
    <message>
        <source>The manifest is signed by {keys}, which this app does not trust. Nothing was installed.</source>
        <translation>Le manifeste est signé par {keys}, que cette application ne reconnaît pas. Rien n’a été installé.</translation>
    </message>
    <message>
        <source>The manifest is signed by no key, so this app does not trust it. Nothing was installed.</source>
        <translation>Le manifeste n’est signé par aucune clé, cette application ne lui fait donc pas confiance. Rien n’a été installé.</translation>
    </message>
    <message>
        <source>{path} already exists; move it away first (a lost signing key cannot be recovered).</source>
        <translation>{path} existe déjà&#xa0;; déplacez-le d’abord (une clé de signature perdue ne peut pas être récupérée).</translation>
    </message>
    <message>
        <source>{path} is not a TVET Desktop signing key.</source>
        <translation>{path} n’est pas une clé de signature de TVET Desktop.</translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 signing key.</source>
        <translation>{path} n’est pas une clé de signature Ed25519.</translation>
    </message>
    <message>
        <source>{path} is a private signing key: keep it secret. Trust the matching .pub file instead.</source>
        <translation>{path} est une clé de signature privée&#xa0;: gardez-la secrète. Ajoutez plutôt le fichier .pub correspondant.</translation>
    </message>
    <message>
        <source>{path} is not a public key: choose the .pub file the catalogue publisher sent you.</source>
        <translation>{path} n’est pas une clé publique&#xa0;: choisissez le fichier .pub que l’éditeur du catalogue vous a envoyé.</translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 public key.</source>
        <translation>{path} n’est pas une clé publique Ed25519.</translation>
    </message>
    <message>
        <source>Key {keyid} was not added by you (keys shipped with the app cannot be removed).</source>
        <translation>La clé {keyid} n’a pas été ajoutée par vous (les clés fournies avec l’application ne peuvent pas être retirées).</translation>
    </message>
    <message>
        <source>{path} is missing: this folder is not a TVET Desktop catalogue export.</source>
        <translation>{path} est introuvable&#xa0;: ce dossier n’est pas une exportation de catalogue TVET Desktop.</translation>
    </message>
    <message>
        <source>{path} is missing from this catalogue export.</source>
        <translation>{path} manque dans cette exportation de catalogue.</translation>
    </message>
    <message>
        <source>{path} is far larger than its manifest says; refusing to copy it.</source>
        <translation>{path} est bien plus gros que ne l’indique son manifeste&#xa0;; il n’est pas copié.</translation>
    </message>
    <message>
        <source>{path} changed while it was being copied.</source>
        <translation>{path} a changé pendant sa copie.</translation>
    </message>
    <message>
        <source>{bundle} holds no {name}: it is not a TVET Desktop catalogue bundle.</source>
        <translation>{bundle} ne contient pas {name}&#xa0;: ce n’est pas un paquet de catalogue TVET Desktop.</translation>
    </message>
    <message>
        <source>{name} in {bundle} is larger than {cap}; refusing to read it.</source>
        <translation>{name} dans {bundle} dépasse {cap}&#xa0;; il n’est pas lu.</translation>
    </message>
    <message>
        <source>{name} in {bundle} is far larger than its manifest says; refusing to copy it.</source>
        <translation>{name} dans {bundle} est bien plus gros que ne l’indique son manifeste&#xa0;; il n’est pas copié.</translation>
    </message>
    <message>
        <source>{bundle} is damaged or not a plain catalogue bundle ({problem}); copy it again from the original.</source>
        <translation>{bundle} est endommagé ou n’est pas un simple paquet de catalogue ({problem})&#xa0;; copiez-le de nouveau depuis l’original.</translation>
    </message>
    <message>
        <source>{path} is neither a catalogue export folder nor a catalogue bundle (.zip) file.</source>
        <translation>{path} n’est ni un dossier d’exportation de catalogue ni un paquet de catalogue (fichier .zip).</translation>
    </message>
    <message>
        <source>The catalogue in use is the one bundled with the app, which every copy already has; there is nothing newer to export.</source>
        <translation>Le catalogue utilisé est celui fourni avec l’application, que chaque copie possède déjà&#xa0;: il n’y a rien de plus récent à exporter.</translation>
    </message>
    <message>
        <source>{address} is not an http:// or https:// address.</source>
        <translation>{address} n’est pas une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>{address} does not match the signed manifest: the server has {announced}, the manifest says {length} (tampered, or a publish is still in progress).</source>
        <translation>{address} ne correspond pas au manifeste signé&#xa0;: le serveur a {announced}, le manifeste indique {length} (falsifié, ou une publication est encore en cours).</translation>
    </message>
    <message>
        <source>{address} was not found on the server (404).</source>
        <translation>{address} est introuvable sur le serveur (404).</translation>
    </message>
    <message>
        <source>The server refused {address} ({status} {reason}).</source>
        <translation>Le serveur a refusé {address} ({status} {reason}).</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a catalogue file. If this network shows a sign-in page, open a web browser and sign in first.</source>
        <translation>Le serveur a répondu par une page web au lieu d’un fichier de catalogue. Si ce réseau affiche une page de connexion, ouvrez d’abord un navigateur web et connectez-vous.</translation>
    </message>
    <message>
        <source>The server sent this app on to {target}, another address than the one you gave ({host}); the app only follows http:// or https:// links on {host}. If the catalogue has moved, update from its new address. Nothing was installed.</source>
        <translation>Le serveur a renvoyé cette application vers {target}, une autre adresse que celle que vous avez donnée ({host})&#xa0;; l’application ne suit que les liens http:// ou https:// sur {host}. Si le catalogue a déménagé, mettez à jour depuis sa nouvelle adresse. Rien n’a été installé.</translation>
    </message>
    <message numerus="yes">
        <source>Could not fetch {address}: {reason}, after %Ln tries.</source>
        <translation>
            <numerusform>Impossible de récupérer {address}&#xa0;: {reason}, après %Ln essai.</numerusform>
            <numerusform>Impossible de récupérer {address}&#xa0;: {reason}, après %Ln essais.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not fetch {address}: {reason}, after %Ln tries. {kept} are kept and the next update resumes from there.</source>
        <translation>
            <numerusform>Impossible de récupérer {address}&#xa0;: {reason}, après %Ln essai. {kept} sont conservés et la prochaine mise à jour reprendra à partir de là.</numerusform>
            <numerusform>Impossible de récupérer {address}&#xa0;: {reason}, après %Ln essais. {kept} sont conservés et la prochaine mise à jour reprendra à partir de là.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again in {seconds} s ({attempt} of {attempts}): {reason}.</source>
        <translation>Nouvel essai dans {seconds}&#xa0;s ({attempt} sur {attempts})&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>“{text}” is not a computer&apos;s address (like 192.168.1.20 or 192.168.1.20:8765).</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas l’adresse d’un ordinateur (comme 192.168.1.20 ou 192.168.1.20:8765).</translation>
    </message>
    <message>
        <source>“{text}” is not a computer&apos;s address (like 192.168.1.20 or 192.168.1.20:8765); a computer in the room shares over plain http://.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas l’adresse d’un ordinateur (comme 192.168.1.20 ou 192.168.1.20:8765)&#xa0;; un ordinateur de la salle partage en simple http://.</translation>
    </message>
    <message>
        <source>No computer called “{host}” was found on this network; give the address that Share with this room shows on that computer (like 192.168.1.20).</source>
        <translation>Aucun ordinateur nommé «&#xa0;{host}&#xa0;» n’a été trouvé sur ce réseau&#xa0;; indiquez l’adresse que Partager avec la salle affiche sur cet ordinateur (comme 192.168.1.20).</translation>
    </message>
    <message>
        <source>{host} is not on this room&apos;s network, so it cannot be a computer in the room. For a server on the internet, untick “A computer in this room”.</source>
        <translation>{host} n’est pas sur le réseau de cette salle, ce ne peut donc pas être un ordinateur de la salle. Pour un serveur sur Internet, décochez «&#xa0;Un ordinateur de cette salle&#xa0;».</translation>
    </message>
    <message>
        <source>nothing answers at that address</source>
        <translation>rien ne répond à cette adresse</translation>
    </message>
    <message>
        <source>the server name could not be found (are you online?)</source>
        <translation>le nom du serveur est introuvable (êtes-vous connecté à Internet&#xa0;?)</translation>
    </message>
    <message>
        <source>the server there does not speak https (is the address http://?)</source>
        <translation>le serveur à cette adresse ne parle pas https (l’adresse commence-t-elle par http://&#xa0;?)</translation>
    </message>
    <message>
        <source>the server&apos;s security certificate could not be verified</source>
        <translation>le certificat de sécurité du serveur n’a pas pu être vérifié</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>le serveur n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>the server answered {status}</source>
        <translation>le serveur a répondu {status}</translation>
    </message>
    <message>
        <source>the connection failed ({problem})</source>
        <translation>la connexion a échoué ({problem})</translation>
    </message>
    <message>
        <source>the server sent a different part of the file than asked for</source>
        <translation>le serveur a envoyé une autre partie du fichier que celle demandée</translation>
    </message>
    <message>
        <source>the connection closed after {have} of {length}</source>
        <translation>la connexion s’est fermée après {have} sur {length}</translation>
    </message>
    <message>
        <source>the link stalled ({rate} bytes/s)</source>
        <translation>la liaison s’est bloquée ({rate} octets/s)</translation>
    </message>
    <message>
        <source>{reason}; nothing useful arrived for {seconds} s</source>
        <translation>{reason}&#xa0;; rien d’utile n’est arrivé depuis {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>{addresses} is not an address on a local network: sharing is for the computers in this room only. Choose one of this computer&apos;s addresses.</source>
        <translation>{addresses} n’est pas une adresse d’un réseau local&#xa0;: le partage est réservé aux ordinateurs de cette salle. Choisissez l’une des adresses de cet ordinateur.</translation>
    </message>
    <message>
        <source>No address is chosen: sharing is for the computers in this room only. Choose one of this computer&apos;s addresses.</source>
        <translation>Aucune adresse n’est choisie&#xa0;: le partage est réservé aux ordinateurs de cette salle. Choisissez l’une des adresses de cet ordinateur.</translation>
    </message>
    <message>
        <source>Could not share on port {port}: {problem}. Another program may be using it; choose another port.</source>
        <translation>Impossible de partager sur le port {port}&#xa0;: {problem}. Un autre programme l’utilise peut-être&#xa0;; choisissez un autre port.</translation>
    </message>
    <message>
        <source>Not enough free disk space to keep “{name}” offline: it needs {needed} (with room to spare), only {free} are free in {folder}. Nothing was changed.</source>
        <translation>Pas assez d’espace libre sur le disque pour garder «&#xa0;{name}&#xa0;» hors ligne&#xa0;: il faut {needed} (avec une marge), seuls {free} sont libres dans {folder}. Rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough free disk space to keep these %Ln documents offline: they need {needed} (with room to spare), only {free} are free in {folder}. Nothing was downloaded.</source>
        <translation>
            <numerusform>Pas assez d’espace libre sur le disque pour garder ces %Ln fichiers hors ligne&#xa0;: il leur faut {needed} (avec une marge), seuls {free} sont libres dans {folder}. Rien n’a été téléchargé.</numerusform>
            <numerusform>Pas assez d’espace libre sur le disque pour garder ces %Ln fichiers hors ligne&#xa0;: il leur faut {needed} (avec une marge), seuls {free} sont libres dans {folder}. Rien n’a été téléchargé.</numerusform>
        </translation>
    </message>
    <message>
        <source>it does not match the signed catalogue (damaged or tampered); it was deleted and not kept</source>
        <translation>il ne correspond pas au catalogue signé (endommagé ou falsifié)&#xa0;; il a été supprimé et n’est pas gardé</translation>
    </message>
    <message>
        <source>The disk is full; the download stopped. What was downloaded is kept and the next try resumes from there once space is freed.</source>
        <translation>Le disque est plein&#xa0;; le téléchargement s’est arrêté. Ce qui a été téléchargé est conservé et le prochain essai reprendra à partir de là, une fois de la place libérée.</translation>
    </message>
    <message>
        <source>it is not in the catalogue on this USB stick</source>
        <translation>il n’est pas dans le catalogue de cette clé USB</translation>
    </message>
    <message>
        <source>it is not in the catalogue in this folder</source>
        <translation>il n’est pas dans le catalogue de ce dossier</translation>
    </message>
    <message>
        <source>it is not in the catalogue in this file</source>
        <translation>il n’est pas dans le catalogue de ce fichier</translation>
    </message>
    <message>
        <source>it is not in the catalogue from this computer in the room</source>
        <translation>il n’est pas dans le catalogue de cet ordinateur de la salle</translation>
    </message>
    <message>
        <source>it is not in the catalogue from the server</source>
        <translation>il n’est pas dans le catalogue du serveur</translation>
    </message>
    <message>
        <source>Another download of documents is running; wait for it to finish.</source>
        <translation>Un autre téléchargement de fichiers est en cours&#xa0;; attendez qu’il se termine.</translation>
    </message>
    <message>
        <source>No item “{item}” in the catalogue in use.</source>
        <translation>Aucun élément «&#xa0;{item}&#xa0;» dans le catalogue utilisé.</translation>
    </message>
    <message numerus="yes">
        <source>No item “{item}” in the catalogue in use (nor %Ln more).</source>
        <translation>
            <numerusform>Aucun élément «&#xa0;{item}&#xa0;» dans le catalogue utilisé (ni %Ln autre).</numerusform>
            <numerusform>Aucun élément «&#xa0;{item}&#xa0;» dans le catalogue utilisé (ni %Ln autres).</numerusform>
        </translation>
    </message>
    <message>
        <source>No update server is known yet: enter its address in File → Update the catalogue…, or import the catalogue from a USB stick.</source>
        <translation>Aucun serveur de mise à jour n’est encore connu&#xa0;: saisissez son adresse dans Fichier → Mettre à jour le catalogue…, ou importez le catalogue depuis une clé USB.</translation>
    </message>
    <message>
        <source>Another publish into {repo} is running; wait for it to finish.</source>
        <translation>Une autre publication dans {repo} est en cours&#xa0;; attendez qu’elle se termine.</translation>
    </message>
    <message>
        <source>Version {version} is not above v{newest}, the newest in {repo}; clients would refuse it.</source>
        <translation>La version {version} n’est pas supérieure à la v{newest}, la plus récente dans {repo}&#xa0;; les clients la refuseraient.</translation>
    </message>
    <message>
        <source>Item “{item}”: the file of attachment “{filename}” is neither in the source folder nor in {folder}.</source>
        <translation>Élément «&#xa0;{item}&#xa0;»&#xa0;: le fichier de la pièce jointe «&#xa0;{filename}&#xa0;» n’est ni dans le dossier source ni dans {folder}.</translation>
    </message>
    <message>
        <source>Item “{item}”: {path} changed while it was being published; publish again.</source>
        <translation>Élément «&#xa0;{item}&#xa0;»&#xa0;: {path} a changé pendant sa publication&#xa0;; publiez de nouveau.</translation>
    </message>
    <message>
        <source>{path} is not a catalogue snapshot; remove it from {repo}.</source>
        <translation>{path} n’est pas un instantané de catalogue&#xa0;; retirez-le de {repo}.</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); remove it from the repository and publish again.</source>
        <translation>{path} est endommagé ({problem})&#xa0;; retirez-le du dépôt et publiez de nouveau.</translation>
    </message>
</context>
<context>
    <name>VersionsBox</name>
    <message>
        <source>Versions on this computer</source>
        <translation>Versions sur cet ordinateur</translation>
    </message>
    <message>
        <source>Roll back to v{version}</source>
        <translation>Revenir à la v{version}</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <source>v{version} · bundled with the app</source>
        <translation>v{version} · fournie avec l’application</translation>
    </message>
    <message>
        <source>v{version} · in use · bundled with the app</source>
        <translation>v{version} · utilisée · fournie avec l’application</translation>
    </message>
    <message>
        <source>v{version} · in use · from {origin}</source>
        <translation>v{version} · utilisée · de {origin}</translation>
    </message>
    <message>
        <source>v{version} · used before · from {origin}</source>
        <translation>v{version} · utilisée avant · de {origin}</translation>
    </message>
    <message>
        <source>Now using catalogue v{version}; roll back again to undo.</source>
        <translation>Catalogue v{version} maintenant utilisé&#xa0;; revenez en arrière à nouveau pour annuler.</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Taille &amp;normale du texte</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>TVET Desktop is already open. To install the catalogue in {file}, choose File → Update the catalogue… → Import bundle… in its window.</source>
        <translation>TVET Desktop est déjà ouvert. Pour installer le catalogue de {file}, choisissez Fichier → Mettre à jour le catalogue… → Importer un paquet… dans sa fenêtre.</translation>
    </message>
    <message>
        <source>Import a catalogue</source>
        <translation>Importer un catalogue</translation>
    </message>
    <message>
        <source>Your notes need attention</source>
        <translation>Vos notes demandent votre attention</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Start with empty notes</source>
        <translation>Repartir avec des notes vides</translation>
    </message>
    <message>
        <source>TVET Desktop cannot open your notes</source>
        <translation>TVET Desktop ne peut pas ouvrir vos notes</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique prometteuse</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Terme du glossaire</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Ma note</translation>
    </message>
    <message>
        <source>My document</source>
        <translation>Mon document</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>No longer in the catalogue</source>
        <translation>N’est plus dans le catalogue</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonais</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coréen</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>swahili</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Soumis par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Facts from: {sources}</source>
        <translation>Informations tirées de&#xa0;: {sources}</translation>
    </message>
    <message>
        <source>Source: {address}</source>
        <translation>Source&#xa0;: {address}</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>TVET Desktop met an unexpected problem ({what}). Your notes are saved as you type; if something no longer works, close and open the app again. The details are in {log}: please send that file to whoever looks after this computer.</source>
        <translation>TVET Desktop a rencontré un problème inattendu ({what}). Vos notes sont enregistrées au fil de la frappe&#xa0;; si quelque chose ne fonctionne plus, fermez puis rouvrez l’application. Les détails sont dans {log}&#xa0;: envoyez ce fichier à la personne qui s’occupe de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong inside TVET Desktop ({problem}); the details are in {log}</source>
        <translation>Un problème est survenu dans TVET Desktop ({problem})&#xa0;; les détails sont dans {log}</translation>
    </message>
    <message>
        <source>the catalogue or notes file is damaged ({problem})</source>
        <translation>le fichier du catalogue ou des notes est endommagé ({problem})</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Ma note</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Source: {address}</source>
        <translation>Source&#xa0;: {address}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>page {page}</translation>
    </message>
    <message>
        <source>No longer in the catalogue (kept in your list).</source>
        <translation>N’est plus dans le catalogue (conservé dans votre liste).</translation>
    </message>
    <message>
        <source>From the TVET Desktop catalogue v{version} of {date}. The catalogue describes publications, practices and programmes of UNESCO-UNEVOC and its network.</source>
        <translation>Tiré du catalogue TVET Desktop v{version} du {date}. Le catalogue décrit des publications, des pratiques et des programmes de l’UNESCO-UNEVOC et de son réseau.</translation>
    </message>
    <message>
        <source>{title} · page {page} of {pages}</source>
        <translation>{title} · page {page} sur {pages}</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Le guide de l’utilisateur manque dans cette installation.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>An offline library for trainers and teachers in technical and vocational education and training.</source>
        <translation>Une bibliothèque hors ligne pour les formateurs et les enseignants de l’enseignement et de la formation techniques et professionnels (EFTP).</translation>
    </message>
    <message>
        <source>Catalogue v{version} of {date}, from {origin}. Items: {count}.</source>
        <translation>Catalogue v{version} du {date}, de {origin}. Éléments&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>The catalogue describes publications, promising practices, programmes, events and glossary terms of UNESCO-UNEVOC, the UNESCO International Centre for Technical and Vocational Education and Training, and its network. The summaries were written for this app; each item names the pages its facts come from, and the originals remain the work of their authors.</source>
        <translation>Le catalogue décrit des publications, des pratiques prometteuses, des programmes, des événements et des termes du glossaire de l’UNESCO-UNEVOC, le Centre international de l’UNESCO pour l’enseignement et la formation techniques et professionnels, et de son réseau. Les résumés ont été rédigés pour cette application&#xa0;; chaque élément indique les pages d’où viennent ses informations, et les originaux restent l’œuvre de leurs auteurs.</translation>
    </message>
    <message>
        <source>TVET Desktop is free software under the MIT licence.</source>
        <translation>TVET Desktop est un logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Réalisé avec</translation>
    </message>
    <message>
        <source>About TVET Desktop</source>
        <translation>À propos de TVET Desktop</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>the document was removed</source>
        <translation>le document a été retiré</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>Note sans titre</translation>
    </message>
    <message>
        <source>This item is no longer in the catalogue; your entry is kept.</source>
        <translation>Cet élément n’est plus dans le catalogue&#xa0;; votre entrée est conservée.</translation>
    </message>
    <message>
        <source>This document was removed from your documents; your entry is kept.</source>
        <translation>Ce fichier a été retiré de vos documents&#xa0;; votre entrée est conservée.</translation>
    </message>
    <message>
        <source>on “{title}”</source>
        <translation>sur «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>no longer in the catalogue</source>
        <translation>n’est plus dans le catalogue</translation>
    </message>
    <message>
        <source>the item has changed since this note was written</source>
        <translation>l’élément a changé depuis l’écriture de cette note</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <source>&amp;Follow the system</source>
        <translation>&amp;Suivre le système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Contraste &amp;élevé</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Contrôle de l’intégrité</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>ajoutée par vous</translation>
    </message>
    <message>
        <source>shipped with the app</source>
        <translation>fournie avec l’application</translation>
    </message>
    <message>
        <source>bundled with the app</source>
        <translation>fourni avec l’application</translation>
    </message>
    <message>
        <source>an earlier update</source>
        <translation>une mise à jour antérieure</translation>
    </message>
</context>
</TS>

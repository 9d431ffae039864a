<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CatalogSentences</name>
    <message>
        <source>No catalogue file at {path}.</source>
        <translation>لا يوجد ملف فهرس في {path}.</translation>
    </message>
    <message>
        <source>The catalogue {path} was closed.</source>
        <translation>أُغلق الفهرس {path}.</translation>
    </message>
    <message>
        <source>{path} is not a readable TVET Desktop catalogue ({names}: not as TVET Desktop builds them).</source>
        <translation>‏{path} ليس فهرسًا مقروءًا من فهارس TVET Desktop ‏({names}: ليست كما يبنيها TVET Desktop).</translation>
    </message>
    <message>
        <source>{path} is not a readable TVET Desktop catalogue ({problem}).</source>
        <translation>‏{path} ليس فهرسًا مقروءًا من فهارس TVET Desktop ‏({problem}).</translation>
    </message>
    <message>
        <source>{path} has catalogue format {format}; this app reads {reads}.</source>
        <translation>‏{path} بتنسيق الفهرس {format}؛ وهذا التطبيق يقرأ التنسيق {reads}.</translation>
    </message>
    <message>
        <source>Shortened: this text has {length} characters; the first {shown} are shown.</source>
        <translation>نص مختصر: يضم {length} حرفًا؛ تُعرض أول {shown} منها.</translation>
    </message>
    <message>
        <source>Shortened: this page has {length} characters; the first {shown} are shown.</source>
        <translation>صفحة مختصرة: تضم {length} حرفًا؛ تُعرض أول {shown} منها.</translation>
    </message>
    <message>
        <source>Shortened: this file is longer than {shown} characters; the beginning is shown.</source>
        <translation>ملف مختصر: يتجاوز {shown} حرف؛ يُعرض أوله فقط.</translation>
    </message>
    <message>
        <source>This text has more than {cells} table cells, so its tables are shown as text.</source>
        <translation>يحتوي هذا النص على أكثر من {cells} خلية جدول، لذا تُعرض جداوله نصًا عاديًا.</translation>
    </message>
    <message>
        <source>This text is nested more than {levels} levels deep, so it is shown as plain text.</source>
        <translation>يتداخل هذا النص في أكثر من {levels} مستويات، لذا يُعرض نصًا عاديًا.</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>What changed from v{old} to v{new}</source>
        <translation>ما الذي تغيّر من الإصدار {old} إلى الإصدار {new}</translation>
    </message>
    <message>
        <source>No item was added, changed or removed.</source>
        <translation>لم يُضَف أي عنصر ولم يُعدَّل أو يُزَل.</translation>
    </message>
    <message>
        <source>Added ({count})</source>
        <translation>أُضيف ({count})</translation>
    </message>
    <message>
        <source>Changed ({count})</source>
        <translation>عُدِّل ({count})</translation>
    </message>
    <message>
        <source>Removed from the catalogue ({count})</source>
        <translation>أُزيل من الفهرس ({count})</translation>
    </message>
</context>
<context>
    <name>CollectionsList</name>
    <message>
        <source>Your library</source>
        <translation>مكتبتك</translation>
    </message>
    <message>
        <source>Where to search: all items, your notes, your bookmarks or one of your reading lists.</source>
        <translation>أين تبحث: كل العناصر، أو ملاحظاتك، أو إشاراتك المرجعية، أو إحدى قوائم القراءة لديك.</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>مستنداتي</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>كل العناصر</translation>
    </message>
    <message>
        <source>My notes ({count})</source>
        <translation>ملاحظاتي ({count})</translation>
    </message>
    <message>
        <source>My documents ({count})</source>
        <translation>مستنداتي ({count})</translation>
    </message>
    <message>
        <source>Bookmarks ({count})</source>
        <translation>الإشارات المرجعية ({count})</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Remove document…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Remove this document from your documents; your note on it is kept</source>
        <translation>إزالة هذا المستند من مستنداتك؛ تبقى ملاحظتك عليه محفوظة</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>إزالة المستند</translation>
    </message>
    <message>
        <source>Removes the open document and its copy in your data folder, after asking; your note on it is kept.</source>
        <translation>يزيل المستند المفتوح ونسخته في مجلد بياناتك بعد السؤال؛ تبقى ملاحظتك عليه محفوظة.</translation>
    </message>
    <message>
        <source>Remove this document…</source>
        <translation>إزالة هذا المستند…</translation>
    </message>
    <message>
        <source>Open one of your documents first (My documents).</source>
        <translation>افتح أولًا أحد مستنداتك (مستنداتي).</translation>
    </message>
    <message>
        <source>A document is still being removed; try again in a moment.</source>
        <translation>لا يزال حذف مستند جارياً؛ حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>Documents are still being added; remove this one once that has finished.</source>
        <translation>ما زالت إضافة المستندات جارية؛ أزل هذا المستند بعد انتهائها.</translation>
    </message>
    <message>
        <source>Remove “{title}” from your documents? Its copy in your data folder is deleted; the file you added it from is not touched. Your note on it, its bookmark and its place in your reading lists are kept.</source>
        <translation>هل تريد إزالة «{title}» من مستنداتك؟ ستُحذف نسخته في مجلد بياناتك، ولن يُمسّ الملف الذي أضفته منه. تبقى ملاحظتك عليه وإشارته المرجعية ومكانه في قوائم القراءة محفوظة.</translation>
    </message>
    <message>
        <source>Read a folder again</source>
        <translation>إعادة قراءة مجلد</translation>
    </message>
    <message>
        <source>Files changed in the folder and their new versions were added, but your notes cannot be saved now; the earlier versions stay beside them.</source>
        <translation>تغيّرت ملفات في المجلد وأُضيفت نسخها الجديدة، لكن لا يمكن حفظ ملاحظاتك الآن؛ تبقى النسخ السابقة بجانبها.</translation>
    </message>
    <message>
        <source>“{title}” changed in its folder and its new version was added, but your notes could not be moved to it ({problem}); the earlier version stays beside it.</source>
        <translation>تغيّر «{title}» في مجلده وأُضيفت نسخته الجديدة، لكن تعذّر نقل ملاحظاتك إليها ‏({problem})؛ تبقى النسخة السابقة بجانبها.</translation>
    </message>
    <message>
        <source>Removed “{title}”; your note on it is kept under My notes.</source>
        <translation>أُزيل «{title}»؛ ملاحظتك عليه محفوظة في ملاحظاتي.</translation>
    </message>
    <message>
        <source>Read a folder of documents again</source>
        <translation>قراءة مجلد مستندات مجددًا</translation>
    </message>
</context>
<context>
    <name>DocumentAdder</name>
    <message>
        <source>Adding documents</source>
        <translation>إضافة مستندات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop adding; the documents added so far are kept</source>
        <translation>إيقاف الإضافة؛ تُحفظ المستندات التي أُضيفت حتى الآن</translation>
    </message>
    <message>
        <source>Documents are still being added; add these once it has finished.</source>
        <translation>ما زالت إضافة المستندات جارية؛ أضف هذه بعد انتهائها.</translation>
    </message>
    <message>
        <source>Looking for documents…</source>
        <translation>جارٍ البحث عن المستندات…</translation>
    </message>
    <message>
        <source>Stopping after this file…</source>
        <translation>سيتوقف بعد هذا الملف…</translation>
    </message>
    <message>
        <source>Adding {done} of {total}: {name}</source>
        <translation>إضافة {done} من {total}: {name}</translation>
    </message>
    <message>
        <source>Documents not added</source>
        <translation>لم تُضَف المستندات</translation>
    </message>
    <message>
        <source>Adding documents stopped: {message}. The documents added before it are kept.</source>
        <translation>توقفت إضافة المستندات: {message}. المستندات التي أُضيفت قبل ذلك محفوظة.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added</source>
        <translation>
            <numerusform>لم يُضَف أي مستند</numerusform>
            <numerusform>أُضيف مستند واحد</numerusform>
            <numerusform>أُضيف مستندان</numerusform>
            <numerusform>أُضيفت %n مستندات</numerusform>
            <numerusform>أُضيف %n مستندًا</numerusform>
            <numerusform>أُضيف %n مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated to the new version of its file</source>
        <translation>
            <numerusform>لم يُحدَّث أي مستند</numerusform>
            <numerusform>حُدِّث مستند واحد إلى النسخة الجديدة من ملفه</numerusform>
            <numerusform>حُدِّث مستندان إلى النسخة الجديدة من ملفيهما</numerusform>
            <numerusform>حُدِّثت %n مستندات إلى النسخة الجديدة من ملفاتها</numerusform>
            <numerusform>حُدِّث %n مستندًا إلى النسخة الجديدة من ملفاته</numerusform>
            <numerusform>حُدِّث %n مستند إلى النسخة الجديدة من ملفاته</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>لا مستندات موجودة من قبل</numerusform>
            <numerusform>مستند واحد موجود من قبل</numerusform>
            <numerusform>مستندان موجودان من قبل</numerusform>
            <numerusform>%n مستندات موجودة من قبل</numerusform>
            <numerusform>%n مستندًا موجودًا من قبل</numerusform>
            <numerusform>%n مستند موجود من قبل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: you removed them before</source>
        <translation>
            <numerusform>لم يُترك أي ملف</numerusform>
            <numerusform>تُرك ملف واحد: أزلته من قبل</numerusform>
            <numerusform>تُرك ملفان: أزلتهما من قبل</numerusform>
            <numerusform>تُركت %n ملفات: أزلتها من قبل</numerusform>
            <numerusform>تُرك %n ملفًا: أزلتها من قبل</numerusform>
            <numerusform>تُرك %n ملف: أزلتها من قبل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be added</source>
        <translation>
            <numerusform>لم تتعذّر إضافة أي مستند</numerusform>
            <numerusform>تعذّرت إضافة مستند واحد</numerusform>
            <numerusform>تعذّرت إضافة مستندين</numerusform>
            <numerusform>تعذّرت إضافة %n مستندات</numerusform>
            <numerusform>تعذّرت إضافة %n مستندًا</numerusform>
            <numerusform>تعذّرت إضافة %n مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer in the folder (kept until you remove it)</source>
        <translation>
            <numerusform>لا مستندات غائبة عن المجلد</numerusform>
            <numerusform>مستند واحد لم يعد في المجلد (يبقى إلى أن تزيله)</numerusform>
            <numerusform>مستندان لم يعودا في المجلد (يبقيان إلى أن تزيلهما)</numerusform>
            <numerusform>%n مستندات لم تعد في المجلد (تبقى إلى أن تزيلها)</numerusform>
            <numerusform>%n مستندًا لم يعد في المجلد (تبقى إلى أن تزيلها)</numerusform>
            <numerusform>%n مستند لم يعد في المجلد (تبقى إلى أن تزيلها)</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped before the end</source>
        <translation>توقّف قبل النهاية</translation>
    </message>
    <message>
        <source>These documents are no longer in the folder; they stay in My documents until you remove them:</source>
        <translation>لم تعد هذه المستندات في المجلد؛ تبقى في مستنداتي إلى أن تزيلها:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see Details).</source>
        <translation>
            <numerusform>… ولا ملفات أخرى.</numerusform>
            <numerusform>… وملف آخر (انظر التفاصيل).</numerusform>
            <numerusform>… وملفان آخران (انظر التفاصيل).</numerusform>
            <numerusform>… و%n ملفات أخرى (انظر التفاصيل).</numerusform>
            <numerusform>… و%n ملفًا آخر (انظر التفاصيل).</numerusform>
            <numerusform>… و%n ملف آخر (انظر التفاصيل).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some documents were not added</source>
        <translation>لم تُضَف بعض المستندات</translation>
    </message>
    <message>
        <source>Folder read again</source>
        <translation>أُعيدت قراءة المجلد</translation>
    </message>
</context>
<context>
    <name>DocumentSentences</name>
    <message>
        <source>“{name}” does not exist; check the name and the folder.</source>
        <translation>«{name}» غير موجود؛ تحقّق من الاسم ومن المجلد.</translation>
    </message>
    <message>
        <source>“{name}” is not a kind of document the app reads (PDF, EPUB, web page, Markdown or text).</source>
        <translation>«{name}» ليس من أنواع المستندات التي يقرؤها التطبيق (PDF أو EPUB أو صفحة ويب أو Markdown أو نص).</translation>
    </message>
    <message>
        <source>The folder “{name}” cannot be read: you do not have permission to open it; the files in the other folders were looked at.</source>
        <translation>تتعذّر قراءة المجلد «{name}»: ليس لديك إذن بفتحه؛ وقد فُحصت الملفات في المجلدات الأخرى.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read ({problem}).</source>
        <translation>تتعذّر قراءة «{name}» ‏({problem}).</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: you do not have permission to open it.</source>
        <translation>تتعذّر قراءة «{name}»: ليس لديك إذن بفتحه.</translation>
    </message>
    <message>
        <source>“{name}” is {size}, larger than the {cap} a document may be; split it or keep it outside the app.</source>
        <translation>حجم «{name}» هو {size}، أي أكبر من الحد المسموح به للمستند وهو {cap}؛ قسّمه أو احتفظ به خارج التطبيق.</translation>
    </message>
    <message>
        <source>“{name}” is empty (0 bytes); there is nothing to add.</source>
        <translation>«{name}» فارغ (0 بايت)؛ لا يوجد ما يُضاف.</translation>
    </message>
    <message>
        <source>“{name}” is not {claimed} whatever its name says (it holds {found}); check that the file is the one you meant.</source>
        <translation>«{name}» ليس {claimed} مهما قال اسمه (إنه يحتوي على {found})؛ تحقّق من أنه الملف الذي تقصده.</translation>
    </message>
    <message>
        <source>“{name}” has no text and no pages; there is nothing to add.</source>
        <translation>«{name}» لا يحتوي على نص ولا صفحات؛ لا يوجد ما يُضاف.</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>ملف PDF</translation>
    </message>
    <message>
        <source>an EPUB book</source>
        <translation>كتاب EPUB</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>صفحة ويب</translation>
    </message>
    <message>
        <source>a Markdown file</source>
        <translation>ملف Markdown</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>ملفًا نصيًا</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>مستندًا</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>أرشيف zip</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>بيانات ثنائية</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <source>“{name}” was not added: the disk is full ({size} needed); free some space and add it again.</source>
        <translation>لم يُضَف «{name}»: القرص ممتلئ (يلزم {size})؛ أفرغ بعض المساحة ثم أضِفه من جديد.</translation>
    </message>
    <message>
        <source>“{name}” could not be copied ({problem}); nothing of it was kept.</source>
        <translation>تعذّر نسخ «{name}» ‏({problem})؛ ولم يُحتفظ بشيء منه.</translation>
    </message>
    <message>
        <source>“{name}” was not added: the disk is full; free some space and add it again.</source>
        <translation>لم يُضَف «{name}»: القرص ممتلئ؛ أفرغ بعض المساحة ثم أضِفه من جديد.</translation>
    </message>
    <message>
        <source>“{name}” was not added: another program is adding documents; try again when it has finished.</source>
        <translation>لم يُضَف «{name}»: برنامج آخر يضيف مستندات الآن؛ أعد المحاولة عندما ينتهي.</translation>
    </message>
    <message>
        <source>“{name}” was not added ({problem}); nothing of it was kept.</source>
        <translation>لم يُضَف «{name}» ‏({problem})؛ ولم يُحتفظ بشيء منه.</translation>
    </message>
    <message>
        <source>“{name}” was not removed: the disk is full; free some space and try again.</source>
        <translation>لم يُحذف «{name}»: القرص ممتلئ؛ أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>“{name}” was not removed: another program is adding documents; try again when it has finished.</source>
        <translation>لم يُحذف «{name}»: برنامج آخر يضيف مستندات الآن؛ حاول مرة أخرى عندما ينتهي.</translation>
    </message>
    <message>
        <source>“{name}” was not removed ({problem}); it is still in your documents.</source>
        <translation>لم يُحذف «{name}» ‏({problem})؛ لا يزال ضمن مستنداتك.</translation>
    </message>
    <message>
        <source>Your documents cannot be opened ({problem}); the files in {folder} are untouched.</source>
        <translation>يتعذّر فتح مستنداتك ({problem})؛ والملفات في {folder} لم تُمَسّ.</translation>
    </message>
    <message>
        <source>The documents folder {folder} cannot be used ({problem}).</source>
        <translation>يتعذّر استخدام مجلد المستندات {folder} ‏({problem}).</translation>
    </message>
    <message>
        <source>Documents were closed.</source>
        <translation>أُغلقت المستندات.</translation>
    </message>
    <message>
        <source>“{name}” is protected by a password; open it in the program that made it, save a copy without the password, and add that.</source>
        <translation>«{name}» محمي بكلمة مرور؛ افتحه في البرنامج الذي أنشأه، واحفظ نسخة منه دون كلمة مرور، ثم أضِف تلك النسخة.</translation>
    </message>
    <message>
        <source>“{name}” is damaged or not a complete PDF (PDFium could not read it); copy it again from its source.</source>
        <translation>«{name}» تالف أو ليس ملف PDF كاملًا (تعذّر على PDFium قراءته)؛ انسخه من مصدره من جديد.</translation>
    </message>
    <message>
        <source>“{name}” could not be read as a PDF ({problem}); copy it again from its source.</source>
        <translation>تعذّرت قراءة «{name}» بوصفه ملف PDF ‏({problem})؛ انسخه من مصدره من جديد.</translation>
    </message>
    <message>
        <source>“{name}” is a PDF with no pages; there is nothing to add.</source>
        <translation>«{name}» ملف PDF بلا صفحات؛ لا يوجد ما يُضاف.</translation>
    </message>
    <message>
        <source>“{name}” is damaged or not a complete EPUB book ({problem}); copy it again from its source.</source>
        <translation>«{name}» تالف أو ليس كتاب EPUB كاملًا ({problem})؛ انسخه من مصدره من جديد.</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” was not added: it holds %Ln file(s), more than a book ever does.</source>
        <translation>
            <numerusform>لم يُضَف «{name}»: إنه لا يحتوي على أي ملف، وهذا ليس كتابًا.</numerusform>
            <numerusform>لم يُضَف «{name}»: إنه يحتوي على ملف واحد، أكثر مما يحتويه أي كتاب.</numerusform>
            <numerusform>لم يُضَف «{name}»: إنه يحتوي على ملفين، أكثر مما يحتويه أي كتاب.</numerusform>
            <numerusform>لم يُضَف «{name}»: إنه يحتوي على %Ln ملفات، أكثر مما يحتويه أي كتاب.</numerusform>
            <numerusform>لم يُضَف «{name}»: إنه يحتوي على %Ln ملفًا، أكثر مما يحتويه أي كتاب.</numerusform>
            <numerusform>لم يُضَف «{name}»: إنه يحتوي على %Ln ملف، أكثر مما يحتويه أي كتاب.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was not added: it holds a file named “{entry}” that points outside the book.</source>
        <translation>لم يُضَف «{name}»: إنه يحتوي على ملف اسمه «{entry}» يشير إلى خارج الكتاب.</translation>
    </message>
    <message>
        <source>“{name}” was not added: it unpacks to far more than its size (a zip bomb).</source>
        <translation>لم يُضَف «{name}»: يتمدّد عند فكّ ضغطه إلى أضعاف حجمه بكثير (قنبلة zip).</translation>
    </message>
    <message>
        <source>“{name}” was not added: the file “{entry}” it names is missing.</source>
        <translation>لم يُضَف «{name}»: الملف «{entry}» الذي يذكره مفقود.</translation>
    </message>
    <message>
        <source>“{name}” was not added: it is damaged ({problem}).</source>
        <translation>لم يُضَف «{name}»: إنه تالف ({problem}).</translation>
    </message>
    <message>
        <source>“{name}” was not added: its file “{entry}” is damaged ({problem}).</source>
        <translation>لم يُضَف «{name}»: ملفه «{entry}» تالف ({problem}).</translation>
    </message>
    <message>
        <source>“{name}” was not added: it does not say where its contents are (META-INF/container.xml).</source>
        <translation>لم يُضَف «{name}»: إنه لا يذكر مكان محتوياته (META-INF/container.xml).</translation>
    </message>
    <message>
        <source>“{name}” was not added: it has no chapters in its reading order.</source>
        <translation>لم يُضَف «{name}»: لا توجد فصول في ترتيب قراءته.</translation>
    </message>
    <message>
        <source>“{name}” is damaged or is not a safe EPUB book.</source>
        <translation>«{name}» تالف أو ليس كتاب EPUB آمنًا.</translation>
    </message>
    <message>
        <source>“{name}” was not added: the chapter “{entry}” it names is missing.</source>
        <translation>لم يُضَف «{name}»: الفصل «{entry}» الذي يذكره مفقود.</translation>
    </message>
    <message>
        <source>There is no document {id}.</source>
        <translation>لا يوجد مستند {id}.</translation>
    </message>
    <message>
        <source>{id} is an earlier version of “{title}”, whose file changed; its latest version is {later}.</source>
        <translation>{id} نسخة سابقة من «{title}» الذي تغيّر ملفه؛ أحدث نسخة منه هي {later}.</translation>
    </message>
    <message>
        <source>The copy of “{title}” is missing from {folder}; remove the document and add it again.</source>
        <translation>نسخة «{title}» مفقودة من {folder}؛ أزِل المستند ثم أضِفه من جديد.</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Document text</source>
        <translation>نص المستند</translation>
    </message>
    <message>
        <source>Why this document is not shown</source>
        <translation>سبب عدم عرض هذا المستند</translation>
    </message>
    <message>
        <source>Open with the system viewer</source>
        <translation>فتح بعارض النظام</translation>
    </message>
    <message>
        <source>Open this file in the program your computer uses for it</source>
        <translation>فتح هذا الملف بالبرنامج المعتاد على حاسوبك</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>الفصل السابق</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>الفصل</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>الفصل التالي</translation>
    </message>
    <message>
        <source>The file of this document is not on this computer.</source>
        <translation>ملف هذا المستند غير موجود على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>You can still try the system viewer.</source>
        <translation>ما زال بإمكانك تجربة عارض النظام.</translation>
    </message>
    <message>
        <source>Chapter {number} of {count}</source>
        <translation>الفصل {number} من {count}</translation>
    </message>
    <message>
        <source>This document could not be shown: {problem}</source>
        <translation>تعذّر عرض هذا المستند: {problem}</translation>
    </message>
    <message>
        <source>No program on this computer opened {file}.</source>
        <translation>لم يفتح أي برنامج على هذا الحاسوب {file}.</translation>
    </message>
    <message>
        <source>Chapter {number}</source>
        <translation>الفصل {number}</translation>
    </message>
</context>
<context>
    <name>DocumentWords</name>
    <message>
        <source>p. {page}</source>
        <translation>ص. {page}</translation>
    </message>
    <message>
        <source>in “{title}”</source>
        <translation>في «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>p. {page} and %Ln more page(s)</source>
        <translation>
            <numerusform>ص. {page}</numerusform>
            <numerusform>ص. {page} وصفحة أخرى</numerusform>
            <numerusform>ص. {page} وصفحتان أخريان</numerusform>
            <numerusform>ص. {page} و%Ln صفحات أخرى</numerusform>
            <numerusform>ص. {page} و%Ln صفحة أخرى</numerusform>
            <numerusform>ص. {page} و%Ln صفحة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;p. {page}&lt;/b&gt;: {passage}</source>
        <translation>&lt;b&gt;ص. {page}&lt;/b&gt;: {passage}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %Ln page(s)</source>
        <translation>
            <numerusform>{kind} · بلا صفحات</numerusform>
            <numerusform>{kind} · صفحة واحدة</numerusform>
            <numerusform>{kind} · صفحتان</numerusform>
            <numerusform>{kind} · %Ln صفحات</numerusform>
            <numerusform>{kind} · %Ln صفحة</numerusform>
            <numerusform>{kind} · %Ln صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %Ln page(s) · no searchable text</source>
        <translation>
            <numerusform>{kind} · بلا صفحات · لا نص قابل للبحث</numerusform>
            <numerusform>{kind} · صفحة واحدة · لا نص قابل للبحث</numerusform>
            <numerusform>{kind} · صفحتان · لا نص قابل للبحث</numerusform>
            <numerusform>{kind} · %Ln صفحات · لا نص قابل للبحث</numerusform>
            <numerusform>{kind} · %Ln صفحة · لا نص قابل للبحث</numerusform>
            <numerusform>{kind} · %Ln صفحة · لا نص قابل للبحث</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>كتاب EPUB</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>صفحة ويب</translation>
    </message>
    <message>
        <source>Markdown file</source>
        <translation>ملف Markdown</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>ملف نصي</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <source>Documents of this item</source>
        <translation>مستندات هذا العنصر</translation>
    </message>
    <message>
        <source>Keep offline</source>
        <translation>إتاحة دون اتصال</translation>
    </message>
    <message>
        <source>Download these documents to this computer, to read them without a connection</source>
        <translation>تنزيل هذه المستندات إلى هذا الحاسوب لقراءتها دون اتصال</translation>
    </message>
    <message>
        <source>Remove from this computer</source>
        <translation>إزالة من هذا الحاسوب</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Not on this computer</source>
        <translation>ليس على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <source>Read it here, or with the system viewer when the app cannot show it</source>
        <translation>قراءته هنا، أو بعارض النظام إن لم يستطع التطبيق عرضه</translation>
    </message>
    <message numerus="yes">
        <source>{name} · {size} · %n page(s)</source>
        <translation>
            <numerusform>{name} · {size} · بلا صفحات</numerusform>
            <numerusform>{name} · {size} · صفحة واحدة</numerusform>
            <numerusform>{name} · {size} · صفحتان</numerusform>
            <numerusform>{name} · {size} · %n صفحات</numerusform>
            <numerusform>{name} · {size} · %n صفحة</numerusform>
            <numerusform>{name} · {size} · %n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · {size}</source>
        <translation>{name} · {size}</translation>
    </message>
    <message>
        <source>No program on this computer opened “{name}”.</source>
        <translation>لم يفتح أي برنامج على هذا الحاسوب «{name}».</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) removed from this computer ({size} freed); your notes are kept.</source>
        <translation>
            <numerusform>لم يُزَل أي مستند من هذا الحاسوب (المساحة المحرَّرة {size})؛ ملاحظاتك محفوظة.</numerusform>
            <numerusform>أُزيل مستند واحد من هذا الحاسوب (تحرّرت مساحة {size})؛ ملاحظاتك محفوظة.</numerusform>
            <numerusform>أُزيل مستندان من هذا الحاسوب (تحرّرت مساحة {size})؛ ملاحظاتك محفوظة.</numerusform>
            <numerusform>أُزيلت %n مستندات من هذا الحاسوب (تحرّرت مساحة {size})؛ ملاحظاتك محفوظة.</numerusform>
            <numerusform>أُزيل %n مستندًا من هذا الحاسوب (تحرّرت مساحة {size})؛ ملاحظاتك محفوظة.</numerusform>
            <numerusform>أُزيل %n مستند من هذا الحاسوب (تحرّرت مساحة {size})؛ ملاحظاتك محفوظة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>تصفّح</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>العناصر</translation>
    </message>
    <message>
        <source>A group of filters; the right arrow opens it, the left arrow closes it.</source>
        <translation>مجموعة من عوامل التصفية؛ السهم الأيسر يفتحها والسهم الأيمن يغلقها.</translation>
    </message>
    <message numerus="yes">
        <source>{value}: %Ln item(s)</source>
        <translation>
            <numerusform>{value}: لا عناصر</numerusform>
            <numerusform>{value}: عنصر واحد</numerusform>
            <numerusform>{value}: عنصران</numerusform>
            <numerusform>{value}: %Ln عناصر</numerusform>
            <numerusform>{value}: %Ln عنصرًا</numerusform>
            <numerusform>{value}: %Ln عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value}, %Ln item(s), selected</source>
        <translation>
            <numerusform>{value}، لا عناصر، محدَّد</numerusform>
            <numerusform>{value}، عنصر واحد، محدَّد</numerusform>
            <numerusform>{value}، عنصران، محدَّد</numerusform>
            <numerusform>{value}، %Ln عناصر، محدَّد</numerusform>
            <numerusform>{value}، %Ln عنصرًا، محدَّد</numerusform>
            <numerusform>{value}، %Ln عنصر، محدَّد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value}, %Ln item(s)</source>
        <translation>
            <numerusform>{value}، لا عناصر</numerusform>
            <numerusform>{value}، عنصر واحد</numerusform>
            <numerusform>{value}، عنصران</numerusform>
            <numerusform>{value}، %Ln عناصر</numerusform>
            <numerusform>{value}، %Ln عنصرًا</numerusform>
            <numerusform>{value}، %Ln عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticked: only items with this value are shown. Space unticks it.</source>
        <translation>محدَّد: لا تظهر إلا العناصر التي لها هذه القيمة. مفتاح المسافة يلغي تحديده.</translation>
    </message>
    <message>
        <source>Space ticks it, to show only items with this value.</source>
        <translation>مفتاح المسافة يحدّده، لإظهار العناصر التي لها هذه القيمة فقط.</translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message>
        <source>Open an item, or choose a reading list or My notes, to make a handout of it.</source>
        <translation>افتح عنصرًا، أو اختر قائمة قراءة أو «ملاحظاتي»، لتصنع منها مطبوعة للمتدرّبين.</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>حفظ المطبوعة بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the handout “{title}” to {path} (%Ln page(s)).</source>
        <translation>
            <numerusform>حُفظت المطبوعة «{title}» في {path} (بلا صفحات).</numerusform>
            <numerusform>حُفظت المطبوعة «{title}» في {path} (صفحة واحدة).</numerusform>
            <numerusform>حُفظت المطبوعة «{title}» في {path} (صفحتان).</numerusform>
            <numerusform>حُفظت المطبوعة «{title}» في {path} (%Ln صفحات).</numerusform>
            <numerusform>حُفظت المطبوعة «{title}» في {path} (%Ln صفحة).</numerusform>
            <numerusform>حُفظت المطبوعة «{title}» في {path} (%Ln صفحة).</numerusform>
        </translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>المطبوعة</translation>
    </message>
    <message>
        <source>The handout could not be made: {reason}.</source>
        <translation>تعذّر إنشاء المطبوعة: {reason}.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>مثل النظام ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>TVET Desktop will speak {language} when it starts again. Start it again now? Your note is saved first.</source>
        <translation>سيعمل TVET Desktop باللغة {language} عند تشغيله من جديد. هل تريد إعادة تشغيله الآن؟ تُحفظ ملاحظتك أولًا.</translation>
    </message>
    <message>
        <source>Start again now</source>
        <translation>إعادة التشغيل الآن</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Untitled note</source>
        <translation>ملاحظة بلا عنوان</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No longer in the catalogue&lt;/h2&gt;&lt;p&gt;This item was removed from the catalogue after you saved it. Your bookmark or list entry is kept.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;لم يعد في الفهرس&lt;/h2&gt;&lt;p&gt;أُزيل هذا العنصر من الفهرس بعد أن حفظته. إشارتك المرجعية أو مدخلك في القائمة محفوظ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>إشارة مرجعية</translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation>أُضيف إلى الإشارات المرجعية.</translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation>أُزيلت الإشارة المرجعية.</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>قائمة القراءة</translation>
    </message>
    <message>
        <source>Added to “{name}”.</source>
        <translation>أُضيف إلى «{name}».</translation>
    </message>
    <message>
        <source>New reading list</source>
        <translation>قائمة قراءة جديدة</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <source>Title (e.g. Session plan — week 3):</source>
        <translation>العنوان (مثلًا: خطة الجلسة — الأسبوع 3):</translation>
    </message>
    <message>
        <source>Choose a reading list in “Your library” first.</source>
        <translation>اختر أولًا قائمة قراءة في «مكتبتك».</translation>
    </message>
    <message>
        <source>Rename reading list</source>
        <translation>إعادة تسمية قائمة القراءة</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <source>Delete reading list</source>
        <translation>حذف قائمة القراءة</translation>
    </message>
    <message>
        <source>Delete the list “{name}”? The items stay in the catalogue and your notes are kept.</source>
        <translation>هل تريد حذف القائمة «{name}»؟ تبقى العناصر في الفهرس وتُحفظ ملاحظاتك.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Export reading list</source>
        <translation>تصدير قائمة القراءة</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation>صُدِّرت «{name}» إلى {path}.</translation>
    </message>
    <message>
        <source>Export notes, bookmarks and lists</source>
        <translation>تصدير الملاحظات والإشارات المرجعية والقوائم</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>صُدِّر إلى {path}.</translation>
    </message>
    <message>
        <source>One file (*.zip)</source>
        <translation>ملف واحد (*.zip)</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} موجود من قبل. هل تريد استبداله؟</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>استيراد ملاحظات</translation>
    </message>
    <message>
        <source>Notes export (*.zip)</source>
        <translation>ملف ملاحظات مُصدَّر (*.zip)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}.</source>
        <translation>لم يُستورد شيء: {reason}.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Added — notes: {notes}, bookmarks: {bookmarks}, reading lists: {lists}, list entries: {entries}.</source>
        <translation>أُضيف — ملاحظات: {notes}، إشارات مرجعية: {bookmarks}، قوائم قراءة: {lists}، مدخلات في القوائم: {entries}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported note(s) differed from yours on the same item and were kept as separate notes.</source>
        <translation>
            <numerusform>لم تختلف أي ملاحظة مستوردة عن ملاحظاتك.</numerusform>
            <numerusform>اختلفت ملاحظة مستوردة واحدة عن ملاحظتك على العنصر نفسه، فحُفظت ملاحظةً منفصلة.</numerusform>
            <numerusform>اختلفت ملاحظتان مستوردتان عن ملاحظاتك على العناصر نفسها، فحُفظتا ملاحظتين منفصلتين.</numerusform>
            <numerusform>اختلفت %Ln ملاحظات مستوردة عن ملاحظاتك على العناصر نفسها، فحُفظت ملاحظاتٍ منفصلة.</numerusform>
            <numerusform>اختلفت %Ln ملاحظة مستوردة عن ملاحظاتك على العناصر نفسها، فحُفظت ملاحظاتٍ منفصلة.</numerusform>
            <numerusform>اختلفت %Ln ملاحظة مستوردة عن ملاحظاتك على العناصر نفسها، فحُفظت ملاحظاتٍ منفصلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The imported list “{theirs}” has the name of one of yours, so it was kept apart as “{given}”.</source>
        <translation>القائمة المستوردة «{theirs}» تحمل اسم إحدى قوائمك، لذا حُفظت منفصلة باسم «{given}».</translation>
    </message>
</context>
<context>
    <name>LibrarySentences</name>
    <message>
        <source>Cannot create the data folder {folder}: {problem}.</source>
        <translation>يتعذّر إنشاء مجلد البيانات {folder}: {problem}.</translation>
    </message>
    <message>
        <source>Cannot open your notes database {path}: {problem}.</source>
        <translation>يتعذّر فتح قاعدة بيانات ملاحظاتك {path}: {problem}.</translation>
    </message>
    <message>
        <source>Cannot read your notes database {path}: {problem}.</source>
        <translation>تتعذّر قراءة قاعدة بيانات ملاحظاتك {path}: {problem}.</translation>
    </message>
    <message>
        <source>Your notes database {path} is locked by another program (waited {seconds} s); close that program and try again. Nothing was changed.</source>
        <translation>قاعدة بيانات ملاحظاتك {path} مقفلة من برنامج آخر (انتظرنا {seconds} ث)؛ أغلق ذلك البرنامج وأعد المحاولة. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Your notes cannot be opened right now: {reason}.</source>
        <translation>يتعذّر فتح ملاحظاتك الآن: {reason}.</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer TVET Desktop (schema {version}); update the app to open them.</source>
        <translation>حُفظت ملاحظاتك بإصدار أحدث من TVET Desktop ‏(المخطط {version})؛ حدِّث التطبيق لفتحها.</translation>
    </message>
    <message>
        <source>Your notes database was damaged and has been set aside as {set_aside}. No backup was found.</source>
        <translation>كانت قاعدة بيانات ملاحظاتك تالفة فنُقلت جانبًا باسم {set_aside}. لم يُعثر على أي نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Your notes database was damaged and has been set aside as {set_aside}. Your newest good backup is {backup}, {described}.</source>
        <translation>كانت قاعدة بيانات ملاحظاتك تالفة فنُقلت جانبًا باسم {set_aside}. أحدث نسخة احتياطية سليمة لديك هي {backup}، {described}.</translation>
    </message>
    <message>
        <source>from {when}</source>
        <translation>بتاريخ {when}</translation>
    </message>
    <message>
        <source>from {when} (notes: {notes}, bookmarks: {bookmarks}, reading lists: {lists})</source>
        <translation>بتاريخ {when} (الملاحظات: {notes}، الإشارات المرجعية: {bookmarks}، قوائم القراءة: {lists})</translation>
    </message>
    <message>
        <source>Your notes database {path} is damaged ({problem}) and could not be moved to {aside} ({reason}): move it away yourself, then start TVET Desktop again.</source>
        <translation>قاعدة بيانات ملاحظاتك {path} تالفة ({problem}) وتعذّر نقلها إلى {aside} ‏({reason}): انقلها بنفسك، ثم شغّل TVET Desktop من جديد.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>لا يوجد ملف {path}.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>لا توجد نسخة احتياطية سليمة لاستعادتها.</translation>
    </message>
    <message>
        <source>{path} is not a healthy notes database; nothing was restored.</source>
        <translation>‏{path} ليس قاعدة بيانات ملاحظات سليمة؛ لم يُستعد شيء.</translation>
    </message>
    <message>
        <source>A TVET Desktop window is open on these notes ({folder}): close it, then try again. Nothing was changed.</source>
        <translation>توجد نافذة TVET Desktop مفتوحة على هذه الملاحظات ({folder}): أغلقها ثم أعد المحاولة. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>the notes folder {folder} is on a read-only disk</source>
        <translation>مجلد الملاحظات {folder} على قرص للقراءة فقط</translation>
    </message>
    <message>
        <source>the notes folder {folder} is read-only</source>
        <translation>مجلد الملاحظات {folder} للقراءة فقط</translation>
    </message>
    <message>
        <source>the disk holding your notes is full</source>
        <translation>القرص الذي يحمل ملاحظاتك ممتلئ</translation>
    </message>
    <message>
        <source>your notes database cannot be written ({problem})</source>
        <translation>تتعذّر الكتابة في قاعدة بيانات ملاحظاتك ({problem})</translation>
    </message>
    <message>
        <source>No backup was made: {reason}.</source>
        <translation>لم تُنشأ أي نسخة احتياطية: {reason}.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: move it away so that backups of your notes can be made.</source>
        <translation>‏{folder} ملف وليس مجلدًا: انقله إلى مكان آخر كي يمكن إنشاء نسخ احتياطية من ملاحظاتك.</translation>
    </message>
    <message>
        <source>A backup of your notes could not be written to {folder} ({problem}); the old backups are kept.</source>
        <translation>تعذّرت كتابة نسخة احتياطية من ملاحظاتك في {folder} ‏({problem})؛ والنسخ الاحتياطية القديمة محفوظة.</translation>
    </message>
    <message>
        <source>A backup of your notes failed its integrity check; the old backups are kept.</source>
        <translation>أخفقت نسخة احتياطية من ملاحظاتك في فحص السلامة؛ والنسخ الاحتياطية القديمة محفوظة.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Your notes can still be read and exported.</source>
        <translation>لم يُحفظ: {reason}. ما زال بالإمكان قراءة ملاحظاتك وتصديرها.</translation>
    </message>
    <message>
        <source>Not saved: the disk is full. Free some space and try again; nothing saved earlier was touched.</source>
        <translation>لم يُحفظ: القرص ممتلئ. أفرغ بعض المساحة ثم أعد المحاولة؛ لم يُمسّ شيء مما حُفظ سابقًا.</translation>
    </message>
    <message>
        <source>Not saved: the notes folder is read-only; check the folder&apos;s permissions.</source>
        <translation>لم يُحفظ: مجلد الملاحظات للقراءة فقط؛ تحقّق من أذونات المجلد.</translation>
    </message>
    <message>
        <source>Not saved: the notes database is busy in another program; try again in a moment.</source>
        <translation>لم يُحفظ: قاعدة بيانات الملاحظات مشغولة في برنامج آخر؛ أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>Not saved ({problem}); nothing saved earlier was touched.</source>
        <translation>لم يُحفظ ({problem})؛ لم يُمسّ شيء مما حُفظ سابقًا.</translation>
    </message>
    <message>
        <source>A reading list needs a name.</source>
        <translation>تحتاج قائمة القراءة إلى اسم.</translation>
    </message>
    <message>
        <source>There is already a reading list called “{name}”.</source>
        <translation>توجد من قبل قائمة قراءة باسم «{name}».</translation>
    </message>
    <message>
        <source>This note was changed elsewhere (another window or the command line) since you opened it.</source>
        <translation>تغيّرت هذه الملاحظة في مكان آخر (نافذة أخرى أو سطر الأوامر) منذ أن فتحتها.</translation>
    </message>
    <message>
        <source>The notes database was closed.</source>
        <translation>أُغلقت قاعدة بيانات الملاحظات.</translation>
    </message>
    <message>
        <source>There is no folder {folder} to export into; create it first, or choose another.</source>
        <translation>لا يوجد مجلد {folder} للتصدير إليه؛ أنشئه أولًا أو اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name ending in .zip.</source>
        <translation>{path} مجلد: اختر اسم ملف ينتهي بـ .zip.</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was written.</source>
        <translation>‏{path} موجود من قبل؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>{path} is a file: export into a new folder, or to a file ending in .zip.</source>
        <translation>‏{path} ملف: صدِّر إلى مجلد جديد، أو إلى ملف ينتهي بـ ‎.zip.</translation>
    </message>
    <message>
        <source>{path} is not empty; choose a new folder for the export.</source>
        <translation>‏{path} ليس فارغًا؛ اختر مجلدًا جديدًا للتصدير.</translation>
    </message>
    <message>
        <source>The export could not be written to {path} ({problem}); your notes are unchanged.</source>
        <translation>تعذّرت كتابة التصدير في {path} ‏({problem})؛ وملاحظاتك لم تتغيّر.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}.</source>
        <translation>لم يُستورد شيء: {reason}.</translation>
    </message>
    <message>
        <source>Nothing was imported, because a backup of your notes could not be made first: {reason}</source>
        <translation>لم يُستورد شيء، لأنه تعذّر إنشاء نسخة احتياطية من ملاحظاتك أولًا: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported: your notes database could not be opened ({problem}).</source>
        <translation>لم يُستورد شيء: تعذّر فتح قاعدة بيانات ملاحظاتك ({problem}).</translation>
    </message>
    <message>
        <source>There is no file or folder {path}.</source>
        <translation>لا يوجد ملف أو مجلد باسم {path}.</translation>
    </message>
    <message>
        <source>{path} is too large to be a notes export.</source>
        <translation>{path} أكبر من أن يكون ملف ملاحظات مُصدَّرًا.</translation>
    </message>
    <message>
        <source>{path} is not a file or folder that can be imported.</source>
        <translation>{path} ليس ملفًا أو مجلدًا يمكن استيراده.</translation>
    </message>
    <message>
        <source>{path} is not a TVET Desktop notes export ({problem}).</source>
        <translation>{path} ليس ملف ملاحظات مُصدَّرًا من TVET Desktop ({problem}).</translation>
    </message>
    <message>
        <source>{path} is not a TVET Desktop notes export.</source>
        <translation>‏{path} ليس ملف ملاحظات مُصدَّرًا من TVET Desktop.</translation>
    </message>
    <message>
        <source>{path} was made by a newer TVET Desktop; update the app to import it.</source>
        <translation>‏{path} أُنشئ بإصدار أحدث من TVET Desktop؛ حدِّث التطبيق لاستيراده.</translation>
    </message>
    <message>
        <source>{path} cannot be imported: it is nested too deeply. Nothing was imported.</source>
        <translation>يتعذّر استيراد {path}: تداخُل بنيته أعمق من اللازم. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{path} cannot be imported: it is not valid JSON ({problem}). Nothing was imported.</source>
        <translation>يتعذّر استيراد {path}: ليس JSON صالحًا ({problem}). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{path} cannot be imported: its format version {version} is unknown. Nothing was imported.</source>
        <translation>يتعذّر استيراد {path}: إصدار تنسيقه {version} غير معروف. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{path} cannot be imported: {problem}. Nothing was imported.</source>
        <translation>يتعذّر استيراد {path}: {problem}. لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Go to the search field</source>
        <translation>الانتقال إلى حقل البحث</translation>
    </message>
    <message>
        <source>↓ or Enter (in search)</source>
        <translation>↓ أو Enter (في حقل البحث)</translation>
    </message>
    <message>
        <source>Move into the results</source>
        <translation>الانتقال إلى النتائج</translation>
    </message>
    <message>
        <source>Previous / next result</source>
        <translation>النتيجة السابقة / التالية</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Larger / smaller / normal text (the whole window)</source>
        <translation>نص أكبر / أصغر / عادي (النافذة كلها)</translation>
    </message>
    <message>
        <source>Next / previous pane</source>
        <translation>الجزء التالي / السابق</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>مسح كل عوامل التصفية</translation>
    </message>
    <message>
        <source>Bookmark the open item</source>
        <translation>وضع إشارة مرجعية على العنصر المفتوح</translation>
    </message>
    <message>
        <source>Write in the note on the open item</source>
        <translation>الكتابة في ملاحظة العنصر المفتوح</translation>
    </message>
    <message>
        <source>Quote the selected passage into the note</source>
        <translation>اقتباس المقطع المحدَّد في الملاحظة</translation>
    </message>
    <message>
        <source>New free-standing note</source>
        <translation>ملاحظة مستقلة جديدة</translation>
    </message>
    <message>
        <source>Add the open item to a reading list</source>
        <translation>إضافة العنصر المفتوح إلى قائمة قراءة</translation>
    </message>
    <message>
        <source>Move the open item up / down its reading list</source>
        <translation>تحريك العنصر المفتوح لأعلى / لأسفل في قائمة القراءة</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>هذه القائمة</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Your library</source>
        <translation>مكتبتك</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>تصفّح</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>م&amp;لاحظات</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;قوائم</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Update the catalogue…</source>
        <translation>&amp;تحديث الفهرس…</translation>
    </message>
    <message>
        <source>Add &amp;documents…</source>
        <translation>إ&amp;ضافة مستندات…</translation>
    </message>
    <message>
        <source>Add a &amp;folder of documents…</source>
        <translation>إضافة م&amp;جلد مستندات…</translation>
    </message>
    <message>
        <source>&amp;Share with this room…</source>
        <translation>&amp;مشاركة مع هذه القاعة…</translation>
    </message>
    <message>
        <source>S&amp;torage…</source>
        <translation>التخ&amp;زين…</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>&amp;طباعة المطبوعة…</translation>
    </message>
    <message>
        <source>Save handout as P&amp;DF…</source>
        <translation>حفظ المطبوعة بصيغة P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Export notes, bookmarks and lists…</source>
        <translation>ت&amp;صدير الملاحظات والإشارات المرجعية والقوائم…</translation>
    </message>
    <message>
        <source>&amp;Import notes…</source>
        <translation>ا&amp;ستيراد ملاحظات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>إ&amp;شارة مرجعية</translation>
    </message>
    <message>
        <source>&amp;Edit note</source>
        <translation>&amp;تحرير الملاحظة</translation>
    </message>
    <message>
        <source>&amp;Quote selection into note</source>
        <translation>ا&amp;قتباس التحديد في الملاحظة</translation>
    </message>
    <message>
        <source>&amp;New note…</source>
        <translation>ملاحظة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Move &amp;up in list</source>
        <translation>تحريك لأ&amp;على في القائمة</translation>
    </message>
    <message>
        <source>Move &amp;down in list</source>
        <translation>تحريك لأ&amp;سفل في القائمة</translation>
    </message>
    <message>
        <source>&amp;Remove from this list</source>
        <translation>إ&amp;زالة من هذه القائمة</translation>
    </message>
    <message>
        <source>Re&amp;name this list…</source>
        <translation>إعادة &amp;تسمية هذه القائمة…</translation>
    </message>
    <message>
        <source>&amp;Export this list…</source>
        <translation>ت&amp;صدير هذه القائمة…</translation>
    </message>
    <message>
        <source>&amp;Delete this list…</source>
        <translation>&amp;حذف هذه القائمة…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Clear all &amp;filters</source>
        <translation>مسح كل عوامل ال&amp;تصفية</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>ال&amp;جزء التالي</translation>
    </message>
    <message>
        <source>Previous pa&amp;ne</source>
        <translation>الجزء ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Add to a reading list…</source>
        <translation>إ&amp;ضافة إلى قائمة قراءة…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;دليل الاستخدام</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About TVET Desktop</source>
        <translation>&amp;حول TVET Desktop</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) in {ms} ms</source>
        <translation>
            <numerusform>لا نتائج في {ms} ملّي ثانية</numerusform>
            <numerusform>نتيجة واحدة في {ms} ملّي ثانية</numerusform>
            <numerusform>نتيجتان في {ms} ملّي ثانية</numerusform>
            <numerusform>%Ln نتائج في {ms} ملّي ثانية</numerusform>
            <numerusform>%Ln نتيجة في {ms} ملّي ثانية</numerusform>
            <numerusform>%Ln نتيجة في {ms} ملّي ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Nothing open&lt;/h2&gt;&lt;p&gt;Pick a result to read it here, or press ↓ in the search field to open the best match.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;لا شيء مفتوح&lt;/h2&gt;&lt;p&gt;اختر نتيجة لقراءتها هنا، أو اضغط ↓ في حقل البحث لفتح أفضل تطابق.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>فشل البحث</translation>
    </message>
    <message>
        <source>The search could not be completed: {problem}. Your filters are unchanged; try a different search.</source>
        <translation>تعذّر إكمال البحث: {problem}. لم تتغيّر عوامل التصفية؛ جرّب بحثًا آخر.</translation>
    </message>
    <message>
        <source>No web browser answered, so {address} was not opened; the address is copied: paste it into a browser.</source>
        <translation>لم يستجب أي متصفح ويب، لذا لم يُفتح {address}؛ نُسخ العنوان: الصقه في متصفح.</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>إضافة مستندات</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.epub *.html *.htm *.xhtml *.md *.markdown *.txt *.text);;All files (*)</source>
        <translation>مستندات (*.pdf *.epub *.html *.htm *.xhtml *.md *.markdown *.txt *.text);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Add every document in a folder</source>
        <translation>إضافة كل المستندات في مجلد</translation>
    </message>
    <message numerus="yes">
        <source>Catalogue v{version} · {date} · %Ln item(s) · update available (v{available})</source>
        <translation>
            <numerusform>الفهرس، الإصدار {version} · {date} · لا عناصر · يتوفّر تحديث (الإصدار {available})</numerusform>
            <numerusform>الفهرس، الإصدار {version} · {date} · عنصر واحد · يتوفّر تحديث (الإصدار {available})</numerusform>
            <numerusform>الفهرس، الإصدار {version} · {date} · عنصران · يتوفّر تحديث (الإصدار {available})</numerusform>
            <numerusform>الفهرس، الإصدار {version} · {date} · %Ln عناصر · يتوفّر تحديث (الإصدار {available})</numerusform>
            <numerusform>الفهرس، الإصدار {version} · {date} · %Ln عنصرًا · يتوفّر تحديث (الإصدار {available})</numerusform>
            <numerusform>الفهرس، الإصدار {version} · {date} · %Ln عنصر · يتوفّر تحديث (الإصدار {available})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Catalogue v{version} · {date} · %Ln item(s)</source>
        <translation>
            <numerusform>الفهرس، الإصدار {version} · {date} · لا عناصر</numerusform>
            <numerusform>الفهرس، الإصدار {version} · {date} · عنصر واحد</numerusform>
            <numerusform>الفهرس، الإصدار {version} · {date} · عنصران</numerusform>
            <numerusform>الفهرس، الإصدار {version} · {date} · %Ln عناصر</numerusform>
            <numerusform>الفهرس، الإصدار {version} · {date} · %Ln عنصرًا</numerusform>
            <numerusform>الفهرس، الإصدار {version} · {date} · %Ln عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}
From: {origin}</source>
        <translation>{path}
المصدر: {origin}</translation>
    </message>
    <message>
        <source>The catalogue in use was removed from this computer; now using catalogue v{version} ({origin}).</source>
        <translation>أُزيل الفهرس المستخدم من هذا الحاسوب؛ يُستخدم الآن الفهرس، الإصدار {version} ({origin}).</translation>
    </message>
    <message>
        <source>Now using catalogue v{version} ({origin}).</source>
        <translation>يُستخدم الآن الفهرس، الإصدار {version} ({origin}).</translation>
    </message>
    <message>
        <source>Your documents are ready.</source>
        <translation>مستنداتك جاهزة.</translation>
    </message>
    <message>
        <source>Updating the index of your documents for this version of TVET Desktop (once; about a minute for a large library). They will be searched when it is done.</source>
        <translation>جارٍ تحديث فهرس مستنداتك لهذا الإصدار من TVET Desktop (مرة واحدة؛ نحو دقيقة لمكتبة كبيرة). ستُشمل في البحث عند انتهائه.</translation>
    </message>
    <message>
        <source>Another program is adding documents: yours will be searched as soon as it has finished.</source>
        <translation>يضيف برنامج آخر مستندات: ستُشمل مستنداتك في البحث فور انتهائه.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No longer in the catalogue&lt;/h2&gt;&lt;p&gt;“{title}” is not in catalogue v{version}. Your note on it is kept under My notes.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;لم يعد في الفهرس&lt;/h2&gt;&lt;p&gt;«{title}» غير موجود في الفهرس، الإصدار {version}. ملاحظتك عليه محفوظة في «ملاحظاتي».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>لم تُحفظ الملاحظة</translation>
    </message>
    <message>
        <source>Your note could not be saved (see the message above the editor). Quit anyway and lose the last changes?</source>
        <translation>تعذّر حفظ ملاحظتك (انظر الرسالة فوق المحرر). هل تريد الإنهاء على أي حال وفقدان آخر التغييرات؟</translation>
    </message>
    <message>
        <source>&amp;Read a folder of documents again…</source>
        <translation>&amp;قراءة مجلد مستندات مجددًا…</translation>
    </message>
    <message>
        <source>Re&amp;move this document…</source>
        <translation>&amp;حذف هذا المستند…</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>My note</source>
        <translation>ملاحظتي</translation>
    </message>
    <message>
        <source>Note heading</source>
        <translation>عنوان الملاحظة</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <source>Your notes can be read but not changed: {reason}. You can still export them (File → Export); to write again, fix that and restart TVET Desktop.</source>
        <translation>يمكن قراءة ملاحظاتك لكن لا يمكن تغييرها: {reason}. ما زال بإمكانك تصديرها (ملف ← تصدير)؛ للكتابة من جديد، أصلح ذلك وأعد تشغيل TVET Desktop.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Show the note rendered beside the text</source>
        <translation>عرض الملاحظة منسّقة بجانب النص</translation>
    </message>
    <message>
        <source>Shows the note formatted, beside the text you type.</source>
        <translation>يعرض الملاحظة منسّقةً بجانب النص الذي تكتبه.</translation>
    </message>
    <message>
        <source>Note editor</source>
        <translation>محرر الملاحظات</translation>
    </message>
    <message>
        <source>Your note on the open item, in Markdown; it is saved as you type. Tab leaves the editor.</source>
        <translation>ملاحظتك على العنصر المفتوح، بصيغة Markdown؛ تُحفظ أثناء الكتابة. مفتاح Tab يخرج من المحرّر.</translation>
    </message>
    <message>
        <source>Write your note in Markdown: **bold**, - lists, &gt; quotes …  (Ctrl+E)</source>
        <translation>اكتب ملاحظتك بصيغة Markdown: **عريض**، - قوائم، &gt; اقتباسات …  (Ctrl+E)</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>معاينة الملاحظة</translation>
    </message>
    <message>
        <source>Your note as it will look, formatted.</source>
        <translation>ملاحظتك كما ستبدو، منسّقةً.</translation>
    </message>
    <message>
        <source>My note on “{title}”</source>
        <translation>ملاحظتي على «{title}»</translation>
    </message>
    <message>
        <source>Pick an item to write a note on it</source>
        <translation>اختر عنصرًا لتكتب ملاحظة عليه</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>ملاحظة بلا عنوان</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>محفوظة</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>جارٍ التحرير…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>حُفظت الساعة {time}</translation>
    </message>
    <message>
        <source>{problem} Your text is kept here and saving is retried.</source>
        <translation>{problem} نصك محفوظ هنا وستُعاد محاولة الحفظ.</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>My other version of the note on “{title}”</source>
        <translation>نسختي الأخرى من الملاحظة على «{title}»</translation>
    </message>
    <message>
        <source>Changed elsewhere: your text was kept as a separate note</source>
        <translation>عُدّلت في مكان آخر: حُفظ نصك ملاحظةً منفصلة</translation>
    </message>
</context>
<context>
    <name>OfflineActions</name>
    <message>
        <source>Choose a reading list in “Your library” first.</source>
        <translation>اختر أولًا قائمة قراءة في «مكتبتك».</translation>
    </message>
    <message>
        <source>Documents are still downloading; try again once they are here.</source>
        <translation>ما زال تنزيل الملفات جاريًا؛ أعد المحاولة بعد وصولها.</translation>
    </message>
    <message>
        <source>No item of “{name}” has documents to keep offline.</source>
        <translation>لا يحمل أي عنصر في «{name}» ملفات لإتاحتها دون اتصال.</translation>
    </message>
    <message>
        <source>Every document of “{name}” is already on this computer.</source>
        <translation>كل ملفات «{name}» موجودة على هذا الحاسوب من قبل.</translation>
    </message>
    <message>
        <source>Keep this list offline</source>
        <translation>إتاحة هذه القائمة دون اتصال</translation>
    </message>
    <message>
        <source>Keeping “{name}” offline</source>
        <translation>إتاحة «{name}» دون اتصال</translation>
    </message>
    <message>
        <source>&amp;Keep this list offline</source>
        <translation>إتاحة هذه القائمة &amp;دون اتصال</translation>
    </message>
    <message>
        <source>They do not fit on this disk: {needed} are still to download and only {free} are free (some room must stay free). Free some space, or keep fewer documents offline.</source>
        <translation>لا تتسع لها مساحة هذا القرص: بقي تنزيل {needed} والمساحة الحرة {free} فقط (ويجب أن تبقى بعض المساحة حرة). حرّر بعض المساحة، أو أتح ملفات أقل دون اتصال.</translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n document(s), {size}…</source>
        <translation>
            <numerusform>{what}: لا ملفات، {size}…</numerusform>
            <numerusform>{what}: ملف واحد، {size}…</numerusform>
            <numerusform>{what}: ملفان، {size}…</numerusform>
            <numerusform>{what}: %n ملفات، {size}…</numerusform>
            <numerusform>{what}: %n ملفًا، {size}…</numerusform>
            <numerusform>{what}: %n ملف، {size}…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineDownload</name>
    <message>
        <source>Downloading…</source>
        <translation>جارٍ التنزيل…</translation>
    </message>
    <message>
        <source>Download cancelled; what arrived is kept and the next try resumes from there.</source>
        <translation>أُلغي التنزيل؛ ما وصل محفوظ، وستُستأنف المحاولة القادمة من حيث توقفت.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) kept on this computer.</source>
        <translation>
            <numerusform>لم يُحفظ أي مستند على هذا الحاسوب.</numerusform>
            <numerusform>حُفظ مستند واحد على هذا الحاسوب.</numerusform>
            <numerusform>حُفظ مستندان على هذا الحاسوب.</numerusform>
            <numerusform>حُفظت %n مستندات على هذا الحاسوب.</numerusform>
            <numerusform>حُفظ %n مستندًا على هذا الحاسوب.</numerusform>
            <numerusform>حُفظ %n مستند على هذا الحاسوب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already here.</source>
        <translation>
            <numerusform>لم يكن أي منها هنا من قبل.</numerusform>
            <numerusform>كان واحد منها هنا من قبل.</numerusform>
            <numerusform>كان اثنان منها هنا من قبل.</numerusform>
            <numerusform>كانت %n منها هنا من قبل.</numerusform>
            <numerusform>كان %n منها هنا من قبل.</numerusform>
            <numerusform>كان %n منها هنا من قبل.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was not kept: {reason}.</source>
        <translation>لم يُحفظ «{name}»: {reason}.</translation>
    </message>
</context>
<context>
    <name>OfflineStatus</name>
    <message>
        <source>Downloading documents</source>
        <translation>تنزيل الملفات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop the download; what arrived is kept and the next try resumes</source>
        <translation>إيقاف التنزيل؛ ما وصل محفوظ وستُستأنف المحاولة القادمة</translation>
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
        <translation>صفحات المستند</translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Show or hide the document&apos;s outline</source>
        <translation>إظهار مخطط المستند أو إخفاؤه</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>الصفحة السابقة (Page Up)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>رقم الصفحة</translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation>اكتب رقم صفحة واضغط Enter</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>الصفحة التالية (Page Down)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>Fit the page to the width of the pane</source>
        <translation>ملاءمة الصفحة لعرض الجزء</translation>
    </message>
    <message>
        <source>Find in this document</source>
        <translation>البحث في هذا المستند</translation>
    </message>
    <message>
        <source>Previous hit (Shift+Enter)</source>
        <translation>النتيجة السابقة (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next hit (Enter)</source>
        <translation>النتيجة التالية (Enter)</translation>
    </message>
    <message>
        <source>Hits in this document</source>
        <translation>النتائج في هذا المستند</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>مخطط المستند</translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation>لا يحتوي ملف PDF هذا على صفحات.</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> من {count}</translation>
    </message>
    <message>
        <source>1 hit so far…</source>
        <translation>نتيجة واحدة حتى الآن…</translation>
    </message>
    <message numerus="yes">
        <source>%n hits so far…</source>
        <translation>
            <numerusform>لا نتائج حتى الآن…</numerusform>
            <numerusform>نتيجة واحدة حتى الآن…</numerusform>
            <numerusform>نتيجتان حتى الآن…</numerusform>
            <numerusform>%n نتائج حتى الآن…</numerusform>
            <numerusform>%n نتيجة حتى الآن…</numerusform>
            <numerusform>%n نتيجة حتى الآن…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found in this document</source>
        <translation>غير موجود في هذا المستند</translation>
    </message>
    <message numerus="yes">
        <source>Hit {index} of %n</source>
        <translation>
            <numerusform>النتيجة {index} من %n</numerusform>
            <numerusform>النتيجة {index} من %n</numerusform>
            <numerusform>النتيجة {index} من %n</numerusform>
            <numerusform>النتيجة {index} من %n</numerusform>
            <numerusform>النتيجة {index} من %n</numerusform>
            <numerusform>النتيجة {index} من %n</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>نتيجة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%n hits</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>The file of this document is missing.</source>
        <translation>ملف هذا المستند مفقود.</translation>
    </message>
    <message>
        <source>This file is damaged or is not really a PDF, so it cannot be shown here.</source>
        <translation>هذا الملف تالف أو ليس ملف PDF حقًّا، لذا لا يمكن عرضه هنا.</translation>
    </message>
    <message>
        <source>This PDF is locked with a password, so it cannot be shown here.</source>
        <translation>ملف PDF هذا محميّ بكلمة مرور، لذا لا يمكن عرضه هنا.</translation>
    </message>
    <message>
        <source>This PDF is encrypted in a way the reader cannot open.</source>
        <translation>ملف PDF هذا مشفَّر بطريقة لا يستطيع القارئ فتحها.</translation>
    </message>
    <message>
        <source>This PDF could not be opened.</source>
        <translation>تعذّر فتح ملف PDF هذا.</translation>
    </message>
</context>
<context>
    <name>ProgressWords</name>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} من {total}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s) left</source>
        <translation>
            <numerusform>لم يبقَ وقت</numerusform>
            <numerusform>بقيت ثانية واحدة</numerusform>
            <numerusform>بقيت ثانيتان</numerusform>
            <numerusform>بقيت %Ln ثوانٍ</numerusform>
            <numerusform>بقيت %Ln ثانية</numerusform>
            <numerusform>بقيت %Ln ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) left</source>
        <translation>
            <numerusform>لم يبقَ وقت</numerusform>
            <numerusform>بقيت دقيقة واحدة</numerusform>
            <numerusform>بقيت دقيقتان</numerusform>
            <numerusform>بقيت %Ln دقائق</numerusform>
            <numerusform>بقيت %Ln دقيقة</numerusform>
            <numerusform>بقيت %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s · {remaining}</source>
        <translation>{done} من {total} · {speed}/ث · {remaining}</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code of {text}</source>
        <translation>رمز QR لـ {text}</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Reading pane</source>
        <translation>جزء القراءة</translation>
    </message>
    <message>
        <source>The open item&apos;s text. Tab moves to its links and theme chips; Enter follows one.</source>
        <translation>نص العنصر المفتوح. مفتاح Tab ينتقل بين روابطه ومواضيعه؛ ومفتاح Enter يفتح المحدَّد منها.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>This text could not be shown: {problem}</source>
        <translation>تعذّر عرض هذا النص: {problem}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to TVET Desktop&lt;/h2&gt;&lt;p&gt;Pick an item on the left to read it here.&lt;/p&gt;&lt;p&gt;Type in the search field (Ctrl+K) to search every publication, practice and programme; tick themes, regions or languages on the left to narrow the list.&lt;/p&gt;&lt;p&gt;Press F1 for keyboard shortcuts.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;مرحبًا بك في TVET Desktop&lt;/h2&gt;&lt;p&gt;اختر عنصرًا من القائمة لقراءته هنا.&lt;/p&gt;&lt;p&gt;اكتب في حقل البحث (Ctrl+K) للبحث في كل المنشورات والممارسات والبرامج؛ وحدّد مواضيع أو مناطق أو لغات في الشريط الجانبي لتضييق القائمة.&lt;/p&gt;&lt;p&gt;اضغط F1 لعرض اختصارات لوحة المفاتيح.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReadingToolbar</name>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ إشارة مرجعية</translation>
    </message>
    <message>
        <source>Bookmark this item (Ctrl+D)</source>
        <translation>وضع إشارة مرجعية على هذا العنصر (Ctrl+D)</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>إشارة مرجعية</translation>
    </message>
    <message>
        <source>Adds the open item to your bookmarks, or removes it (Ctrl+D).</source>
        <translation>يضيف العنصر المفتوح إلى إشاراتك المرجعية، أو يزيله منها (Ctrl+D).</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>إضافة إلى قائمة</translation>
    </message>
    <message>
        <source>Add this item to a reading list</source>
        <translation>إضافة هذا العنصر إلى قائمة قراءة</translation>
    </message>
    <message>
        <source>Add to reading list</source>
        <translation>إضافة إلى قائمة قراءة</translation>
    </message>
    <message>
        <source>Opens a menu of your reading lists to add the open item to, or to start a new list (Ctrl+L).</source>
        <translation>يفتح قائمة بقوائم القراءة لديك لإضافة العنصر المفتوح إلى إحداها، أو لبدء قائمة جديدة (Ctrl+L).</translation>
    </message>
    <message>
        <source>Quote selection</source>
        <translation>اقتباس التحديد</translation>
    </message>
    <message>
        <source>Copy the passage selected in the text into your note, as a quote</source>
        <translation>نسخ المقطع المحدَّد في النص إلى ملاحظتك، على شكل اقتباس</translation>
    </message>
    <message>
        <source>Copies the passage selected in the reading pane into your note as a quote (Ctrl+Shift+Q).</source>
        <translation>ينسخ المقطع المحدَّد في جزء القراءة إلى ملاحظتك على شكل اقتباس (Ctrl+Shift+Q).</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ عليه إشارة مرجعية</translation>
    </message>
    <message>
        <source>New reading list…</source>
        <translation>قائمة قراءة جديدة…</translation>
    </message>
    <message>
        <source>New reading list</source>
        <translation>قائمة قراءة جديدة</translation>
    </message>
    <message>
        <source>Name of the list (e.g. Welding — week 3):</source>
        <translation>اسم القائمة (مثلًا: اللحام — الأسبوع 3):</translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>الأكثر تطابقًا</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>الأحدث أولًا</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>العنوان أبجديًا</translation>
    </message>
    <message>
        <source>Result count</source>
        <translation>عدد النتائج</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>الترتيب حسب</translation>
    </message>
    <message>
        <source>The order of the results: best match, newest first or title.</source>
        <translation>ترتيب النتائج: الأكثر تطابقًا، أو الأحدث أولًا، أو حسب العنوان.</translation>
    </message>
    <message>
        <source>Sort &amp;by:</source>
        <translation>الترتيب &amp;حسب:</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>ترتيب النتائج</translation>
    </message>
    <message>
        <source>Spelling suggestion</source>
        <translation>اقتراح إملائي</translation>
    </message>
    <message>
        <source>About these results</source>
        <translation>حول هذه النتائج</translation>
    </message>
    <message>
        <source>Where the search looks</source>
        <translation>أين يبحث البحث</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>The items found. Up and down arrows open each one in the reading pane; F6 moves to the next pane.</source>
        <translation>العناصر التي عُثر عليها. السهمان لأعلى ولأسفل يفتحان كل عنصر في جزء القراءة؛ ومفتاح F6 ينتقل إلى الجزء التالي.</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>لا نتائج</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; item(s)</source>
        <translation>
            <numerusform>&lt;b&gt;لا&lt;/b&gt; عناصر</numerusform>
            <numerusform>&lt;b&gt;عنصر&lt;/b&gt; واحد</numerusform>
            <numerusform>&lt;b&gt;عنصران&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; عناصر</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; عنصرًا</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>Few results. Did you mean {suggestion}?</source>
        <translation>النتائج قليلة. هل تقصد {suggestion}؟</translation>
    </message>
    <message>
        <source>No results for “{text}”.</source>
        <translation>لا نتائج لـ «{text}».</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>لا نتائج.</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>هل تقصد {suggestion}؟</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;clear:&apos;&gt;Clear all filters&lt;/a&gt; to search the whole catalogue.</source>
        <translation>&lt;a href=&apos;clear:&apos;&gt;امسح كل عوامل التصفية&lt;/a&gt; للبحث في الفهرس كله.</translation>
    </message>
    <message>
        <source>Try fewer or shorter words.</source>
        <translation>جرّب كلمات أقل أو أقصر.</translation>
    </message>
    <message>
        <source>Showing results for &lt;b&gt;{corrected}&lt;/b&gt; — search instead for &lt;a href=&apos;instead:{link}&apos;&gt;{typed}&lt;/a&gt;</source>
        <translation>تُعرض نتائج &lt;b&gt;{corrected}&lt;/b&gt; — ابحث بدلًا من ذلك عن &lt;a href=&apos;instead:{link}&apos;&gt;{typed}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No item has all these words; showing the closest matches</source>
        <translation>لا يحتوي أي عنصر على كل هذه الكلمات؛ تُعرض أقرب النتائج</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;everything:&apos;&gt;Search everything&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;everything:&apos;&gt;ابحث في كل شيء&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Searching only the reading list “{name}”. {back}</source>
        <translation>البحث في قائمة القراءة «{name}» فقط. {back}</translation>
    </message>
    <message>
        <source>Searching only your bookmarks. {back}</source>
        <translation>البحث في إشاراتك المرجعية فقط. {back}</translation>
    </message>
    <message>
        <source>Showing only your notes. {back}</source>
        <translation>تُعرض ملاحظاتك فقط. {back}</translation>
    </message>
    <message>
        <source>Searching only your documents. {back}</source>
        <translation>البحث في مستنداتك فقط. {back}</translation>
    </message>
    <message>
        <source>{facet}: {value}</source>
        <translation>{facet}: {value}</translation>
    </message>
    <message>
        <source>Years: {first}–{last}</source>
        <translation>السنوات: {first}–{last}</translation>
    </message>
    <message>
        <source>Remove filter {filter}</source>
        <translation>إزالة عامل التصفية {filter}</translation>
    </message>
    <message>
        <source>Removes this filter from the results.</source>
        <translation>يزيل عامل التصفية هذا من النتائج.</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;offline:&apos;&gt;Keep this list offline&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;offline:&apos;&gt;إتاحة هذه القائمة دون اتصال&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search publications, practices, programmes…  (Ctrl+K)</source>
        <translation>ابحث في المنشورات والممارسات والبرامج…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Words must all match. Use &quot;exact phrase&quot;, OR, and -word to exclude.</source>
        <translation>يجب أن تتطابق كل الكلمات. استخدم &quot;عبارة حرفية&quot; وOR و-كلمة للاستبعاد.</translation>
    </message>
    <message>
        <source>Searches the catalogue and your notes as you type. Down arrow or Enter moves into the results; Escape clears the search.</source>
        <translation>يبحث في الفهرس وفي ملاحظاتك أثناء الكتابة. السهم لأسفل أو مفتاح Enter ينقلك إلى النتائج؛ ومفتاح Esc يمسح البحث.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with this room</source>
        <translation>المشاركة مع هذه القاعة</translation>
    </message>
    <message>
        <source>The other computers of this room can update their catalogue from this one, without the internet. Tick the addresses to share on (this computer&apos;s, on the local network only).</source>
        <translation>يمكن لحواسيب هذه القاعة الأخرى تحديث فهرسها من هذا الحاسوب دون إنترنت. حدّد العناوين التي تشارك عليها (عناوين هذا الحاسوب على الشبكة المحلية فقط).</translation>
    </message>
    <message>
        <source>{address} (this computer only, to try it)</source>
        <translation>{address} (هذا الحاسوب فقط، للتجربة)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>&amp;Start sharing</source>
        <translation>&amp;بدء المشاركة</translation>
    </message>
    <message>
        <source>Not sharing.</source>
        <translation>لا مشاركة الآن.</translation>
    </message>
    <message>
        <source>What to type on the other computers</source>
        <translation>ما تكتبه على الحواسيب الأخرى</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>This computer is on no local network: connect it to the room&apos;s Wi-Fi or cable first.</source>
        <translation>هذا الحاسوب غير متصل بأي شبكة محلية: صِله أولًا بشبكة Wi-Fi القاعة أو بكابلها.</translation>
    </message>
    <message>
        <source>Tick at least one address to share on.</source>
        <translation>حدّد عنوانًا واحدًا على الأقل للمشاركة عليه.</translation>
    </message>
    <message>
        <source>Preparing the catalogue…</source>
        <translation>جارٍ تجهيز الفهرس…</translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation>إ&amp;يقاف المشاركة</translation>
    </message>
    <message>
        <source>Sharing catalogue v{version} (published {published}).</source>
        <translation>تجري مشاركة الفهرس، الإصدار {version} (نُشر في {published}).</translation>
    </message>
    <message>
        <source>{addresses} or {last}</source>
        <translation>{addresses} أو {last}</translation>
    </message>
    <message>
        <source>On each other computer: File → Update the catalogue…, tick “A computer in this room”, enter {address} and press Update.</source>
        <translation>على كل حاسوب آخر: ملف ← تحديث الفهرس…، حدّد «حاسوب في هذه القاعة»، واكتب {address} ثم اضغط «تحديث».</translation>
    </message>
    <message>
        <source>Computers that have fetched the update so far: {count}</source>
        <translation>عدد الحواسيب التي جلبت التحديث حتى الآن: {count}</translation>
    </message>
    <message>
        <source>No computer has fetched the update yet.</source>
        <translation>لم يجلب أي حاسوب التحديث بعد.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Browse by facet</source>
        <translation>التصفح حسب الفئات</translation>
    </message>
    <message>
        <source>Filters with their number of items. Space or Enter ticks a value to show only the items that have it; the right and left arrows open and close a group.</source>
        <translation>عوامل التصفية مع عدد عناصر كلٍّ منها. مفتاح المسافة أو Enter يحدّد قيمةً لإظهار العناصر التي لها فقط؛ والسهمان الأيسر والأيمن يفتحان المجموعة ويغلقانها.</translation>
    </message>
    <message>
        <source>From year (any when blank)</source>
        <translation>من سنة (أي سنة إذا تُرك فارغًا)</translation>
    </message>
    <message>
        <source>To year (any when blank)</source>
        <translation>إلى سنة (أي سنة إذا تُرك فارغًا)</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Show the whole catalogue again</source>
        <translation>عرض الفهرس كله من جديد</translation>
    </message>
    <message>
        <source>Removes every filter and shows the whole catalogue again (Ctrl+Shift+X).</source>
        <translation>يزيل كل عوامل التصفية ويعرض الفهرس كله من جديد (Ctrl+Shift+X).</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>أي سنة</translation>
    </message>
    <message>
        <source>Shows only items of these years; up and down arrows change the year, the lowest value means any year.</source>
        <translation>يعرض عناصر هذه السنوات فقط؛ السهمان لأعلى ولأسفل يغيّران السنة، وأدنى قيمة تعني «أي سنة».</translation>
    </message>
</context>
<context>
    <name>StorageDialog</name>
    <message>
        <source>Storage</source>
        <translation>التخزين</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Remove from this computer</source>
        <translation>إزالة من هذا الحاسوب</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) kept offline, {size}; {free} free on this disk.</source>
        <translation>
            <numerusform>لا مستندات محفوظة دون اتصال ({size})؛ المساحة الحرة على هذا القرص: {free}.</numerusform>
            <numerusform>مستند واحد محفوظ دون اتصال، {size}؛ المساحة الحرة على هذا القرص: {free}.</numerusform>
            <numerusform>مستندان محفوظان دون اتصال، {size}؛ المساحة الحرة على هذا القرص: {free}.</numerusform>
            <numerusform>%n مستندات محفوظة دون اتصال، {size}؛ المساحة الحرة على هذا القرص: {free}.</numerusform>
            <numerusform>%n مستندًا محفوظًا دون اتصال، {size}؛ المساحة الحرة على هذا القرص: {free}.</numerusform>
            <numerusform>%n مستند محفوظ دون اتصال، {size}؛ المساحة الحرة على هذا القرص: {free}.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no item of the catalogue in use)</source>
        <translation>(لا عنصر في الفهرس المستخدم)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) removed ({size} freed); your notes are kept.</source>
        <translation>
            <numerusform>لم يُزَل أي مستند (المساحة المحرَّرة {size})؛ ملاحظاتك محفوظة.</numerusform>
            <numerusform>أُزيل مستند واحد (تحرّرت مساحة {size})؛ ملاحظاتك محفوظة.</numerusform>
            <numerusform>أُزيل مستندان (تحرّرت مساحة {size})؛ ملاحظاتك محفوظة.</numerusform>
            <numerusform>أُزيلت %n مستندات (تحرّرت مساحة {size})؛ ملاحظاتك محفوظة.</numerusform>
            <numerusform>أُزيل %n مستندًا (تحرّرت مساحة {size})؛ ملاحظاتك محفوظة.</numerusform>
            <numerusform>أُزيل %n مستند (تحرّرت مساحة {size})؛ ملاحظاتك محفوظة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the whole catalogue offline</source>
        <translation>إتاحة الفهرس كله دون اتصال</translation>
    </message>
    <message>
        <source>Download every document of the catalogue, to read them without a connection</source>
        <translation>تنزيل كل ملفات الفهرس لقراءتها دون اتصال</translation>
    </message>
    <message>
        <source>Downloading the whole catalogue</source>
        <translation>تنزيل الفهرس كله</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop the download; what arrived is kept and the next try resumes</source>
        <translation>إيقاف التنزيل؛ ما وصل محفوظ وستُستأنف المحاولة القادمة</translation>
    </message>
    <message>
        <source>The catalogue in use has no documents to keep offline.</source>
        <translation>لا يحمل الفهرس المستخدم ملفات لإتاحتها دون اتصال.</translation>
    </message>
    <message numerus="yes">
        <source>The whole catalogue: %n document(s), {total}.</source>
        <translation>
            <numerusform>الفهرس كله: لا ملفات، {total}.</numerusform>
            <numerusform>الفهرس كله: ملف واحد، {total}.</numerusform>
            <numerusform>الفهرس كله: ملفان، {total}.</numerusform>
            <numerusform>الفهرس كله: %n ملفات، {total}.</numerusform>
            <numerusform>الفهرس كله: %n ملفًا، {total}.</numerusform>
            <numerusform>الفهرس كله: %n ملف، {total}.</numerusform>
        </translation>
    </message>
    <message>
        <source>All of them are on this computer.</source>
        <translation>كلها موجودة على هذا الحاسوب.</translation>
    </message>
    <message numerus="yes">
        <source>%n not yet on this computer: {needed} to download; {free} free on this disk.</source>
        <translation>
            <numerusform>لا ملفات ناقصة: {needed} للتنزيل؛ المساحة الحرة على هذا القرص: {free}.</numerusform>
            <numerusform>ملف واحد ليس على هذا الحاسوب بعد: {needed} للتنزيل؛ المساحة الحرة على هذا القرص: {free}.</numerusform>
            <numerusform>ملفان ليسا على هذا الحاسوب بعد: {needed} للتنزيل؛ المساحة الحرة على هذا القرص: {free}.</numerusform>
            <numerusform>%n ملفات ليست على هذا الحاسوب بعد: {needed} للتنزيل؛ المساحة الحرة على هذا القرص: {free}.</numerusform>
            <numerusform>%n ملفًا ليست على هذا الحاسوب بعد: {needed} للتنزيل؛ المساحة الحرة على هذا القرص: {free}.</numerusform>
            <numerusform>%n ملف ليست على هذا الحاسوب بعد: {needed} للتنزيل؛ المساحة الحرة على هذا القرص: {free}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping the whole catalogue offline</source>
        <translation>إتاحة الفهرس كله دون اتصال</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Update the catalogue</source>
        <translation>تحديث الفهرس</translation>
    </message>
    <message>
        <source>https://… or http://192.168.1.20:8765/ (from `tvet-desktop share`)</source>
        <translation>https://… أو http://192.168.1.20:8765/ (من `tvet-desktop share`)</translation>
    </message>
    <message>
        <source>A computer in this room (running tvet-desktop share)</source>
        <translation>حاسوب في هذه القاعة (يشغّل tvet-desktop share)</translation>
    </message>
    <message>
        <source>Its catalogue counts as carried by hand, like one on a USB stick: it is installed even after its update period if it is newer than yours.</source>
        <translation>يُعامَل فهرسه كأنه منقول باليد، مثل فهرس على ذاكرة USB: يُثبَّت حتى بعد انتهاء فترة تحديثه إن كان أحدث من فهرسك.</translation>
    </message>
    <message>
        <source>Trusted publishers</source>
        <translation>الناشرون الموثوقون</translation>
    </message>
    <message>
        <source>The publishers whose signed catalogues this computer installs.</source>
        <translation>الناشرون الذين يثبّت هذا الحاسوب فهارسهم الموقّعة.</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>إضافة مفتاح…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Nothing is downloaded until you press Update.</source>
        <translation>لا يُنزَّل شيء حتى تضغط «تحديث».</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>ت&amp;حقّق</translation>
    </message>
    <message>
        <source>&amp;Update from server</source>
        <translation>&amp;تحديث من الخادم</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>ا&amp;ستيراد حزمة…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إل&amp;غاء</translation>
    </message>
    <message>
        <source>&amp;Update from this computer</source>
        <translation>&amp;تحديث من هذا الحاسوب</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>المستخدم:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <source>Trusted publishers:</source>
        <translation>الناشرون الموثوقون:</translation>
    </message>
    <message>
        <source>Key {key} · {origin}</source>
        <translation>المفتاح {key} · {origin}</translation>
    </message>
    <message>
        <source>None yet: add the .pub file your catalogue publisher gave you.</source>
        <translation>لا يوجد بعد: أضف ملف .pub الذي أعطاك إياه ناشر الفهرس.</translation>
    </message>
    <message>
        <source>Trust a publisher&apos;s key</source>
        <translation>الوثوق بمفتاح ناشر</translation>
    </message>
    <message>
        <source>Public key (*.pub);;Any file (*)</source>
        <translation>مفتاح عام (*.pub);;أي ملف (*)</translation>
    </message>
    <message>
        <source>Catalogues signed with key {key} are now accepted.</source>
        <translation>أصبحت الفهارس الموقَّعة بالمفتاح {key} مقبولة.</translation>
    </message>
    <message>
        <source>Key {key} is no longer trusted.</source>
        <translation>لم يعد المفتاح {key} موثوقًا.</translation>
    </message>
    <message>
        <source>Enter the address of an update server first.</source>
        <translation>اكتب أولًا عنوان خادم تحديث.</translation>
    </message>
    <message>
        <source>Copying documents…</source>
        <translation>جارٍ نسخ المستندات…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) copied from it.</source>
        <translation>
            <numerusform>لم يُنسخ منه أي مستند.</numerusform>
            <numerusform>نُسخ منه مستند واحد.</numerusform>
            <numerusform>نُسخ منه مستندان.</numerusform>
            <numerusform>نُسخت منه %n مستندات.</numerusform>
            <numerusform>نُسخ منه %n مستندًا.</numerusform>
            <numerusform>نُسخ منه %n مستند.</numerusform>
        </translation>
    </message>
    <message>
        <source>The documents could not be copied: {problem}</source>
        <translation>تعذّر نسخ المستندات: {problem}</translation>
    </message>
    <message>
        <source>Import a catalogue bundle</source>
        <translation>استيراد حزمة فهرس</translation>
    </message>
    <message>
        <source>Catalogue bundle (*.zip)</source>
        <translation>حزمة فهرس (*.zip)</translation>
    </message>
    <message>
        <source>Import a catalogue folder</source>
        <translation>استيراد مجلد فهرس</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>{stage}…</source>
        <translation>{stage}…</translation>
    </message>
    <message numerus="yes">
        <source>Installed catalogue v{version} (%Ln item(s)) from the server.</source>
        <translation>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (بلا عناصر) من الخادم.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (عنصر واحد) من الخادم.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (عنصران) من الخادم.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (%Ln عناصر) من الخادم.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (%Ln عنصرًا) من الخادم.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (%Ln عنصر) من الخادم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed catalogue v{version} (%Ln item(s)) from this computer in the room.</source>
        <translation>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (بلا عناصر) من هذا الحاسوب في القاعة.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (عنصر واحد) من هذا الحاسوب في القاعة.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (عنصران) من هذا الحاسوب في القاعة.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (%Ln عناصر) من هذا الحاسوب في القاعة.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (%Ln عنصرًا) من هذا الحاسوب في القاعة.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (%Ln عنصر) من هذا الحاسوب في القاعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed catalogue v{version} (%Ln item(s)) from this USB stick.</source>
        <translation>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (بلا عناصر) من ذاكرة USB هذه.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (عنصر واحد) من ذاكرة USB هذه.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (عنصران) من ذاكرة USB هذه.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (%Ln عناصر) من ذاكرة USB هذه.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (%Ln عنصرًا) من ذاكرة USB هذه.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (%Ln عنصر) من ذاكرة USB هذه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed catalogue v{version} (%Ln item(s)) from this folder.</source>
        <translation>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (بلا عناصر) من هذا المجلد.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (عنصر واحد) من هذا المجلد.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (عنصران) من هذا المجلد.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (%Ln عناصر) من هذا المجلد.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (%Ln عنصرًا) من هذا المجلد.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (%Ln عنصر) من هذا المجلد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed catalogue v{version} (%Ln item(s)) from this file.</source>
        <translation>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (بلا عناصر) من هذا الملف.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (عنصر واحد) من هذا الملف.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (عنصران) من هذا الملف.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (%Ln عناصر) من هذا الملف.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (%Ln عنصرًا) من هذا الملف.</numerusform>
            <numerusform>ثُبّت الفهرس، الإصدار {version} (%Ln عنصر) من هذا الملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue v{installed} is up to date.</source>
        <translation>الفهرس، الإصدار {installed}، محدَّث.</translation>
    </message>
    <message>
        <source>This version was still on this computer: nothing had to be downloaded.</source>
        <translation>كان هذا الإصدار ما زال على هذا الحاسوب: لم يلزم تنزيل شيء.</translation>
    </message>
    <message>
        <source>{size} downloaded: only the changes.</source>
        <translation>نُزّل {size}: التغييرات فقط.</translation>
    </message>
    <message>
        <source>{size} downloaded: the whole catalogue.</source>
        <translation>نُزّل {size}: الفهرس كاملًا.</translation>
    </message>
    <message>
        <source>Catalogue v{offered} (published {published}) is available; you have v{installed}. Press Update to install it.</source>
        <translation>يتوفّر الفهرس، الإصدار {offered} (نُشر في {published})؛ لديك الإصدار {installed}. اضغط «تحديث» لتثبيته.</translation>
    </message>
    <message>
        <source>No publisher key is trusted yet: press Add key… and choose the .pub file your catalogue publisher gave you</source>
        <translation>لا يوجد مفتاح ناشر موثوق بعد: اضغط «إضافة مفتاح…» واختر ملف .pub الذي أعطاك إياه ناشر الفهرس</translation>
    </message>
    <message>
        <source>Catalogue v{version}, bundled with the app</source>
        <translation>الفهرس، الإصدار {version}، المرفق بالتطبيق</translation>
    </message>
    <message>
        <source>Catalogue v{version} from {origin}, published {published}</source>
        <translation>الفهرس، الإصدار {version} من {origin}، نُشر في {published}</translation>
    </message>
    <message>
        <source>Catalogue v{version} from {origin}</source>
        <translation>الفهرس، الإصدار {version} من {origin}</translation>
    </message>
    <message>
        <source> (because {problem})</source>
        <translation> (لأن {problem})</translation>
    </message>
</context>
<context>
    <name>SyncSentences</name>
    <message>
        <source>The catalogue on this USB stick is for the “{channel}” channel; this app follows “{followed}”. Nothing was installed.</source>
        <translation>الفهرس الموجود على ذاكرة USB هذه مخصّص للقناة «{channel}»، وهذا التطبيق يتبع القناة «{followed}». لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The catalogue in this folder is for the “{channel}” channel; this app follows “{followed}”. Nothing was installed.</source>
        <translation>الفهرس الموجود في هذا المجلد مخصّص للقناة «{channel}»، وهذا التطبيق يتبع القناة «{followed}». لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The catalogue in this file is for the “{channel}” channel; this app follows “{followed}”. Nothing was installed.</source>
        <translation>الفهرس الموجود في هذا الملف مخصّص للقناة «{channel}»، وهذا التطبيق يتبع القناة «{followed}». لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The catalogue from this computer in the room is for the “{channel}” channel; this app follows “{followed}”. Nothing was installed.</source>
        <translation>الفهرس الآتي من هذا الحاسوب في القاعة مخصّص للقناة «{channel}»، وهذا التطبيق يتبع القناة «{followed}». لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The catalogue from the server is for the “{channel}” channel; this app follows “{followed}”. Nothing was installed.</source>
        <translation>الفهرس الآتي من الخادم مخصّص للقناة «{channel}»، وهذا التطبيق يتبع القناة «{followed}». لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The catalogue on this USB stick is v{offered}, older than v{floor} which this app already has. Nothing was installed.</source>
        <translation>الفهرس الموجود على ذاكرة USB هذه هو الإصدار {offered}، وهو أقدم من الإصدار {floor} الموجود لدى هذا التطبيق. لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The catalogue in this folder is v{offered}, older than v{floor} which this app already has. Nothing was installed.</source>
        <translation>الفهرس الموجود في هذا المجلد هو الإصدار {offered}، وهو أقدم من الإصدار {floor} الموجود لدى هذا التطبيق. لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The catalogue in this file is v{offered}, older than v{floor} which this app already has. Nothing was installed.</source>
        <translation>الفهرس الموجود في هذا الملف هو الإصدار {offered}، وهو أقدم من الإصدار {floor} الموجود لدى هذا التطبيق. لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The catalogue from this computer in the room is v{offered}, older than v{floor} which this app already has. Nothing was installed.</source>
        <translation>الفهرس الآتي من هذا الحاسوب في القاعة هو الإصدار {offered}، وهو أقدم من الإصدار {floor} الموجود لدى هذا التطبيق. لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The catalogue from the server is v{offered}, older than v{floor} which this app has already installed: refusing to go back (an old or replayed update). Nothing was installed.</source>
        <translation>الفهرس الآتي من الخادم هو الإصدار {offered}، وهو أقدم من الإصدار {floor} الذي ثبّته هذا التطبيق من قبل: لا رجوع إلى الوراء (تحديث قديم أو مُعاد). لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The catalogue from the server was published on {published} and its update period ended on {expires} (this computer&apos;s clock says {today}), so it was not installed: a server must offer a current catalogue, and an old one may mean newer ones are being held back. A newer catalogue may also come on a USB stick or from a computer in the room. If this computer&apos;s clock is wrong, set it right and try again.</source>
        <translation>نُشر الفهرس الآتي من الخادم في {published} وانتهت فترة تحديثه في {expires} (تشير ساعة هذا الحاسوب إلى {today})، لذا لم يُثبَّت: على الخادم أن يقدّم فهرسًا حاليًا، وقد يعني الفهرس القديم أن فهارس أحدث محجوبة. وقد يأتي فهرس أحدث أيضًا على ذاكرة USB أو من حاسوب في القاعة. إذا كانت ساعة هذا الحاسوب خاطئة، فاضبطها وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The catalogue on this USB stick is v{offered}, which needs TVET Desktop {needed} or newer (this is {running}). Please update the app first.</source>
        <translation>الفهرس الموجود على ذاكرة USB هذه هو الإصدار {offered}، ويتطلب TVET Desktop {needed} أو أحدث (هذا هو {running}). يُرجى تحديث التطبيق أولًا.</translation>
    </message>
    <message>
        <source>The catalogue in this folder is v{offered}, which needs TVET Desktop {needed} or newer (this is {running}). Please update the app first.</source>
        <translation>الفهرس الموجود في هذا المجلد هو الإصدار {offered}، ويتطلب TVET Desktop {needed} أو أحدث (هذا هو {running}). يُرجى تحديث التطبيق أولًا.</translation>
    </message>
    <message>
        <source>The catalogue in this file is v{offered}, which needs TVET Desktop {needed} or newer (this is {running}). Please update the app first.</source>
        <translation>الفهرس الموجود في هذا الملف هو الإصدار {offered}، ويتطلب TVET Desktop {needed} أو أحدث (هذا هو {running}). يُرجى تحديث التطبيق أولًا.</translation>
    </message>
    <message>
        <source>The catalogue from this computer in the room is v{offered}, which needs TVET Desktop {needed} or newer (this is {running}). Please update the app first.</source>
        <translation>الفهرس الآتي من هذا الحاسوب في القاعة هو الإصدار {offered}، ويتطلب TVET Desktop {needed} أو أحدث (هذا هو {running}). يُرجى تحديث التطبيق أولًا.</translation>
    </message>
    <message>
        <source>The catalogue from the server is v{offered}, which needs TVET Desktop {needed} or newer (this is {running}). Please update the app first.</source>
        <translation>الفهرس الآتي من الخادم هو الإصدار {offered}، ويتطلب TVET Desktop {needed} أو أحدث (هذا هو {running}). يُرجى تحديث التطبيق أولًا.</translation>
    </message>
    <message>
        <source>The catalogue on this USB stick is v{offered} in catalogue format {format}; this app reads format {reads}. Please update the app first.</source>
        <translation>الفهرس الموجود على ذاكرة USB هذه هو الإصدار {offered} بتنسيق الفهرس {format}، وهذا التطبيق يقرأ التنسيق {reads}. يُرجى تحديث التطبيق أولًا.</translation>
    </message>
    <message>
        <source>The catalogue in this folder is v{offered} in catalogue format {format}; this app reads format {reads}. Please update the app first.</source>
        <translation>الفهرس الموجود في هذا المجلد هو الإصدار {offered} بتنسيق الفهرس {format}، وهذا التطبيق يقرأ التنسيق {reads}. يُرجى تحديث التطبيق أولًا.</translation>
    </message>
    <message>
        <source>The catalogue in this file is v{offered} in catalogue format {format}; this app reads format {reads}. Please update the app first.</source>
        <translation>الفهرس الموجود في هذا الملف هو الإصدار {offered} بتنسيق الفهرس {format}، وهذا التطبيق يقرأ التنسيق {reads}. يُرجى تحديث التطبيق أولًا.</translation>
    </message>
    <message>
        <source>The catalogue from this computer in the room is v{offered} in catalogue format {format}; this app reads format {reads}. Please update the app first.</source>
        <translation>الفهرس الآتي من هذا الحاسوب في القاعة هو الإصدار {offered} بتنسيق الفهرس {format}، وهذا التطبيق يقرأ التنسيق {reads}. يُرجى تحديث التطبيق أولًا.</translation>
    </message>
    <message>
        <source>The catalogue from the server is v{offered} in catalogue format {format}; this app reads format {reads}. Please update the app first.</source>
        <translation>الفهرس الآتي من الخادم هو الإصدار {offered} بتنسيق الفهرس {format}، وهذا التطبيق يقرأ التنسيق {reads}. يُرجى تحديث التطبيق أولًا.</translation>
    </message>
    <message>
        <source>The catalogue on this USB stick is v{offered}, made for older apps (catalogue format {format}; this app reads {reads}). The publisher needs to publish it again with a current version of TVET Desktop. Nothing was installed.</source>
        <translation>الفهرس الموجود على ذاكرة USB هذه هو الإصدار {offered}، وقد أُعدّ لتطبيقات أقدم (تنسيق الفهرس {format}، وهذا التطبيق يقرأ التنسيق {reads}). على الناشر أن ينشره من جديد بإصدار حالي من TVET Desktop. لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The catalogue in this folder is v{offered}, made for older apps (catalogue format {format}; this app reads {reads}). The publisher needs to publish it again with a current version of TVET Desktop. Nothing was installed.</source>
        <translation>الفهرس الموجود في هذا المجلد هو الإصدار {offered}، وقد أُعدّ لتطبيقات أقدم (تنسيق الفهرس {format}، وهذا التطبيق يقرأ التنسيق {reads}). على الناشر أن ينشره من جديد بإصدار حالي من TVET Desktop. لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The catalogue in this file is v{offered}, made for older apps (catalogue format {format}; this app reads {reads}). The publisher needs to publish it again with a current version of TVET Desktop. Nothing was installed.</source>
        <translation>الفهرس الموجود في هذا الملف هو الإصدار {offered}، وقد أُعدّ لتطبيقات أقدم (تنسيق الفهرس {format}، وهذا التطبيق يقرأ التنسيق {reads}). على الناشر أن ينشره من جديد بإصدار حالي من TVET Desktop. لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The catalogue from this computer in the room is v{offered}, made for older apps (catalogue format {format}; this app reads {reads}). The publisher needs to publish it again with a current version of TVET Desktop. Nothing was installed.</source>
        <translation>الفهرس الآتي من هذا الحاسوب في القاعة هو الإصدار {offered}، وقد أُعدّ لتطبيقات أقدم (تنسيق الفهرس {format}، وهذا التطبيق يقرأ التنسيق {reads}). على الناشر أن ينشره من جديد بإصدار حالي من TVET Desktop. لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The catalogue from the server is v{offered}, made for older apps (catalogue format {format}; this app reads {reads}). The publisher needs to publish it again with a current version of TVET Desktop. Nothing was installed.</source>
        <translation>الفهرس الآتي من الخادم هو الإصدار {offered}، وقد أُعدّ لتطبيقات أقدم (تنسيق الفهرس {format}، وهذا التطبيق يقرأ التنسيق {reads}). على الناشر أن ينشره من جديد بإصدار حالي من TVET Desktop. لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>This catalogue was published on {published}; its update period ended on {expires}. It is newer than yours, so it was installed.</source>
        <translation>نُشر هذا الفهرس في {published}، وانتهت فترة تحديثه في {expires}. وهو أحدث من فهرسك، لذا ثُبّت.</translation>
    </message>
    <message>
        <source>The downloaded catalogue is not a valid database ({problem}); nothing was installed.</source>
        <translation>الفهرس الذي نُزّل ليس قاعدة بيانات صالحة ({problem})؛ لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The downloaded catalogue failed SQLite&apos;s integrity check ({problem}); nothing was installed.</source>
        <translation>لم يجتز الفهرس الذي نُزّل فحص السلامة في SQLite ‏({problem})؛ لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The downloaded catalogue does not match its manifest ({problem}); nothing was installed.</source>
        <translation>الفهرس الذي نُزّل لا يطابق بيانه ({problem})؛ لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The downloaded catalogue is not built the way this app builds catalogues ({names} differ); nothing was installed.</source>
        <translation>الفهرس الذي نُزّل لم يُبنَ بالطريقة التي يبني بها هذا التطبيق الفهارس (تختلف: {names})؛ لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The downloaded catalogue&apos;s search index is damaged ({problem}); nothing was installed.</source>
        <translation>فهرس البحث في الفهرس الذي نُزّل تالف ({problem})؛ لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>Catalogue v{version} is up to date.</source>
        <translation>الفهرس، الإصدار {version}، محدَّث.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue on this USB stick.</source>
        <translation>لديك بالفعل الفهرس، الإصدار {version}، وهو نفسه الفهرس الموجود على ذاكرة USB هذه.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue in this folder.</source>
        <translation>لديك بالفعل الفهرس، الإصدار {version}، وهو نفسه الفهرس الموجود في هذا المجلد.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue in this file.</source>
        <translation>لديك بالفعل الفهرس، الإصدار {version}، وهو نفسه الفهرس الموجود في هذا الملف.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue from this computer in the room.</source>
        <translation>لديك بالفعل الفهرس، الإصدار {version}، وهو نفسه الفهرس الآتي من هذا الحاسوب في القاعة.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue on this USB stick. Its update period ended on {expires}, so a newer one may exist: ask for it, or update from the server.</source>
        <translation>لديك بالفعل الفهرس، الإصدار {version}، وهو نفسه الفهرس الموجود على ذاكرة USB هذه. انتهت فترة تحديثه في {expires}، لذا قد يوجد فهرس أحدث: اطلبه، أو حدّث من الخادم.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue in this folder. Its update period ended on {expires}, so a newer one may exist: ask for it, or update from the server.</source>
        <translation>لديك بالفعل الفهرس، الإصدار {version}، وهو نفسه الفهرس الموجود في هذا المجلد. انتهت فترة تحديثه في {expires}، لذا قد يوجد فهرس أحدث: اطلبه، أو حدّث من الخادم.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue in this file. Its update period ended on {expires}, so a newer one may exist: ask for it, or update from the server.</source>
        <translation>لديك بالفعل الفهرس، الإصدار {version}، وهو نفسه الفهرس الموجود في هذا الملف. انتهت فترة تحديثه في {expires}، لذا قد يوجد فهرس أحدث: اطلبه، أو حدّث من الخادم.</translation>
    </message>
    <message>
        <source>You already have catalogue v{version}, the same as the catalogue from this computer in the room. Its update period ended on {expires}, so a newer one may exist: ask for it, or update from the server.</source>
        <translation>لديك بالفعل الفهرس، الإصدار {version}، وهو نفسه الفهرس الآتي من هذا الحاسوب في القاعة. انتهت فترة تحديثه في {expires}، لذا قد يوجد فهرس أحدث: اطلبه، أو حدّث من الخادم.</translation>
    </message>
    <message>
        <source>{name} does not match the signed manifest (damaged or tampered); it was deleted and nothing was installed.</source>
        <translation>‏{name} لا يطابق البيان الموقَّع (تالف أو عُبث به)؛ حُذف ولم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The disk is full; the update stopped. What was downloaded is kept for the next try once space is freed.</source>
        <translation>القرص ممتلئ؛ توقّف التحديث. ما نُزّل محفوظ للمحاولة التالية بعد تحرير مساحة.</translation>
    </message>
    <message>
        <source>Not enough free disk space for this update: it needs {needed}, only {free} are free in {folder}. Nothing was changed.</source>
        <translation>لا توجد مساحة حرة كافية على القرص لهذا التحديث: يحتاج إلى {needed}، والمتاح في {folder} هو {free} فقط. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Update cancelled; what was downloaded is kept and the next update resumes from there.</source>
        <translation>أُلغي التحديث؛ ما نُزّل محفوظ وسيستأنف التحديث التالي من حيث توقّف.</translation>
    </message>
    <message>
        <source>Another catalogue update is running; wait for it to finish.</source>
        <translation>يجري تحديث آخر للفهرس؛ انتظر حتى ينتهي.</translation>
    </message>
    <message>
        <source>The bundled catalogue is in use and no other version is installed.</source>
        <translation>الفهرس المرفق مع التطبيق قيد الاستخدام، ولا يوجد إصدار آخر مثبَّت.</translation>
    </message>
    <message>
        <source>the record of the catalogue in use was damaged and has been rebuilt from the installed versions</source>
        <translation>كان سجل الفهرس المستخدَم تالفًا وأُعيد بناؤه من الإصدارات المثبَّتة</translation>
    </message>
    <message>
        <source>catalogue v{version} is damaged or missing</source>
        <translation>الفهرس، الإصدار {version}، تالف أو مفقود</translation>
    </message>
    <message>
        <source>{path} is not a plain file; nothing was read from it.</source>
        <translation>‏{path} ليس ملفًا عاديًا؛ لم يُقرأ منه شيء.</translation>
    </message>
    <message>
        <source>{path} is larger than {cap}; refusing to read it.</source>
        <translation>‏{path} أكبر من {cap}؛ لن يُقرأ.</translation>
    </message>
    <message>
        <source>{name} ends early; nothing was installed.</source>
        <translation>‏{name} ينتهي قبل أوانه؛ لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>{name} unpacks to more data than its manifest says; nothing was installed.</source>
        <translation>‏{name} يُفكّ ضغطه إلى بيانات أكثر مما يذكر بيانه؛ لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>{name} is not a valid compressed file ({problem}); nothing was installed.</source>
        <translation>‏{name} ليس ملفًا مضغوطًا صالحًا ({problem})؛ لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>{name} does not match the signed manifest (damaged or tampered); nothing was installed.</source>
        <translation>‏{name} لا يطابق البيان الموقَّع (تالف أو عُبث به)؛ لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The catalogue delta is malformed ({problem}); nothing was installed.</source>
        <translation>ملف تغييرات الفهرس غير سليم البنية ({problem})؛ لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The catalogue delta does not say which version it builds; nothing was installed.</source>
        <translation>ملف تغييرات الفهرس لا يذكر الإصدار الذي يُنتجه؛ لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The catalogue delta holds a bad item ({problem}); nothing was installed.</source>
        <translation>ملف تغييرات الفهرس يحوي عنصرًا غير صالح ({problem})؛ لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The manifest&apos;s {field} “{text}” is not a time like 2026-11-29T08:00:00Z.</source>
        <translation>في البيان، ‏{field} «{text}» ليس وقتًا بصيغة مثل 2026-11-29T08:00:00Z.</translation>
    </message>
    <message>
        <source>The server answered with a web page, not a catalogue manifest. If this network shows a sign-in page, open a web browser and sign in first.</source>
        <translation>أجاب الخادم بصفحة ويب، لا ببيان فهرس. إذا كانت هذه الشبكة تعرض صفحة تسجيل دخول، فافتح متصفح ويب وسجّل الدخول أولًا.</translation>
    </message>
    <message>
        <source>The manifest is not valid JSON.</source>
        <translation>البيان ليس JSON صالحًا.</translation>
    </message>
    <message>
        <source>The manifest is not a {format} manifest (a newer app may be needed).</source>
        <translation>البيان ليس بيانًا بتنسيق {format} (قد يلزم تطبيق أحدث).</translation>
    </message>
    <message>
        <source>The manifest is incomplete or malformed ({problem}).</source>
        <translation>البيان ناقص أو غير سليم البنية ({problem}).</translation>
    </message>
    <message>
        <source>The manifest lists a delta without the version it applies to.</source>
        <translation>يذكر البيان ملف تغييرات دون الإصدار الذي ينطبق عليه.</translation>
    </message>
    <message>
        <source>The manifest names an unsafe file “{name}”; nothing was downloaded.</source>
        <translation>يسمّي البيان ملفًا غير آمن «{name}»؛ لم يُنزَّل شيء.</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature file is malformed; nothing was installed.</source>
        <translation>ملف توقيع البيان غير سليم البنية؛ لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>No publisher key is trusted yet: press Add key… in File → Update the catalogue… and choose the .pub file your catalogue publisher gave you.</source>
        <translation>لا يوجد مفتاح ناشر موثوق بعد: اضغط «إضافة مفتاح…» في ملف ← تحديث الفهرس… واختر ملف .pub الذي أعطاك إياه ناشر الفهرس.</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature by key {key} does not match its contents: it was changed after signing. Nothing was installed.</source>
        <translation>توقيع البيان بالمفتاح {key} لا يطابق محتواه: عُدّل بعد التوقيع. لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The manifest is signed by {keys}, which this app does not trust. Nothing was installed.</source>
        <translation>البيان موقَّع بالمفتاح {keys}، وهو غير موثوق لدى هذا التطبيق. لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>The manifest is signed by no key, so this app does not trust it. Nothing was installed.</source>
        <translation>البيان غير موقَّع بأي مفتاح، لذا لا يثق به هذا التطبيق. لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>{path} already exists; move it away first (a lost signing key cannot be recovered).</source>
        <translation>‏{path} موجود بالفعل؛ انقله أولًا (لا يمكن استرجاع مفتاح توقيع مفقود).</translation>
    </message>
    <message>
        <source>{path} is not a TVET Desktop signing key.</source>
        <translation>‏{path} ليس مفتاح توقيع لـ TVET Desktop.</translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 signing key.</source>
        <translation>‏{path} ليس مفتاح توقيع Ed25519.</translation>
    </message>
    <message>
        <source>{path} is a private signing key: keep it secret. Trust the matching .pub file instead.</source>
        <translation>‏{path} مفتاح توقيع خاص: احتفظ به سرًّا. أضف بدلًا منه ملف .pub المقابل.</translation>
    </message>
    <message>
        <source>{path} is not a public key: choose the .pub file the catalogue publisher sent you.</source>
        <translation>‏{path} ليس مفتاحًا عامًا: اختر ملف .pub الذي أرسله إليك ناشر الفهرس.</translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 public key.</source>
        <translation>‏{path} ليس مفتاحًا عامًا من نوع Ed25519.</translation>
    </message>
    <message>
        <source>Key {keyid} was not added by you (keys shipped with the app cannot be removed).</source>
        <translation>المفتاح {keyid} لم تُضِفه أنت (لا يمكن إزالة المفاتيح المرفقة مع التطبيق).</translation>
    </message>
    <message>
        <source>{path} is missing: this folder is not a TVET Desktop catalogue export.</source>
        <translation>‏{path} مفقود: هذا المجلد ليس تصديرًا لفهرس TVET Desktop.</translation>
    </message>
    <message>
        <source>{path} is missing from this catalogue export.</source>
        <translation>‏{path} مفقود من تصدير الفهرس هذا.</translation>
    </message>
    <message>
        <source>{path} is far larger than its manifest says; refusing to copy it.</source>
        <translation>‏{path} أكبر بكثير مما يذكر بيانه؛ لن يُنسخ.</translation>
    </message>
    <message>
        <source>{path} changed while it was being copied.</source>
        <translation>‏{path} تغيّر أثناء نسخه.</translation>
    </message>
    <message>
        <source>{bundle} holds no {name}: it is not a TVET Desktop catalogue bundle.</source>
        <translation>‏{bundle} لا يحوي {name}: ليس حزمة فهرس لـ TVET Desktop.</translation>
    </message>
    <message>
        <source>{name} in {bundle} is larger than {cap}; refusing to read it.</source>
        <translation>‏{name} في {bundle} أكبر من {cap}؛ لن يُقرأ.</translation>
    </message>
    <message>
        <source>{name} in {bundle} is far larger than its manifest says; refusing to copy it.</source>
        <translation>‏{name} في {bundle} أكبر بكثير مما يذكر بيانه؛ لن يُنسخ.</translation>
    </message>
    <message>
        <source>{bundle} is damaged or not a plain catalogue bundle ({problem}); copy it again from the original.</source>
        <translation>‏{bundle} تالف أو ليس حزمة فهرس عادية ({problem})؛ انسخه مرة أخرى من الأصل.</translation>
    </message>
    <message>
        <source>{path} is neither a catalogue export folder nor a catalogue bundle (.zip) file.</source>
        <translation>‏{path} ليس مجلد تصدير فهرس ولا حزمة فهرس (ملف ‎.zip).</translation>
    </message>
    <message>
        <source>The catalogue in use is the one bundled with the app, which every copy already has; there is nothing newer to export.</source>
        <translation>الفهرس المستخدَم هو المرفق مع التطبيق، وهو موجود في كل نسخة: لا يوجد ما هو أحدث لتصديره.</translation>
    </message>
    <message>
        <source>{address} is not an http:// or https:// address.</source>
        <translation>‏{address} ليس عنوان http://‎ أو https://‎.</translation>
    </message>
    <message>
        <source>{address} does not match the signed manifest: the server has {announced}, the manifest says {length} (tampered, or a publish is still in progress).</source>
        <translation>‏{address} لا يطابق البيان الموقَّع: لدى الخادم {announced}، والبيان يذكر {length} (عُبث به، أو ما زال النشر جاريًا).</translation>
    </message>
    <message>
        <source>{address} was not found on the server (404).</source>
        <translation>‏{address} غير موجود على الخادم (404).</translation>
    </message>
    <message>
        <source>The server refused {address} ({status} {reason}).</source>
        <translation>رفض الخادم {address} ‏({status} {reason}).</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a catalogue file. If this network shows a sign-in page, open a web browser and sign in first.</source>
        <translation>أجاب الخادم بصفحة ويب بدلًا من ملف فهرس. إذا كانت هذه الشبكة تعرض صفحة تسجيل دخول، فافتح متصفح ويب وسجّل الدخول أولًا.</translation>
    </message>
    <message>
        <source>The server sent this app on to {target}, another address than the one you gave ({host}); the app only follows http:// or https:// links on {host}. If the catalogue has moved, update from its new address. Nothing was installed.</source>
        <translation>أحال الخادم هذا التطبيق إلى {target}، وهو عنوان غير الذي أعطيته ({host})؛ لا يتبع التطبيق إلا روابط http://‎ أو https://‎ على {host}. إذا انتقل الفهرس، فحدّث من عنوانه الجديد. لم يُثبَّت شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Could not fetch {address}: {reason}, after %Ln tries.</source>
        <translation>
            <numerusform>تعذّر جلب {address}: {reason}، دون أي محاولة.</numerusform>
            <numerusform>تعذّر جلب {address}: {reason}، بعد محاولة واحدة.</numerusform>
            <numerusform>تعذّر جلب {address}: {reason}، بعد محاولتين.</numerusform>
            <numerusform>تعذّر جلب {address}: {reason}، بعد %Ln محاولات.</numerusform>
            <numerusform>تعذّر جلب {address}: {reason}، بعد %Ln محاولة.</numerusform>
            <numerusform>تعذّر جلب {address}: {reason}، بعد %Ln محاولة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not fetch {address}: {reason}, after %Ln tries. {kept} are kept and the next update resumes from there.</source>
        <translation>
            <numerusform>تعذّر جلب {address}: {reason}، دون أي محاولة. حُفظ {kept} وسيستأنف التحديث التالي من حيث توقّف.</numerusform>
            <numerusform>تعذّر جلب {address}: {reason}، بعد محاولة واحدة. حُفظ {kept} وسيستأنف التحديث التالي من حيث توقّف.</numerusform>
            <numerusform>تعذّر جلب {address}: {reason}، بعد محاولتين. حُفظ {kept} وسيستأنف التحديث التالي من حيث توقّف.</numerusform>
            <numerusform>تعذّر جلب {address}: {reason}، بعد %Ln محاولات. حُفظ {kept} وسيستأنف التحديث التالي من حيث توقّف.</numerusform>
            <numerusform>تعذّر جلب {address}: {reason}، بعد %Ln محاولة. حُفظ {kept} وسيستأنف التحديث التالي من حيث توقّف.</numerusform>
            <numerusform>تعذّر جلب {address}: {reason}، بعد %Ln محاولة. حُفظ {kept} وسيستأنف التحديث التالي من حيث توقّف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again in {seconds} s ({attempt} of {attempts}): {reason}.</source>
        <translation>محاولة جديدة بعد {seconds} ث ({attempt} من {attempts}): {reason}.</translation>
    </message>
    <message>
        <source>“{text}” is not a computer&apos;s address (like 192.168.1.20 or 192.168.1.20:8765).</source>
        <translation>«{text}» ليس عنوان حاسوب (مثل 192.168.1.20 أو 192.168.1.20:8765).</translation>
    </message>
    <message>
        <source>“{text}” is not a computer&apos;s address (like 192.168.1.20 or 192.168.1.20:8765); a computer in the room shares over plain http://.</source>
        <translation>«{text}» ليس عنوان حاسوب (مثل 192.168.1.20 أو 192.168.1.20:8765)؛ الحاسوب في القاعة يشارك عبر http://‎ العادي.</translation>
    </message>
    <message>
        <source>No computer called “{host}” was found on this network; give the address that Share with this room shows on that computer (like 192.168.1.20).</source>
        <translation>لم يُعثر على حاسوب باسم «{host}» في هذه الشبكة؛ أدخل العنوان الذي تعرضه «المشاركة مع هذه القاعة» على ذلك الحاسوب (مثل 192.168.1.20).</translation>
    </message>
    <message>
        <source>{host} is not on this room&apos;s network, so it cannot be a computer in the room. For a server on the internet, untick “A computer in this room”.</source>
        <translation>‏{host} ليس على شبكة هذه القاعة، فلا يمكن أن يكون حاسوبًا في القاعة. لخادم على الإنترنت، ألغِ تحديد «حاسوب في هذه القاعة».</translation>
    </message>
    <message>
        <source>nothing answers at that address</source>
        <translation>لا شيء يجيب على هذا العنوان</translation>
    </message>
    <message>
        <source>the server name could not be found (are you online?)</source>
        <translation>تعذّر العثور على اسم الخادم (هل أنت متصل بالإنترنت؟)</translation>
    </message>
    <message>
        <source>the server there does not speak https (is the address http://?)</source>
        <translation>الخادم على هذا العنوان لا يستخدم https (هل العنوان يبدأ بـ http://‎؟)</translation>
    </message>
    <message>
        <source>the server&apos;s security certificate could not be verified</source>
        <translation>تعذّر التحقق من شهادة أمان الخادم</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>لم يُجب الخادم في الوقت المحدد</translation>
    </message>
    <message>
        <source>the server answered {status}</source>
        <translation>أجاب الخادم بالرمز {status}</translation>
    </message>
    <message>
        <source>the connection failed ({problem})</source>
        <translation>فشل الاتصال ({problem})</translation>
    </message>
    <message>
        <source>the server sent a different part of the file than asked for</source>
        <translation>أرسل الخادم جزءًا من الملف غير الجزء المطلوب</translation>
    </message>
    <message>
        <source>the connection closed after {have} of {length}</source>
        <translation>انقطع الاتصال بعد {have} من {length}</translation>
    </message>
    <message>
        <source>the link stalled ({rate} bytes/s)</source>
        <translation>توقّف الاتصال تقريبًا ({rate} بايت/ث)</translation>
    </message>
    <message>
        <source>{reason}; nothing useful arrived for {seconds} s</source>
        <translation>{reason}؛ لم يصل شيء مفيد منذ {seconds} ث</translation>
    </message>
    <message>
        <source>{addresses} is not an address on a local network: sharing is for the computers in this room only. Choose one of this computer&apos;s addresses.</source>
        <translation>‏{addresses} ليس عنوانًا على شبكة محلية: المشاركة لحواسيب هذه القاعة فقط. اختر أحد عناوين هذا الحاسوب.</translation>
    </message>
    <message>
        <source>No address is chosen: sharing is for the computers in this room only. Choose one of this computer&apos;s addresses.</source>
        <translation>لم يُختر أي عنوان: المشاركة لحواسيب هذه القاعة فقط. اختر أحد عناوين هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Could not share on port {port}: {problem}. Another program may be using it; choose another port.</source>
        <translation>تعذّرت المشاركة على المنفذ {port}: {problem}. ربما يستخدمه برنامج آخر؛ اختر منفذًا آخر.</translation>
    </message>
    <message>
        <source>Not enough free disk space to keep “{name}” offline: it needs {needed} (with room to spare), only {free} are free in {folder}. Nothing was changed.</source>
        <translation>لا توجد مساحة حرة كافية على القرص للاحتفاظ بـ«{name}» دون اتصال: يحتاج إلى {needed} (مع هامش)، والمتاح في {folder} هو {free} فقط. لم يتغيّر شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough free disk space to keep these %Ln documents offline: they need {needed} (with room to spare), only {free} are free in {folder}. Nothing was downloaded.</source>
        <translation>
            <numerusform>لا تكفي المساحة الحرة على القرص لإتاحة هذه الملفات (%Ln) دون اتصال: تحتاج إلى {needed} (مع هامش احتياطي)، والمساحة الحرة في {folder} هي {free} فقط. لم يُنزَّل شيء.</numerusform>
            <numerusform>لا تكفي المساحة الحرة على القرص لإتاحة هذه الملفات (%Ln) دون اتصال: تحتاج إلى {needed} (مع هامش احتياطي)، والمساحة الحرة في {folder} هي {free} فقط. لم يُنزَّل شيء.</numerusform>
            <numerusform>لا تكفي المساحة الحرة على القرص لإتاحة هذه الملفات (%Ln) دون اتصال: تحتاج إلى {needed} (مع هامش احتياطي)، والمساحة الحرة في {folder} هي {free} فقط. لم يُنزَّل شيء.</numerusform>
            <numerusform>لا تكفي المساحة الحرة على القرص لإتاحة هذه الملفات (%Ln) دون اتصال: تحتاج إلى {needed} (مع هامش احتياطي)، والمساحة الحرة في {folder} هي {free} فقط. لم يُنزَّل شيء.</numerusform>
            <numerusform>لا تكفي المساحة الحرة على القرص لإتاحة هذه الملفات (%Ln) دون اتصال: تحتاج إلى {needed} (مع هامش احتياطي)، والمساحة الحرة في {folder} هي {free} فقط. لم يُنزَّل شيء.</numerusform>
            <numerusform>لا تكفي المساحة الحرة على القرص لإتاحة هذه الملفات (%Ln) دون اتصال: تحتاج إلى {needed} (مع هامش احتياطي)، والمساحة الحرة في {folder} هي {free} فقط. لم يُنزَّل شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>it does not match the signed catalogue (damaged or tampered); it was deleted and not kept</source>
        <translation>لا يطابق الفهرس الموقَّع (تالف أو عُبث به)؛ حُذف ولم يُحتفظ به</translation>
    </message>
    <message>
        <source>The disk is full; the download stopped. What was downloaded is kept and the next try resumes from there once space is freed.</source>
        <translation>القرص ممتلئ؛ توقّف التنزيل. ما نُزّل محفوظ وستُستأنف المحاولة التالية من حيث توقّفت بعد تحرير مساحة.</translation>
    </message>
    <message>
        <source>it is not in the catalogue on this USB stick</source>
        <translation>ليس موجودًا في الفهرس الموجود على ذاكرة USB هذه</translation>
    </message>
    <message>
        <source>it is not in the catalogue in this folder</source>
        <translation>ليس موجودًا في الفهرس الموجود في هذا المجلد</translation>
    </message>
    <message>
        <source>it is not in the catalogue in this file</source>
        <translation>ليس موجودًا في الفهرس الموجود في هذا الملف</translation>
    </message>
    <message>
        <source>it is not in the catalogue from this computer in the room</source>
        <translation>ليس موجودًا في الفهرس الآتي من هذا الحاسوب في القاعة</translation>
    </message>
    <message>
        <source>it is not in the catalogue from the server</source>
        <translation>ليس موجودًا في الفهرس الآتي من الخادم</translation>
    </message>
    <message>
        <source>Another download of documents is running; wait for it to finish.</source>
        <translation>يجري تنزيل آخر للمستندات؛ انتظر حتى ينتهي.</translation>
    </message>
    <message>
        <source>No item “{item}” in the catalogue in use.</source>
        <translation>لا يوجد عنصر «{item}» في الفهرس المستخدَم.</translation>
    </message>
    <message numerus="yes">
        <source>No item “{item}” in the catalogue in use (nor %Ln more).</source>
        <translation>
            <numerusform>لا يوجد عنصر «{item}» في الفهرس المستخدَم (ولا غيره).</numerusform>
            <numerusform>لا يوجد عنصر «{item}» في الفهرس المستخدَم (ولا عنصر آخر).</numerusform>
            <numerusform>لا يوجد عنصر «{item}» في الفهرس المستخدَم (ولا عنصران آخران).</numerusform>
            <numerusform>لا يوجد عنصر «{item}» في الفهرس المستخدَم (ولا %Ln عناصر أخرى).</numerusform>
            <numerusform>لا يوجد عنصر «{item}» في الفهرس المستخدَم (ولا %Ln عنصرًا آخر).</numerusform>
            <numerusform>لا يوجد عنصر «{item}» في الفهرس المستخدَم (ولا %Ln عنصر آخر).</numerusform>
        </translation>
    </message>
    <message>
        <source>No update server is known yet: enter its address in File → Update the catalogue…, or import the catalogue from a USB stick.</source>
        <translation>لا يُعرف خادم تحديث بعد: أدخل عنوانه في ملف ← تحديث الفهرس…، أو استورد الفهرس من ذاكرة USB.</translation>
    </message>
    <message>
        <source>Another publish into {repo} is running; wait for it to finish.</source>
        <translation>يجري نشر آخر في {repo}؛ انتظر حتى ينتهي.</translation>
    </message>
    <message>
        <source>Version {version} is not above v{newest}, the newest in {repo}; clients would refuse it.</source>
        <translation>الإصدار {version} ليس أعلى من الإصدار {newest}، وهو الأحدث في {repo}؛ سترفضه الأجهزة المستقبِلة.</translation>
    </message>
    <message>
        <source>Item “{item}”: the file of attachment “{filename}” is neither in the source folder nor in {folder}.</source>
        <translation>العنصر «{item}»: ملف المرفق «{filename}» ليس في مجلد المصدر ولا في {folder}.</translation>
    </message>
    <message>
        <source>Item “{item}”: {path} changed while it was being published; publish again.</source>
        <translation>العنصر «{item}»: تغيّر {path} أثناء نشره؛ انشر مرة أخرى.</translation>
    </message>
    <message>
        <source>{path} is not a catalogue snapshot; remove it from {repo}.</source>
        <translation>‏{path} ليس لقطة فهرس؛ أزله من {repo}.</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); remove it from the repository and publish again.</source>
        <translation>‏{path} تالف ({problem})؛ أزله من المستودع وانشر مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>VersionsBox</name>
    <message>
        <source>Versions on this computer</source>
        <translation>الإصدارات على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Roll back to v{version}</source>
        <translation>الرجوع إلى الإصدار {version}</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>الرجوع</translation>
    </message>
    <message>
        <source>v{version} · bundled with the app</source>
        <translation>الإصدار {version} · المرفق بالتطبيق</translation>
    </message>
    <message>
        <source>v{version} · in use · bundled with the app</source>
        <translation>الإصدار {version} · مستخدم · المرفق بالتطبيق</translation>
    </message>
    <message>
        <source>v{version} · in use · from {origin}</source>
        <translation>الإصدار {version} · مستخدم · من {origin}</translation>
    </message>
    <message>
        <source>v{version} · used before · from {origin}</source>
        <translation>الإصدار {version} · استُخدم سابقًا · من {origin}</translation>
    </message>
    <message>
        <source>Now using catalogue v{version}; roll back again to undo.</source>
        <translation>يُستخدم الآن الفهرس، الإصدار {version}؛ ارجع مرة أخرى للتراجع.</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;Larger text</source>
        <translation>نص أ&amp;كبر</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>نص أ&amp;صغر</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>حجم النص ال&amp;عادي</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>حجم ال&amp;نص</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}٪</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>ال&amp;سمة</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>TVET Desktop is already open. To install the catalogue in {file}, choose File → Update the catalogue… → Import bundle… in its window.</source>
        <translation>TVET Desktop مفتوح من قبل. لتثبيت الفهرس الموجود في {file}، اختر ملف ← تحديث الفهرس… ← استيراد حزمة… في نافذته.</translation>
    </message>
    <message>
        <source>Import a catalogue</source>
        <translation>استيراد فهرس</translation>
    </message>
    <message>
        <source>Your notes need attention</source>
        <translation>ملاحظاتك تحتاج إلى انتباهك</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Start with empty notes</source>
        <translation>البدء بملاحظات فارغة</translation>
    </message>
    <message>
        <source>TVET Desktop cannot open your notes</source>
        <translation>لا يستطيع TVET Desktop فتح ملاحظاتك</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>Publication</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>ممارسة واعدة</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>برنامج</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>فعالية</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>مصطلح في المسرد</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>ملاحظتي</translation>
    </message>
    <message>
        <source>My document</source>
        <translation>مستندي</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>صفحة</translation>
    </message>
    <message>
        <source>No longer in the catalogue</source>
        <translation>لم يعد في الفهرس</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>الإيطالية</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>اليابانية</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>الكورية</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>السواحيلية</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>المؤلفون</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>قدّمه</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Facts from: {sources}</source>
        <translation>مصدر المعلومات: {sources}</translation>
    </message>
    <message>
        <source>Source: {address}</source>
        <translation>المصدر: {address}</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>TVET Desktop met an unexpected problem ({what}). Your notes are saved as you type; if something no longer works, close and open the app again. The details are in {log}: please send that file to whoever looks after this computer.</source>
        <translation>واجه TVET Desktop مشكلة غير متوقعة ({what}). تُحفظ ملاحظاتك أثناء الكتابة؛ إذا توقف شيء عن العمل، فأغلق التطبيق ثم افتحه من جديد. التفاصيل موجودة في {log}: يُرجى إرسال هذا الملف إلى المسؤول عن هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong inside TVET Desktop ({problem}); the details are in {log}</source>
        <translation>حدث خطأ داخل TVET Desktop ({problem})؛ التفاصيل موجودة في {log}</translation>
    </message>
    <message>
        <source>the catalogue or notes file is damaged ({problem})</source>
        <translation>ملف الفهرس أو الملاحظات تالف ({problem})</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <source>My notes</source>
        <translation>ملاحظاتي</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>ملاحظتي</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>المؤلفون</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Source: {address}</source>
        <translation>المصدر: {address}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>صفحة {page}</translation>
    </message>
    <message>
        <source>No longer in the catalogue (kept in your list).</source>
        <translation>لم يعد في الفهرس (محفوظ في قائمتك).</translation>
    </message>
    <message>
        <source>From the TVET Desktop catalogue v{version} of {date}. The catalogue describes publications, practices and programmes of UNESCO-UNEVOC and its network.</source>
        <translation>من فهرس TVET Desktop، الإصدار {version} بتاريخ {date}. يصف الفهرس منشورات وممارسات وبرامج اليونسكو-اليونيفوك وشبكتها.</translation>
    </message>
    <message>
        <source>{title} · page {page} of {pages}</source>
        <translation>{title} · صفحة {page} من {pages}</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>دليل الاستخدام غير موجود في هذا التثبيت.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>دليل الاستخدام</translation>
    </message>
    <message>
        <source>An offline library for trainers and teachers in technical and vocational education and training.</source>
        <translation>مكتبة تعمل دون اتصال بالإنترنت للمدرّبين والمعلّمين في التعليم والتدريب التقني والمهني.</translation>
    </message>
    <message>
        <source>Catalogue v{version} of {date}, from {origin}. Items: {count}.</source>
        <translation>الفهرس، الإصدار {version} بتاريخ {date}، من {origin}. عدد العناصر: {count}.</translation>
    </message>
    <message>
        <source>The catalogue describes publications, promising practices, programmes, events and glossary terms of UNESCO-UNEVOC, the UNESCO International Centre for Technical and Vocational Education and Training, and its network. The summaries were written for this app; each item names the pages its facts come from, and the originals remain the work of their authors.</source>
        <translation>يصف الفهرس منشورات وممارسات واعدة وبرامج وفعاليات ومصطلحات من مسرد اليونسكو-اليونيفوك، المركز الدولي للتعليم والتدريب التقني والمهني التابع لليونسكو، ومن شبكته. كُتبت الملخصات لهذا التطبيق؛ ويذكر كل عنصر الصفحات التي أُخذت منها معلوماته، وتبقى الأعمال الأصلية ملكًا لمؤلفيها.</translation>
    </message>
    <message>
        <source>TVET Desktop is free software under the MIT licence.</source>
        <translation>TVET Desktop برنامج حر مرخَّص بموجب رخصة MIT.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>بُني باستخدام</translation>
    </message>
    <message>
        <source>About TVET Desktop</source>
        <translation>حول TVET Desktop</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>the document was removed</source>
        <translation>أُزيل المستند</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>ملاحظة بلا عنوان</translation>
    </message>
    <message>
        <source>This item is no longer in the catalogue; your entry is kept.</source>
        <translation>لم يعد هذا العنصر في الفهرس؛ إدخالك محفوظ.</translation>
    </message>
    <message>
        <source>This document was removed from your documents; your entry is kept.</source>
        <translation>أُزيل هذا المستند من مستنداتك؛ إدخالك محفوظ.</translation>
    </message>
    <message>
        <source>on “{title}”</source>
        <translation>على «{title}»</translation>
    </message>
    <message>
        <source>no longer in the catalogue</source>
        <translation>لم يعد في الفهرس</translation>
    </message>
    <message>
        <source>the item has changed since this note was written</source>
        <translation>تغيّر العنصر منذ كتابة هذه الملاحظة</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <source>&amp;Follow the system</source>
        <translation>ا&amp;تباع النظام</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>تباين &amp;عالٍ</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Checking</source>
        <translation>جارٍ التحقق</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>جارٍ التثبيت</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>جارٍ التدقيق</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>جارٍ التنزيل</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>أضفته أنت</translation>
    </message>
    <message>
        <source>shipped with the app</source>
        <translation>مرفق بالتطبيق</translation>
    </message>
    <message>
        <source>bundled with the app</source>
        <translation>المرفق مع التطبيق</translation>
    </message>
    <message>
        <source>an earlier update</source>
        <translation>تحديث سابق</translation>
    </message>
</context>
</TS>

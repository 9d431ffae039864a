"""Reading documents in the reading pane: PDF through Qt's PDF module, the rest through the safe renderer.

``document_view`` is what the window holds; it imports the PDF reader (``pdf_reader``, ``pdf_view``) only
when the first PDF opens, so start-up never loads Qt's PDF module.
"""

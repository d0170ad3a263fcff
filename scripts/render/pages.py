"""The Markdown source of each generated document page.

A generated page is ordinary Markdown: headings (so the table of contents and anchors work
as on any page) and `<!-- insert: … -->` lines, which the build fills with the HTML
rendered from the corpus.
"""

from __future__ import annotations

import json

from ..corpus.model import LANGUAGES, Document
from .parallel import column_label


def page_title(document: Document) -> str:
    """The page's <title>: short, unique, with the date."""
    return f"{document.short_title}, {document.date.day} {document.date:%B %Y}: the texts"


def page_description(document: Document) -> str:
    languages = [LANGUAGES[lang] for lang in ("ja", "ru", "en") if any(t.language == lang for t in document.texts)]
    listed = " and ".join(languages) if len(languages) < 3 else f"{languages[0]}, {languages[1]} and {languages[2]}"
    return f"The {document.short_title} of {document.date.day} {document.date:%B %Y}: the {listed} texts side by side, with the source of each."


def document_markdown(document: Document) -> str:
    front = {"title": page_title(document), "description": page_description(document)}
    lines = ["---"] + [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in front.items()]
    lines += ["hide: [toc]  # the texts need the width; the table links to each provenance note",
              "search: {boost: 3}  # a query in Japanese or Russian is most likely after the texts", "---", ""]
    lines += [f"# {document.title}", "", f"<!-- insert: document-about {document.id} -->", ""]
    lines += ["## The texts side by side { #texts }", "",
              "Each row is one passage in every language the edition has. The passage name at the start of a "
              "row is its permanent link (for example `#art-3`): use it to cite or share a single article. "
              "Gaps are marked where the copies consulted break off; the column headings name the copy "
              "behind each column, and the provenance notes below give the details.", "",
              f"<!-- insert: document-table {document.id} -->", ""]
    lines += ["## Download { #download }", "",
              "The texts of this document as data, rendered from the same files as this page "
              "(see [the data page](../data.md) for the formats):", "",
              f"<!-- insert: document-downloads {document.id} -->", ""]
    lines += ["## Provenance { #provenance }", ""]
    if document.missing:
        lines += ["Languages in which the edition has no text of this document:", "",
                  f"<!-- insert: document-missing {document.id} -->", ""]
    for text_ in document.texts:
        lines += [f"### {column_label(document, text_)} {{ #provenance-{text_.name} }}", "",
                  f"<!-- insert: document-provenance {document.id} {text_.name} -->", ""]
    return "\n".join(lines)

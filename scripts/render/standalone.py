"""Standalone HTML pages of the texts, readable without MkDocs (`python -m scripts.sources build`).

They use the same fragments as the site, in a minimal page with its own small stylesheet.
"""

from __future__ import annotations

from ..corpus.model import Corpus, Document
from .html import tag, text
from .index import render_index
from .parallel import column_label, render_table
from .provenance import render_about, render_missing, render_text_provenance

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:75rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
table{border-collapse:collapse;width:100%}th,td{vertical-align:top;text-align:left;padding:.4em .6em;
border-top:1px solid #ccc;overflow-wrap:anywhere}.parallel-line,.parallel-gap,.parallel-witness{display:block}
.parallel-gap{font-style:italic;color:#555;border-left:3px solid #a15c00;padding-left:.5em}
.md-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
"""


def _page(title: str, body: str) -> str:
    return ("<!doctype html>\n" + tag("html", tag("head", '<meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            + tag("title", text(title)) + tag("style", _STYLE)) + tag("body", body), lang="en") + "\n")


def document_page(document: Document) -> str:
    body = tag("p", tag("a", "All documents", href="index.html"))
    body += tag("h1", text(document.title)) + render_about(document)
    body += tag("h2", "The texts side by side", id="texts") + render_table(document)
    body += tag("h2", "Provenance", id="provenance") + render_missing(document)
    for text_ in document.texts:
        body += tag("h3", text(column_label(document, text_)), id=f"provenance-{text_.name}")
        body += render_text_provenance(document, text_)
    return _page(document.title, body)


def index_page(corpus: Corpus) -> str:
    body = tag("h1", "The documents") + render_index(corpus, lambda d: f"{d.id}.html")
    return _page("The documents", body)

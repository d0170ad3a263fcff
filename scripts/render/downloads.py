"""Download links: a document's data files, and the list of all of them for the Data page."""

from __future__ import annotations

from typing import Callable

from ..corpus.model import Corpus, Document
from ..export.files import BUNDLE, DATA
from .html import link, tag, text
from .parallel import column_label


def document_paths(document: Document) -> list[tuple[str, str]]:
    """(label, path) of every data file of one document."""
    folder = f"{DATA}/{document.id}/{document.id}"
    paths = [("TEI XML", f"{folder}.tei.xml"), ("JSON", f"{folder}.json")]
    paths += [(f"Plain text, {column_label(document, t)}", f"{folder}.{t.name}.txt") for t in document.texts]
    return paths


def render_document_downloads(document: Document, href: Callable[[str], str]) -> str:
    items = "".join(tag("li", link(href(path), text(label), download="")) for label, path in document_paths(document))
    items += tag("li", link(href(BUNDLE), "All documents in all formats (zip)", download=""))
    return tag("ul", items, class_="downloads")


def render_data_files(corpus: Corpus, href: Callable[[str], str]) -> str:
    rows = []
    for document in corpus.documents:
        links = " · ".join(link(href(path), text(label), download="") for label, path in document_paths(document))
        rows.append(tag("tr", tag("td", link(href(f"documents/{document.id}.md"), text(document.short_title)))
                        + tag("td", links)))
    head = tag("tr", tag("th", "Document", scope="col") + tag("th", "Files", scope="col"))
    return tag("table", tag("thead", head) + tag("tbody", "".join(rows)), class_="documents-index")

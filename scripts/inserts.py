"""What each `<!-- insert: name args -->` line of a page is replaced with.

Each entry calls one renderer. HTML goes through the stash (see `shortcodes`), Markdown is
returned as is.
"""

from __future__ import annotations

from typing import Callable

from .bibliography import Source, render_bibliography
from .corpus.model import Corpus, Document
from .errors import EditionError
from .render import compare, index, parallel, provenance
from .shortcodes import Insert, Stash


def registry(corpus: Corpus, sources: dict[str, Source], stash: Stash,
             href: Callable[[Document], str]) -> dict[str, Insert]:
    def document(key: str) -> Document:
        found = corpus.get(key)
        if found is None:
            raise EditionError("", None, f"unknown document {key!r}",
                               "use a document id such as " + corpus.documents[0].id)
        return found

    def text_of(key: str, name: str):
        found = document(key).text(name)
        if found is None:
            raise EditionError("", None, f"{key} has no text {name!r}", "use the stem of one of its .txt files")
        return found

    def html(rendered: str) -> str:
        return stash.block(rendered)

    return {
        "bibliography": lambda: render_bibliography(sources),
        "documents-index": lambda: html(index.render_index(corpus, href)),
        "document-about": lambda key: html(provenance.render_about(document(key))),
        "document-table": lambda key: html(parallel.render_table(document(key))),
        "document-missing": lambda key: html(provenance.render_missing(document(key))),
        "document-provenance": lambda key, name: html(provenance.render_text_provenance(document(key), text_of(key, name))),
        "compare": lambda left, right: html(compare.render_pair(corpus, left, right, href)),
        "script-forms": lambda: html(compare.render_script_forms(corpus, href)),
    }

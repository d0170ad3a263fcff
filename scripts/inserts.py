"""What each `<!-- insert: name args -->` line of a page is replaced with.

Each entry calls one renderer. HTML goes through the stash (see `shortcodes`), Markdown is
returned as is (and goes on through Markdown like the rest of the page).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from .apparatus.common import page_link
from .apparatus.corrections import render_corrections
from .apparatus.glossary import render_glossary
from .apparatus.people import render_people
from .apparatus.timeline import render_timeline
from .bibliography import render_bibliography
from .corpus.model import Document
from .data import SiteData
from .errors import EditionError
from .render import compare, downloads, index, parallel, provenance
from .shortcodes import Insert, Stash


@dataclass
class PageContext:
    """What an insert may need to know about the page it goes into and about the site."""
    src: str                                   # the page, e.g. "timeline.md"
    stash: Stash
    href: Callable[[Document], str]            # document → its page's URL, relative to this page
    href_file: Callable[[str], str] = str      # a file of the site (data/…) → its URL, relative
    titles: dict[str, str] = field(default_factory=dict)     # page src → title
    narrative: dict[str, str] = field(default_factory=dict)  # narrative page src → Markdown
    row_extra: Callable[[str], str] | None = None            # a passage's Cite control
    print_href: str = ""                       # the printable whole site, relative to this page


def registry(data: SiteData, page: PageContext) -> dict[str, Insert]:
    corpus, stash = data.corpus, page.stash

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

    def link(reference: str) -> str:
        return page_link(reference, page.src, page.titles)

    return {
        "bibliography": lambda: render_bibliography(data.bibliography),
        "documents-index": lambda: html(index.render_index(corpus, page.href)),
        "passage-names": lambda: html(index.render_passage_names(corpus, page.href)),
        "document-about": lambda key: html(provenance.render_about(document(key))),
        "document-table": lambda key: html(parallel.render_table(document(key), page.row_extra)),
        "document-missing": lambda key: html(provenance.render_missing(document(key))),
        "document-provenance": lambda key, name: html(provenance.render_text_provenance(document(key), text_of(key, name))),
        "compare": lambda left, right: html(compare.render_pair(corpus, left, right, page.href)),
        "script-forms": lambda: html(compare.render_script_forms(corpus, page.href)),
        "document-downloads": lambda key: html(downloads.render_document_downloads(document(key), page.href_file)),
        "data-files": lambda: html(downloads.render_data_files(corpus, page.href_file)),
        "timeline": lambda: render_timeline(data.timeline, corpus, page.src, page.titles),
        "people": lambda: render_people(data.people, corpus, page.src, page.narrative, page.titles),
        "glossary": lambda: render_glossary(data.glossary),
        "corrections": lambda: render_corrections(data.corrections, link),
        # The print page is made by a plugin, not a Markdown file, so it is linked in HTML;
        # tests/test_site_build.py checks the link like every other.
        "print-link": lambda: html(f'<p class="print-link"><a href="{page.print_href}">'
                                   "The whole edition on one page, for printing</a></p>"),
    }



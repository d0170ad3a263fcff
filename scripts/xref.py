"""`[[pact#art-3]]` in prose: a link to a passage of a document, with a preview of its text.

The link is an ordinary Markdown link to the document page, so MkDocs checks it like any
other; the preview is HTML from the corpus, shown on hover and on keyboard focus and
announced by screen readers as the link's description.
"""

from __future__ import annotations

import posixpath
import re

from .corpus.model import LANGUAGES, Corpus, Document, Segment, segment_label
from .errors import EditionError
from .render.html import tag, text
from .shortcodes import Stash

XREF = re.compile(r"\[\[([^\]|#]+)(?:#([^\]|]+))?(?:\|([^\]]+))?\]\]")
PREVIEW_CHARS = 240
ROLE_NOUNS = {"original": "original", "translation": "translation", "version": "text"}


def document_path(document: Document) -> str:
    """The Markdown path of a document's page, relative to docs/."""
    return f"documents/{document.id}.md"


def expand(markdown: str, page_src: str, page: str, corpus: Corpus, stash: Stash) -> str:
    """Replace every `[[…]]` of a page; an unknown document or passage is an error."""
    count = 0

    def replace(match: re.Match) -> str:
        nonlocal count
        key, segment_id, label = match.group(1).strip(), match.group(2), match.group(3)
        line = markdown.count("\n", 0, match.start()) + 1
        document = corpus.get(key)
        if document is None:
            raise EditionError(page, line, f"cross-reference {match.group(0)} names an unknown document {key!r}",
                               "use one of: " + ", ".join(d.key for d in corpus.documents))
        if segment_id is not None and segment_id not in document.segment_ids:
            raise EditionError(page, line, f"cross-reference {match.group(0)}: {document.key} has no passage {segment_id!r}",
                               "use one of: " + ", ".join(document.segment_ids))
        count += 1
        preview_id = f"xref-{count}"
        target = posixpath.relpath(document_path(document), posixpath.dirname(page_src) or ".")
        href = target + (f"#{segment_id}" if segment_id else "")
        label = label or default_label(document, segment_id)
        return (f'[{label}]({href}){{ .xref aria-describedby="{preview_id}" }}'
                + stash.inline(preview(document, segment_id, preview_id)))

    return XREF.sub(replace, markdown)


def default_label(document: Document, segment_id: str | None) -> str:
    return document.short_title + (f", {segment_label(segment_id)}" if segment_id else "")


def preview(document: Document, segment_id: str | None, preview_id: str) -> str:
    """The tooltip: the passage in English where the edition has it, else in the original."""
    head = document.short_title + (f", {segment_label(segment_id)}" if segment_id else "")
    if segment_id is None:
        body = tag("span", text(_shorten(document.summary)), lang="en")
        return _box(preview_id, head, body)
    candidates = sorted(document.segment_texts(segment_id),
                        key=lambda pair: (pair[0].language != "en", pair[0].role != "original"))
    for text_, segment in candidates:
        if segment.text_lines:
            words = " ".join(line.text for line in segment.text_lines)
            note = f"{LANGUAGES[text_.language]} {ROLE_NOUNS[text_.role]}"
            if segment.gaps:
                note += ", incomplete"
            body = tag("span", text(_shorten(words)), lang=text_.language)
            return _box(preview_id, f"{head} ({note})", body)
    gap = next((s.gaps[0].gap_note for _, s in candidates if s.gaps), "")
    body = tag("span", text(_shorten("No text of this passage is available in this edition. " + gap)), lang="en")
    return _box(preview_id, head, body)


def _box(preview_id: str, head: str, body: str) -> str:
    heading = tag("span", text(head), class_="xref-preview-head")
    return tag("span", f"{heading} {body}", class_="xref-preview", role="tooltip", id=preview_id,
               data_search_exclude="")


def _shorten(value: str) -> str:
    value = " ".join(value.split())
    if len(value) <= PREVIEW_CHARS:
        return value
    cut = value[:PREVIEW_CHARS]
    if " " in cut[PREVIEW_CHARS // 2:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(",;:") + " …"

"""The list of documents, with the languages each has and how complete each text is."""

from __future__ import annotations

from collections import Counter

from ..corpus.model import LANGUAGES, Corpus, Document, Text
from .html import link, tag, text
from .parallel import ROLE_LABELS, column_label


def completeness(document: Document, text_: Text) -> str:
    """E.g. "7 of 10 passages complete, 3 missing" — counted from the file itself."""
    counts = Counter(segment.status for segment in text_.segments)
    total = len(document.segment_ids) - len(text_.absent)
    parts = [f"{counts['complete']} of {total} passages complete"]
    if counts["partial"]:
        parts.append(f"{counts['partial']} incomplete")
    if counts["gap"]:
        parts.append(f"{counts['gap']} missing")
    return ", ".join(parts)


def render_index(corpus: Corpus, href: callable) -> str:
    """`href(document)` gives the link to a document's page from the index page."""
    head = "".join(tag("th", name, scope="col") for name in ("Date", "Document", "Texts in this edition"))
    rows = []
    for document in corpus.documents:
        titles = "".join(" " + tag("span", text(title), lang=lang, class_="documents-title")
                         for lang, title in document.titles.items() if lang != "en")
        name = link(href(document), text(document.title)) + titles
        texts = "".join(
            tag("li", f"{tag('strong', text(column_label(document, t)))} ({text(ROLE_LABELS[t.role])}): "
                      f"{text(completeness(document, t))}")
            for t in document.texts)
        texts += "".join(tag("li", f"{tag('strong', LANGUAGES[lang])}: no text found")
                         for lang in document.missing)
        date = tag("time", text(f"{document.date.day} {document.date:%B %Y}"), datetime=document.date.isoformat())
        rows.append(tag("tr", tag("td", date) + " " + tag("td", name) + " " + tag("td", tag("ul", texts))))
    return tag("table", tag("thead", tag("tr", head)) + tag("tbody", "".join(rows)), class_="documents-index")


def render_passage_names(corpus: Corpus, href: callable) -> str:
    """Each document with its address and the names (ids) of its passages."""
    head = "".join(tag("th", name, scope="col") for name in ("Document", "Address", "Passage names"))
    rows = "".join(
        tag("tr", tag("td", link(href(d), text(d.short_title)))
            + tag("td", tag("code", text(f"/documents/{d.id}/")))
            + tag("td", ", ".join(tag("code", text(sid)) for sid in d.segment_ids)))
        for d in corpus.documents)
    return tag("table", tag("thead", tag("tr", head)) + tag("tbody", rows), class_="documents-index")

"""Comparison views: two passages side by side, and two texts of one language."""

from __future__ import annotations

from ..corpus.model import LANGUAGE_ORDER, LANGUAGES, Corpus, Document, segment_label
from ..errors import EditionError
from .html import link, tag, text
from .parallel import column_label, render_lines


def resolve(corpus: Corpus, reference: str) -> tuple[Document, str]:
    """`pact#art-3` → (the pact, "art-3"); an unknown one is an error."""
    key, _, segment_id = reference.partition("#")
    document = corpus.get(key)
    if document is None or segment_id not in document.segment_ids:
        raise EditionError("", None, f"unknown passage {reference!r}", "write DOCUMENT#PASSAGE, e.g. pact#art-3")
    return document, segment_id


def render_pair(corpus: Corpus, left: str, right: str, href: callable) -> str:
    """Two passages in two columns, one row per language either of them has."""
    sides = [resolve(corpus, left), resolve(corpus, right)]
    head = tag("th", "Language", scope="col") + "".join(
        tag("th", link(href(doc) + f"#{sid}", text(f"{doc.short_title}, {segment_label(sid)}"))
            + tag("span", text(f"{doc.date.day} {doc.date:%B %Y}"), class_="parallel-witness"), scope="col")
        for doc, sid in sides)
    rows = []
    for language in LANGUAGE_ORDER:
        cells = []
        for doc, sid in sides:
            texts = [(t, t.segment(sid)) for t in doc.texts if t.language == language]
            if not texts:
                cells.append(tag("td", tag("span", f"No {LANGUAGES[language]} text of this document in the edition.",
                                           class_="parallel-absent-note"), class_="parallel-absent",
                                 data_label=f"{doc.short_title}"))
                continue
            text_, segment = texts[0]
            content = render_lines(segment) if segment else tag("span", "Not part of this version.", class_="parallel-absent-note")
            cells.append(tag("td", content, lang=language, class_="parallel-cell", data_label=doc.short_title))
        rows.append(tag("tr", tag("th", LANGUAGES[language], scope="row") + "".join(cells)))
    return tag("table", tag("thead", tag("tr", head)) + tag("tbody", "".join(rows)), class_="parallel-text parallel-compare")


def script_pairs(corpus: Corpus) -> list[tuple[Document, str]]:
    """Documents with two texts in one language (e.g. kyūjitai and shinjitai Japanese)."""
    pairs = []
    for document in corpus.documents:
        for language in LANGUAGE_ORDER:
            if len([t for t in document.texts if t.language == language]) > 1:
                pairs.append((document, language))
    return pairs


def render_script_forms(corpus: Corpus, href: callable) -> str:
    """For each document with two texts in one language, those two texts side by side."""
    blocks = []
    for document, language in script_pairs(corpus):
        texts = [t for t in document.texts if t.language == language][:2]
        head = tag("th", "Passage", scope="col") + "".join(
            tag("th", text(column_label(document, t)) + tag("span", text("; ".join(w.short for w in t.witnesses)),
                                                            class_="parallel-witness"), scope="col") for t in texts)
        rows = []
        for sid in document.segment_ids:
            cells = []
            for t in texts:
                segment = t.segment(sid)
                content = render_lines(segment) if segment else tag("span", "Not part of this version.", class_="parallel-absent-note")
                cells.append(tag("td", content, lang=language, class_="parallel-cell", data_label=column_label(document, t)))
            rows.append(tag("tr", tag("th", link(href(document) + f"#{sid}", text(segment_label(sid))), scope="row") + "".join(cells)))
        caption = tag("caption", link(href(document), text(document.title)))
        blocks.append(tag("table", caption + tag("thead", tag("tr", head)) + tag("tbody", "".join(rows)),
                          class_="parallel-text parallel-compare"))
    if not blocks:
        return tag("p", "No document in the edition has two texts in one language yet: every Japanese "
                        "column is a single copy, in the old forms or in the mixed forms of its copy. The "
                        "copies in new forms that were seen break off too early to be used. When one is added "
                        "(for example a <code>ja-modern.txt</code> beside <code>ja.txt</code>), it appears "
                        "here, row by row, automatically.", class_="script-forms-none")
    return "".join(blocks)

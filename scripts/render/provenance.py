"""The document's description and provenance notes, rendered from its metadata."""

from __future__ import annotations

from ..corpus.model import LANGUAGES, Document, Text, segment_label
from .html import link, tag, text
from .parallel import ROLE_LABELS, column_label

KIND_LABELS = {"treaty": "Treaty", "declaration": "Joint declaration", "statement": "Government statement",
               "agreement": "Agreement"}


def render_about(document: Document) -> str:
    """Titles in every language, the facts of the document, and its summary."""
    titles = "".join(
        tag("li", f"{tag('span', LANGUAGES[lang] + ':', class_='document-title-language')} "
                  f"{tag('span', text(title), lang=lang)}")
        for lang, title in sorted(document.titles.items(), key=lambda item: ("ja", "ru", "en").index(item[0])))
    facts = [
        ("Kind", KIND_LABELS.get(document.kind, document.kind)),
        ("Date", f"{document.date.day} {document.date:%B %Y}"),
        ("Place", document.place),
        ("Parties", "; ".join(document.parties)),
        ("Signed or delivered by", "; ".join(document.signatories)),
        ("Authentic languages", ", ".join(LANGUAGES[lang] for lang in document.authentic_languages)
         or document.authenticity_note),
    ]
    rows = "".join(tag("tr", tag("th", text(name), scope="row") + tag("td", text(value))) for name, value in facts)
    return (tag("ul", titles, class_="document-titles")
            + tag("p", text(document.summary), class_="document-summary")
            + tag("table", tag("tbody", rows), class_="document-facts"))


def render_text_provenance(document: Document, text_: Text) -> str:
    """Witnesses, variants and gaps of one language file."""
    parts = [tag("p", text(f"{column_label(document, text_)} text ({ROLE_LABELS[text_.role]})"
                           + (f"; script: {text_.script}." if text_.script else ".")))]
    parts.append(tag("p", tag("strong", "Witnesses") + " (the copies this column was transcribed from):"))
    parts.append(tag("ul", "".join(_witness(w) for w in text_.witnesses), class_="provenance-witnesses"))
    if text_.variants:
        items = "".join(tag("li", (text(segment_label(v.segment)) + ": " if v.segment else "") + text(v.note))
                        for v in text_.variants)
        parts.append(tag("p", tag("strong", "Variants") + " (differences between copies):"))
        parts.append(tag("ul", items, class_="provenance-variants"))
    gaps = [(segment.id, line) for segment in text_.segments for line in segment.gaps]
    absent = list(text_.absent.items())
    if gaps or absent:
        items = "".join(tag("li", link(f"#{sid}", text(segment_label(sid))) + ": " + text(line.gap_note))
                        for sid, line in gaps)
        items += "".join(tag("li", link(f"#{sid}", text(segment_label(sid))) + ": not part of this version. " + text(reason))
                         for sid, reason in absent)
        parts.append(tag("p", tag("strong", "Gaps") + " (shown in the table where they fall):"))
        parts.append(tag("ul", items, class_="provenance-gaps"))
    return tag("div", "".join(parts), class_="provenance")


def _witness(witness) -> str:
    details = [text(witness.publication)]
    if witness.volume:
        details.append(f"vol. {text(witness.volume)}")
    if witness.page:
        details.append(f"p. {text(witness.page)}")
    head = tag("strong", text(witness.siglum)) + " " + ", ".join(details) + "."
    rows = [("Read from", link(witness.url, text(witness.url)))]
    rows.append(("Passages", text(", ".join(segment_label(s) for s in witness.segments))))
    if witness.script:
        rows.append(("Script", text(witness.script)))
    if witness.translator:
        rows.append(("Translator", text(witness.translator)))
    rows.append(("Confidence", text(witness.confidence)))
    if witness.note:
        rows.append(("Note", text(witness.note)))
    body = "".join(tag("li", f"{name}: {value}") for name, value in rows)
    return tag("li", head + tag("ul", body))


def render_missing(document: Document) -> str:
    """Languages the edition has no text in, and why."""
    if not document.missing:
        return ""
    items = "".join(tag("li", f"{tag('strong', LANGUAGES[lang])}: {text(reason)}") for lang, reason in document.missing.items())
    return tag("ul", items, class_="provenance-missing")

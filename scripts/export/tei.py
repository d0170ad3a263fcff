"""TEI P5 XML: one file per document, valid against `docs/data/edition-tei.rng`.

The header's sourceDesc lists every witness (publication, volume, page, script,
translator) and the variants; the texts are one `<text xml:lang="…">` per language in a
`<group>`, each segment a `<div n="art-3" xml:id="ja-art-3" corresp="#ru-art-3 #en-art-3">`
holding one `<ab type="line">` per line of the source and a `<gap reason="…">` (with its
explanation in `<desc>`) for each `[GAP: …]`.
"""

from __future__ import annotations

from lxml import etree

from ..corpus.model import LANGUAGES, Document, segment_label
from ..render.parallel import ROLE_LABELS

TEI = "http://www.tei-c.org/ns/1.0"
XML = "http://www.w3.org/XML/1998/namespace"
GAP_REASON = "not-in-copies-consulted"


def _el(parent, name: str, text: str | None = None, **attributes) -> etree._Element:
    element = etree.SubElement(parent, f"{{{TEI}}}{name}")
    for key, value in attributes.items():
        if value is None:
            continue
        key = f"{{{XML}}}{key[4:]}" if key.startswith("xml_") else key
        element.set(key, value)
    if text:
        element.text = text
    return element


def segment_xml_id(text_name: str, segment_id: str) -> str:
    return f"{text_name}-{segment_id}"


def render_tei(document: Document, *, url: str, publisher: str, date: str, license_url: str) -> bytes:
    root = etree.Element(f"{{{TEI}}}TEI", nsmap={None: TEI})
    root.set(f"{{{XML}}}lang", "en")
    header = _el(root, "teiHeader")
    file_desc = _el(header, "fileDesc")
    title_stmt = _el(file_desc, "titleStmt")
    _el(title_stmt, "title", document.title, type="main")
    for language, title in document.titles.items():
        if language != "en":
            _el(title_stmt, "title", title, type="alt", xml_lang=language)
    resp = _el(title_stmt, "respStmt")
    _el(resp, "resp", "transcribed, aligned and encoded by")
    _el(resp, "name", publisher)
    publication = _el(file_desc, "publicationStmt")
    _el(publication, "publisher", publisher)
    _el(publication, "date", date, when=date)
    _el(publication, "idno", url, type="URL")
    availability = _el(publication, "availability")
    _el(availability, "licence", "The encoding and the editorial notes: CC BY 4.0.", target=license_url)
    _el(availability, "p", "The texts are official documents in the public domain.")
    source = _el(file_desc, "sourceDesc")
    witnesses = _el(source, "listWit")
    for text in document.texts:
        for witness in text.witnesses:
            item = _el(witnesses, "witness", xml_id=f"wit-{text.name}-{witness.siglum}", corresp=f"#text-{text.name}")
            bibl = _el(item, "bibl")
            _el(bibl, "title", witness.publication)
            if witness.volume:
                _el(bibl, "biblScope", witness.volume, unit="volume")
            if witness.page:
                _el(bibl, "biblScope", witness.page, unit="page")
            _el(bibl, "ref", witness.url, target=witness.url)
            _el(item, "note", witness.short, type="short")
            _el(item, "note", " ".join(witness.segments), type="passages")
            for kind in ("script", "translator", "confidence", "note"):
                value = getattr(witness, kind)
                if value:
                    _el(item, "note", value, type="general" if kind == "note" else kind)
    variants = [(t, v) for t in document.texts for v in t.variants]
    if variants:
        listing = _el(source, "list", type="variants")
        for text, variant in variants:
            target = f"#{segment_xml_id(text.name, variant.segment)}" if variant.segment and text.segment(variant.segment) \
                else f"#text-{text.name}"
            _el(listing, "item", variant.note, corresp=target)
    profile = _el(header, "profileDesc")
    creation = _el(profile, "creation")
    _el(creation, "date", document.date.isoformat(), when=document.date.isoformat())
    _el(creation, "placeName", document.place)
    usage = _el(profile, "langUsage")
    for language in sorted({t.language for t in document.texts}, key=list(LANGUAGES).index):
        _el(usage, "language", LANGUAGES[language], ident=language)

    group = _el(_el(root, "text"), "group")
    for text in document.texts:
        part = _el(group, "text", xml_lang=text.language, xml_id=f"text-{text.name}", type=text.role)
        body = _el(part, "body")
        _el(body, "head", f"{text.language_name} ({ROLE_LABELS[text.role]})")
        for segment in text.segments:
            others = [segment_xml_id(t.name, segment.id) for t in document.texts
                      if t is not text and t.segment(segment.id)]
            division = _el(body, "div", type="segment", n=segment.id, xml_id=segment_xml_id(text.name, segment.id),
                           corresp=" ".join(f"#{o}" for o in others) or None)
            _el(division, "head", segment_label(segment.id), type="label", xml_lang="en")
            for line in segment.lines:
                if line.gap:
                    gap = _el(division, "gap", reason=GAP_REASON)
                    _el(gap, "desc", line.gap_note, xml_lang="en")
                else:
                    _el(division, "ab", line.text, type="line")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)

"""JSON: one file per document, in the format described by `docs/data/document.schema.json`."""

from __future__ import annotations

from ..corpus.model import Document, Text, Witness

FORMAT = "neutrality-pact-edition/document"
#: Semantic version of the format; the schema's `$id` carries the major version.
VERSION = "1.0.0"
SCHEMA_PATH = "data/document.schema.json"


def _witness(witness: Witness) -> dict:
    return {"siglum": witness.siglum, "segments": list(witness.segments), "publication": witness.publication,
            "short": witness.short, "volume": witness.volume, "page": witness.page, "url": witness.url,
            "script": witness.script, "translator": witness.translator, "confidence": witness.confidence,
            "note": witness.note}


def _text(text: Text) -> dict:
    return {
        "name": text.name, "language": text.language, "role": text.role, "script": text.script,
        "absent": dict(text.absent),
        "witnesses": [_witness(w) for w in text.witnesses],
        "variants": [{"segment": v.segment, "note": v.note} for v in text.variants],
        "segments": [{"id": s.id, "lines": [{"gap": line.gap_note} if line.gap else {"text": line.text}
                                             for line in s.lines]} for s in text.segments],
    }


def render_json(document: Document, *, url: str, schema_url: str, license_url: str) -> dict:
    return {
        "$schema": schema_url,
        "format": FORMAT,
        "version": VERSION,
        "id": document.id,
        "key": document.key,
        "url": url,
        "title": document.title,
        "short_title": document.short_title,
        "titles": dict(document.titles),
        "kind": document.kind,
        "date": document.date.isoformat(),
        "place": document.place,
        "parties": list(document.parties),
        "signatories": list(document.signatories),
        "authentic_languages": list(document.authentic_languages),
        "authenticity_note": document.authenticity_note,
        "summary": document.summary,
        "segments": list(document.segment_ids),
        "missing": dict(document.missing),
        "texts": [_text(t) for t in document.texts],
        "license": {"texts": "public domain (official documents)", "metadata": license_url},
    }

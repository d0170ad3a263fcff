"""What goes into a page's <head>, derived from its citation record.

Highwire Press `citation_*` tags (read by Google Scholar and Zotero's Embedded Metadata
translator), Dublin Core and Open Graph tags, the record itself as JSON, and schema.org
JSON-LD. Nothing here is typed twice: change the record and every tag follows.
"""

from __future__ import annotations

import json

from ..corpus.model import LANGUAGES, Document, segment_label

#: schema.org `legislationType` of the documents that are legislation-like.
LEGISLATION_TYPES = {"treaty": "Treaty", "declaration": "Joint declaration", "agreement": "Agreement"}


def _date(record: dict, separator: str) -> str:
    return separator.join(f"{part:02d}" if i else str(part) for i, part in enumerate(record["issued"]["date-parts"][0]))


def head_tags(record: dict, *, site_name: str, license_url: str, og_type: str = "website") -> list[tuple[str, str, str]]:
    """(attribute, name, content) for each <meta>: `name=` or `property=` (Open Graph)."""
    authors = [author["literal"] for author in record["author"]]
    tags = [("name", "citation_title", record["title"])]
    tags += [("name", "citation_author", author) for author in authors]
    tags += [
        ("name", "citation_publication_date", _date(record, "/")),
        ("name", "citation_public_url", record["URL"]),
        ("name", "citation_language", record["language"]),
        ("name", "DC.title", record["title"]),
        *[("name", "DC.creator", author) for author in authors],
        ("name", "DC.date", _date(record, "-")),
        ("name", "DC.identifier", record["URL"]),
        ("name", "DC.language", record["language"]),
        ("name", "DC.type", "Text"),
        ("name", "DC.rights", license_url),
        ("name", "DC.relation.ispartof", record["container-title"]),
        ("property", "og:title", record["title"]),
        ("property", "og:type", og_type),
        ("property", "og:url", record["URL"]),
        ("property", "og:site_name", site_name),
        ("property", "og:locale", "en_GB" if record["language"] == "en" else record["language"]),
    ]
    if record.get("abstract"):
        tags += [("name", "DC.description", record["abstract"]), ("property", "og:description", record["abstract"])]
    return tags


def script_json(value) -> str:
    """JSON safe inside a <script> element (no `</script>` can end it early)."""
    return json.dumps(value, ensure_ascii=False, indent=None).replace("</", "<\\/")


def _publisher(record: dict) -> dict:
    return {"@type": "Organization", "name": record["author"][0]["literal"]}


def _common(record: dict, license_url: str) -> dict:
    return {
        "@context": "https://schema.org",
        "url": record["URL"],
        "inLanguage": record["language"],
        "datePublished": _date(record, "-"),
        "author": _publisher(record),
        "publisher": _publisher(record),
        "license": license_url,
        "isPartOf": {"@type": "WebSite", "name": record["container-title"]},
        "description": record.get("abstract", ""),
    }


def article_jsonld(record: dict, license_url: str) -> dict:
    """A narrative page."""
    return {**_common(record, license_url), "@type": "Article", "headline": record["title"]}


def webpage_jsonld(record: dict, license_url: str) -> dict:
    return {**_common(record, license_url), "@type": "WebPage", "name": record["title"]}


def document_jsonld(record: dict, license_url: str, document: Document) -> dict:
    """A document page: `Legislation` for the pact, the declaration and the agreement, a
    plain `CreativeWork` for the government statements; one `hasPart` per passage."""
    url = record["URL"].split("#")[0]
    is_legislation = document.kind in LEGISLATION_TYPES
    parts = [{"@type": "Legislation" if is_legislation else "CreativeWork", "name": segment_label(sid),
              "url": f"{url}#{sid}"} for sid in document.segment_ids if sid != "title"]
    about = {
        "@type": "Legislation" if is_legislation else "CreativeWork",
        "name": document.title,
        "alternateName": [title for lang, title in document.titles.items() if lang != "en"],
        "inLanguage": sorted({t.language for t in document.texts}, key=list(LANGUAGES).index),
        "hasPart": parts,
        "url": url,
    }
    if is_legislation:
        about.update({"legislationDate": document.date.isoformat(), "legislationType": LEGISLATION_TYPES[document.kind],
                      "legislationIdentifier": document.id})
    else:
        about.update({"dateCreated": document.date.isoformat(), "genre": "Government statement"})
    return {**_common(record, license_url), **about, "isPartOf": {"@type": "WebSite", "name": record["container-title"]}}

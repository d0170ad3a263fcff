"""Citations of the site's pages: from a page's title, address and kind to its record, its
<head> tags, its Cite control, and the Cite control of each passage of a document page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..corpus.model import Document, segment_label
from .control import render_control
from .edition import Edition
from .meta import article_jsonld, document_jsonld, head_tags, script_json, webpage_jsonld
from .record import page_record, passage_record


@dataclass(frozen=True)
class PageInfo:
    src: str                 # e.g. "signing.md"
    title: str
    description: str
    url: str                 # canonical, absolute
    kind: str = "page"       # "narrative", "page" or "document"
    document: Document | None = None


@dataclass(frozen=True)
class Head:
    tags: list[tuple[str, str, str]]
    record: str   # the CSL-JSON record, ready for a <script type="application/json">
    jsonld: str   # schema.org, ready for a <script type="application/ld+json">


def page_key(src: str) -> str:
    """A short, stable id for a page's record: `signing`, `pact-1941-04-13`, `home`."""
    stem = src[:-3] if src.endswith(".md") else src
    if stem == "index":
        return "home"
    stem = stem.removesuffix("/index")
    return stem.split("/")[-1] if stem.startswith("documents/") and stem != "documents" else stem.replace("/", "-")


def record_for(edition: Edition, page: PageInfo) -> dict:
    return page_record(edition, key=page_key(page.src), title=page.title, url=page.url, description=page.description)


def edition_record(edition: Edition, url: str) -> dict:
    """The edition's own record, from edition.toml alone: the one the data bundle carries,
    whether MkDocs or `python -m scripts.sources build` writes it."""
    return page_record(edition, key=page_key("index.md"), title=edition.short_title, url=url,
                       description=edition.title)


def head_for(edition: Edition, page: PageInfo) -> Head:
    record = record_for(edition, page)
    if page.kind == "document" and page.document:
        jsonld = document_jsonld(record, edition.license_url, page.document)
    elif page.kind == "narrative":
        jsonld = article_jsonld(record, edition.license_url)
    else:
        jsonld = webpage_jsonld(record, edition.license_url)
    og_type = "article" if page.kind == "narrative" else "website"
    tags = head_tags(record, site_name=edition.title, license_url=edition.license_url, og_type=og_type)
    return Head(tags, script_json(record), script_json(jsonld))


def page_control(edition: Edition, page: PageInfo) -> str:
    return render_control(record_for(edition, page), prefix="cite-page", summary="Cite this page")


def passage_controls(edition: Edition, page: PageInfo) -> Callable[[str], str]:
    """For a document page: segment id → the Cite control of that passage."""
    record = record_for(edition, page)
    document = page.document
    name = f"{document.short_title}, {document.date.day} {document.date:%B %Y}" if document else page.title

    def control(segment_id: str) -> str:
        title = f"{name}, {segment_label(segment_id)}"
        return render_control(passage_record(record, segment_id=segment_id, title=title),
                              prefix=f"cite-{segment_id}", summary="Cite")
    return control

"""Citations: one CSL-JSON record per page and per passage; everything else derived from it."""

from __future__ import annotations

import json
import re
from datetime import date

import lxml.html
import pytest

from conftest import ROOT, load_config, nav_pages, page_html_path
from scripts.citation.edition import load_edition
from scripts.citation.formats import ACCESSED, all_formats
from scripts.citation.meta import head_tags
from scripts.citation.record import page_record, passage_record

EDITION = load_edition(ROOT / "sources" / "edition.toml")


def built_pages(site):
    for src in nav_pages(load_config()["nav"]):
        yield src, lxml.html.parse(str(page_html_path(site, src))).getroot()


def meta(root, name):
    return [el.get("content") for el in root.xpath(f'//meta[@name="{name}" or @property="{name}"]')]


def test_every_page_embeds_its_record_and_the_tags_match_it(built_site):
    for src, root in built_pages(built_site):
        record = json.loads(root.get_element_by_id("citation-record").text)
        canonical = root.xpath('//link[@rel="canonical"]/@href')[0]
        issued = date(*record["issued"]["date-parts"][0])
        assert record["URL"] == canonical, src
        assert meta(root, "citation_title") == [record["title"]] == meta(root, "DC.title") == meta(root, "og:title")
        assert meta(root, "citation_author") == [a["literal"] for a in record["author"]] == meta(root, "DC.creator")
        assert meta(root, "citation_publication_date") == [issued.strftime("%Y/%m/%d")]
        assert meta(root, "DC.date") == [issued.isoformat()]
        assert meta(root, "citation_public_url") == [record["URL"]] == meta(root, "og:url") == meta(root, "DC.identifier")
        assert record["title"] in root.findtext(".//title"), src
        assert record["abstract"] == meta(root, "description")[0]


def test_tags_are_derived_not_copied():
    """Change the record and every tag follows."""
    record = page_record(EDITION, key="x", title="A title", url="https://example.org/x/#a", description="D")
    changed = {**record, "title": "Another title", "URL": "https://example.org/y/"}
    tags = dict(((name, content) for _, name, content in head_tags(changed, site_name="S", license_url="L")))
    assert tags["citation_title"] == tags["og:title"] == "Another title"
    assert tags["citation_public_url"] == tags["og:url"] == "https://example.org/y/"


@pytest.fixture(scope="module")
def passage():
    record = page_record(EDITION, key="pact-1941-04-13", title="Neutrality Pact, 13 April 1941: the texts",
                         url="https://example.org/edition/documents/pact-1941-04-13/", description="The texts.")
    return passage_record(record, segment_id="art-3", title="Neutrality Pact, 13 April 1941, Article 3")


def plain(value: str) -> str:
    return re.sub(r"<[^>]+>", "", value)


def test_every_format_has_the_title_the_url_with_anchor_and_the_date(passage):
    formats = all_formats(passage)
    assert set(formats) == {"chicago-note", "chicago-bibliography", "mla", "apa", "bibtex", "ris"}
    for name, value in formats.items():
        text = plain(value)
        assert re.search(r"Neutrality Pact, 13 April 1941, Article 3", text, re.I), name
        assert "https://example.org/edition/documents/pact-1941-04-13/#art-3" in text, name
        assert re.search(r"2026|November 29|29 Nov", text), name
    assert "@online{" in formats["bibtex"] and "TY  - ELEC" in formats["ris"]


def test_the_access_date_is_left_for_the_reader(passage):
    formats = all_formats(passage)
    for name in ("chicago-note", "chicago-bibliography", "bibtex", "ris"):
        assert ACCESSED.search(formats[name]), f"{name} has no access date placeholder"
    assert "1999" not in "".join(formats.values()), "the placeholder date leaked into a citation"


def test_every_page_and_every_row_has_a_cite_control(built_site, corpus):
    for src, root in built_pages(built_site):
        controls = root.cssselect("details.cite")
        assert controls and controls[0].findtext("summary") == "Cite this page", src
    for document in corpus.documents:
        root = lxml.html.parse(str(built_site / "documents" / document.id / "index.html")).getroot()
        for segment_id in document.segment_ids:
            control = root.cssselect(f'tr[id="{segment_id}"] details.cite')
            assert control, f"{document.id}#{segment_id} has no Cite control"
            text = control[0].text_content()
            assert text.count(f"/documents/{document.id}/#{segment_id}") >= 6
            assert control[0].cssselect('[data-accessed="iso"]') and "[date of access]" in text


def test_json_ld_is_valid_and_typed(built_site, corpus):
    for path in built_site.rglob("*.html"):
        for script in lxml.html.parse(str(path)).getroot().xpath('//script[@type="application/ld+json"]'):
            json.loads(script.text)
    def jsonld(relative):
        root = lxml.html.parse(str(built_site / relative / "index.html")).getroot()
        return json.loads(root.xpath('//script[@type="application/ld+json"]')[0].text)
    for key in ("pact", "declaration"):
        document = corpus.get(key)
        data = jsonld(f"documents/{document.id}")
        assert data["@type"] == "Legislation" and data["legislationDate"] == document.date.isoformat()
        assert data["legislationType"] and data["inLanguage"] == [t.language for t in document.texts]
        parts = {part["url"].rsplit("#", 1)[1] for part in data["hasPart"]}
        assert {s for s in document.segment_ids if s.startswith(("art-", "p"))} <= parts
    for name in ("background", "signing", "end"):
        assert jsonld(name)["@type"] == "Article"

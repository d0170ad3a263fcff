"""Open data: TEI, JSON and plain text validate, and read back to exactly the source data.

The expected values come from the corpus as loaded from `sources/documents/` (and, for
the plain text, from the source files' bytes); what is checked is what the built site
publishes under `data/`.
"""

from __future__ import annotations

import copy
import json
import zipfile

import jsonschema
import pytest
from lxml import etree

from conftest import ROOT

TEI_NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SCHEMAS = ROOT / "docs" / "data"


@pytest.fixture(scope="module")
def relaxng():
    return etree.RelaxNG(etree.parse(str(SCHEMAS / "edition-tei.rng")))


@pytest.fixture(scope="module")
def json_schema():
    schema = json.loads((SCHEMAS / "document.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def data(site, document, suffix):
    return site / "data" / document.id / f"{document.id}.{suffix}"


def expected_lines(segment):
    return [("gap", line.gap_note) if line.gap else ("text", line.text) for line in segment.lines]


def expected_witnesses(text):
    return [(w.siglum, w.publication, w.volume, w.page, w.url, w.script, w.translator, w.confidence, list(w.segments))
            for w in text.witnesses]


# ------------------------------------------------------------------ TEI --

def test_every_tei_file_is_well_formed_and_valid(built_site, corpus, relaxng):
    for document in corpus.documents:
        tree = etree.parse(str(data(built_site, document, "tei.xml")))  # raises if not well-formed
        assert relaxng.validate(tree), f"{document.id}: {relaxng.error_log.last_error}"


def test_the_tei_schema_catches_a_broken_file(built_site, corpus, relaxng):
    tree = etree.parse(str(data(built_site, corpus.get("pact"), "tei.xml")))
    division = tree.find(".//t:div", TEI_NS)
    del division.attrib[XML_ID]
    etree.SubElement(division, "{http://www.tei-c.org/ns/1.0}p").text = "not allowed here"
    assert not relaxng.validate(tree)
    with pytest.raises(etree.XMLSyntaxError):
        etree.fromstring(b"<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader></TEI>")


def read_tei(path):
    root = etree.parse(str(path)).getroot()
    texts = {}
    for text in root.findall("./t:text/t:group/t:text", TEI_NS):
        segments = []
        for division in text.findall("./t:body/t:div", TEI_NS):
            lines = []
            for child in division:
                if child.tag.endswith("}ab"):
                    lines.append(("text", child.text))
                elif child.tag.endswith("}gap"):
                    lines.append(("gap", child.find("t:desc", TEI_NS).text))
            segments.append((division.get("n"), division.get(XML_ID), division.get("corresp"), lines))
        texts[text.get(XML_ID)[len("text-"):]] = (text.get(XML_LANG), text.get("type"), segments)
    witnesses = {}
    for witness in root.findall(".//t:listWit/t:witness", TEI_NS):
        name = witness.get("corresp")[len("#text-"):]
        notes = {note.get("type"): note.text for note in witness.findall("t:note", TEI_NS)}
        scope = {b.get("unit"): b.text for b in witness.findall("t:bibl/t:biblScope", TEI_NS)}
        witnesses.setdefault(name, []).append((
            witness.get(XML_ID).split("-")[-1], witness.findtext("t:bibl/t:title", namespaces=TEI_NS),
            scope.get("volume", ""), scope.get("page", ""), witness.find("t:bibl/t:ref", TEI_NS).get("target"),
            notes.get("script", ""), notes.get("translator", ""), notes.get("confidence"), notes["passages"].split()))
    ids = {el.get(XML_ID) for el in root.iter() if el.get(XML_ID)}
    return texts, witnesses, ids


def test_tei_round_trip_same_segments_order_text_gaps_and_witnesses(built_site, corpus):
    for document in corpus.documents:
        texts, witnesses, ids = read_tei(data(built_site, document, "tei.xml"))
        assert list(texts) == [t.name for t in document.texts]
        for text in document.texts:
            language, role, segments = texts[text.name]
            assert (language, role) == (text.language, text.role)
            assert [s[0] for s in segments] == [s.id for s in text.segments]
            for (n, xml_id, corresp, lines), segment in zip(segments, text.segments):
                assert lines == expected_lines(segment), f"{document.id} {text.name} {n}"
                others = {f"#{t.name}-{segment.id}" for t in document.texts if t is not text and t.segment(segment.id)}
                assert set((corresp or "").split()) == others
                assert all(target[1:] in ids for target in others)
            assert witnesses[text.name] == expected_witnesses(text)


# ------------------------------------------------------------------ JSON --

def test_every_json_file_is_valid_against_the_schema(built_site, corpus, json_schema):
    for document in corpus.documents:
        errors = list(json_schema.iter_errors(json.loads(data(built_site, document, "json").read_text(encoding="utf-8"))))
        assert errors == [], f"{document.id}: {errors[0].message}"


def test_the_json_schema_catches_a_broken_file(built_site, corpus, json_schema):
    good = json.loads(data(built_site, corpus.get("pact"), "json").read_text(encoding="utf-8"))
    for breakage in ("no id", "bad line", "unknown language", "bad date"):
        broken = copy.deepcopy(good)
        if breakage == "no id":
            del broken["id"]
        elif breakage == "bad line":
            broken["texts"][0]["segments"][0]["lines"][0] = {"text": "x", "gap": "y"}
        elif breakage == "unknown language":
            broken["texts"][0]["language"] = "jp"
        else:
            broken["date"] = "13 April 1941"
        assert list(json_schema.iter_errors(broken)), breakage


def test_json_round_trip_same_segments_order_text_gaps_and_witnesses(built_site, corpus):
    for document in corpus.documents:
        published = json.loads(data(built_site, document, "json").read_text(encoding="utf-8"))
        assert published["segments"] == list(document.segment_ids)
        assert published["date"] == document.date.isoformat() and published["titles"] == document.titles
        assert [t["name"] for t in published["texts"]] == [t.name for t in document.texts]
        for shown, text in zip(published["texts"], document.texts):
            assert [s["id"] for s in shown["segments"]] == [s.id for s in text.segments]
            for segment_json, segment in zip(shown["segments"], text.segments):
                lines = [("gap", line["gap"]) if "gap" in line else ("text", line["text"]) for line in segment_json["lines"]]
                assert lines == expected_lines(segment)
            witnesses = [(w["siglum"], w["publication"], w["volume"], w["page"], w["url"], w["script"],
                          w["translator"], w["confidence"], w["segments"]) for w in shown["witnesses"]]
            assert witnesses == expected_witnesses(text)
            assert [(v["segment"], v["note"]) for v in shown["variants"]] == [(v.segment, v.note) for v in text.variants]


# ------------------------------------------------------------------ plain text --

def test_plain_text_is_the_transcription_after_its_header(built_site, corpus):
    for document in corpus.documents:
        for text in document.texts:
            published = data(built_site, document, f"{text.name}.txt").read_bytes().decode("utf-8")
            header, body = [], []
            for line in published.splitlines(keepends=True):
                (body if body or line.startswith("@@ ") else header).append(line)
            assert all(line.startswith("# ") for line in header) and len(header) >= 2
            assert "".join(body).encode("utf-8") == text.path.read_bytes(), f"{document.id} {text.name}"


# ------------------------------------------------------------------ bundle and pages --

def test_the_bundle_holds_every_file_the_schemas_and_the_citation(built_site, corpus):
    with zipfile.ZipFile(built_site / "data" / "neutrality-pact-edition-data.zip") as archive:
        names = set(archive.namelist())
        for document in corpus.documents:
            for path in (built_site / "data" / document.id).iterdir():
                name = f"neutrality-pact-edition-data/{document.id}/{path.name}"
                assert name in names and archive.read(name) == path.read_bytes()
        for extra in ("README.txt", "citation.json", "CITATION.cff", "document.schema.json", "edition-tei.rng"):
            assert f"neutrality-pact-edition-data/{extra}" in names
        record = json.loads(archive.read("neutrality-pact-edition-data/citation.json"))
        assert record["title"] and record["URL"]


def test_every_document_page_offers_its_downloads(built_site, corpus):
    import lxml.html
    for document in corpus.documents:
        root = lxml.html.parse(str(built_site / "documents" / document.id / "index.html")).getroot()
        links = [a.get("href") for a in root.cssselect("#download ~ ul.downloads a, ul.downloads a")]
        for suffix in ("tei.xml", "json", *[f"{t.name}.txt" for t in document.texts]):
            assert any(link.endswith(f"{document.id}.{suffix}") for link in links), (document.id, suffix)
        assert any(link.endswith("neutrality-pact-edition-data.zip") for link in links)

"""The built document pages carry every primary text exactly, in the right place.

The expected values come from the source files, read directly here (not from the
renderer), and are compared with what the browser will receive.
"""

from __future__ import annotations

import re

import lxml.html
import pytest

from conftest import ROOT

CORPUS = ROOT / "sources" / "documents"


def source_segments(path):
    """(segment id, [(is_gap, text)]) in file order, read straight from the file."""
    segments = []
    for line in path.read_text(encoding="utf-8").split("\n")[:-1]:
        if line.startswith("@@ "):
            segments.append((line[3:], []))
        else:
            gap = line.startswith("[GAP: ")
            segments[-1][1].append((gap, line[6:-1] if gap else line))
    return segments


def normalise(value: str) -> str:
    return " ".join(value.split())


def page(built_site, document_id):
    return lxml.html.parse(str(built_site / "documents" / document_id / "index.html")).getroot()


def documents():
    return sorted(p.name for p in CORPUS.iterdir() if p.is_dir())


def mismatches(root, document_dir) -> list[str]:
    """Where the page's cells differ from the source files: missing, extra, altered or
    reordered lines, or lines in the wrong row or column."""
    table = root.cssselect("table.parallel-text")[0]
    found = []
    for path in sorted(document_dir.glob("*.txt")):
        column = path.stem
        for segment_id, lines in source_segments(path):
            cells = table.cssselect(f'tr[id="{segment_id}"] > td[data-col="{column}"]')
            if len(cells) != 1:
                found.append(f"{path.name} {segment_id}: {len(cells)} cells")
                continue
            shown = []
            for element in cells[0].iter():
                if element.get("class") == "parallel-line":
                    shown.append((False, normalise(element.text_content())))
                elif element.get("class") == "parallel-gap":
                    label = element.findtext("strong") or ""
                    shown.append((True, normalise(element.text_content().removeprefix(label))))
            if shown != [(gap, normalise(text)) for gap, text in lines]:
                found.append(f"{path.name} {segment_id}")
    return found


@pytest.mark.parametrize("document_id", documents())
def test_every_line_is_in_its_row_and_column_verbatim_and_in_order(built_site, document_id):
    assert mismatches(page(built_site, document_id), CORPUS / document_id) == []


def test_the_comparison_catches_a_dropped_an_altered_and_a_moved_line(built_site):
    root = page(built_site, "pact-1941-04-13")
    lines = root.cssselect('tr[id="art-3"] td[data-col="ru"] .parallel-line')
    lines[1].getparent().remove(lines[1])                                # dropped
    root.cssselect('tr[id="art-1"] td[data-col="ja"] .parallel-line')[1].text = "両締約國ハ"  # altered
    first = root.cssselect('tr[id="art-2"] td[data-col="ru"] .parallel-line')[0]
    first.getparent().append(first)                                      # moved to the end
    assert mismatches(root, CORPUS / "pact-1941-04-13") == ["ja.txt art-1", "ru.txt art-2", "ru.txt art-3"]


@pytest.mark.parametrize("document_id", documents())
def test_no_row_or_cell_that_the_data_does_not_have(built_site, document_id):
    import tomllib
    metadata = tomllib.loads((CORPUS / document_id / "document.toml").read_text(encoding="utf-8"))
    table = page(built_site, document_id).cssselect("table.parallel-text")[0]
    rows = table.cssselect("tbody > tr")
    assert [row.get("id") for row in rows] == metadata["segments"]
    columns = {p.stem: {sid for sid, _ in source_segments(p)} for p in (CORPUS / document_id).glob("*.txt")}
    for row in rows:
        cells = row.cssselect("td")
        assert sorted(c.get("data-col") for c in cells) == sorted(columns), row.get("id")
        for cell in cells:
            has_data = row.get("id") in columns[cell.get("data-col")]
            assert bool(cell.cssselect(".parallel-line, .parallel-gap")) == has_data, (row.get("id"), cell.get("data-col"))
            if not has_data:
                assert "parallel-absent" in cell.get("class")
                assert metadata["texts"][cell.get("data-col")]["absent"][row.get("id")] in cell.text_content()


@pytest.mark.parametrize("document_id", documents())
def test_every_cell_has_the_right_lang_and_every_row_a_permalink(built_site, document_id):
    table = page(built_site, document_id).cssselect("table.parallel-text")[0]
    for cell in table.cssselect("td.parallel-cell"):
        assert cell.get("lang") == cell.get("data-col").split("-")[0]
        for gap in cell.cssselect(".parallel-gap"):
            assert gap.get("lang") == "en", "gap notes are English editorial text"
    for row in table.cssselect("tbody > tr"):
        links = row.cssselect("th a.parallel-permalink")
        assert links and links[0].get("href") == f"#{row.get('id')}"


def test_column_headers_name_the_language_and_the_witness(built_site, corpus):
    pact = corpus.get("pact")
    headers = page(built_site, pact.id).cssselect("table.parallel-text thead th[data-col]")
    assert [h.get("data-col") for h in headers] == ["ja", "ru", "en"]
    for header, text in zip(headers, pact.texts):
        content = normalise(header.text_content())
        assert text.language_name in content
        for witness in text.witnesses:
            assert normalise(witness.short) in content


def test_provenance_lists_witnesses_variants_and_gaps(built_site, corpus):
    pact = corpus.get("pact")
    root = page(built_site, pact.id)
    for text in pact.texts:
        section = normalise(root.cssselect(f'h3[id="provenance-{text.name}"]')[0].getnext().text_content())
        for witness in text.witnesses:
            assert normalise(witness.publication) in section and witness.url in section
        for variant in text.variants:
            assert normalise(variant.note) in section
        for segment in text.segments:
            for gap in segment.gaps:
                assert normalise(gap.gap_note) in section


def test_documents_index_lists_every_document_with_its_languages(built_site, corpus):
    index = lxml.html.parse(str(built_site / "documents" / "index.html")).getroot()
    rows = index.cssselect("table.documents-index tbody tr")
    assert len(rows) == len(corpus.documents)
    for row, document in zip(rows, corpus.documents):
        content = normalise(row.text_content())
        assert document.title in content and document.date.isoformat() == row.cssselect("time")[0].get("datetime")
        for text in document.texts:
            complete = sum(s.status == "complete" for s in text.segments)
            assert re.search(rf"{text.language_name} \(.*?\): {complete} of \d+ passages complete", content)
        for language in document.missing:
            assert re.search(rf"{ {'ja': 'Japanese', 'ru': 'Russian', 'en': 'English'}[language]}: no text found", content)


def test_article_3_comparison_sets_both_passages_side_by_side(built_site, corpus):
    root = lxml.html.parse(str(built_site / "documents" / "compare-article-3" / "index.html")).getroot()
    table = root.cssselect("table.parallel-compare")[0]
    text = normalise(table.text_content())
    pact_ru = corpus.get("pact").text("ru").segment("art-3").text_lines
    denunciation_en = corpus.get("denunciation").text("en").segment("p4").text_lines
    for line in (*pact_ru, *denunciation_en):
        assert normalise(line.text) in text
    russian_row = [tr for tr in table.cssselect("tbody tr") if tr.cssselect("th")[0].text_content() == "Russian"][0]
    assert [td.get("lang") for td in russian_row.cssselect("td")] == ["ru", "ru"]

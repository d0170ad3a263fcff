"""The bibliography and the `[@KEY]` footnotes that point into it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT, STORY, page_html_path
from scripts.bibliography import anchor, check_citations, footnote_definitions, link_citations, load_bibliography
from scripts.errors import EditionError
from scripts.sitecheck import read_page

BIBLIOGRAPHY = ROOT / "sources" / "bibliography.toml"


@pytest.fixture(scope="module")
def sources():
    return load_bibliography(BIBLIOGRAPHY)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bibliography.toml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD = '[[source]]\nkey = "A"\ncategory = "secondary-book"\ncitation = "A book."\n\n'


def test_the_real_bibliography_loads(sources):
    assert len(sources) > 150
    assert sources["FRUS45-623"].category == "primary-government"


def test_a_syntax_error_names_the_file_and_line(tmp_path):
    path = write(tmp_path, GOOD + '[[source]]\nkey = "B\n')
    with pytest.raises(EditionError) as caught:
        load_bibliography(path)
    assert caught.value.path == str(path) and caught.value.line == 7
    assert "how to fix" in str(caught.value)


def test_missing_field_unknown_category_and_duplicate_are_reported_at_their_entries(tmp_path):
    path = write(tmp_path, GOOD + '[[source]]\nkey = "B"\ncategory = "secondary-book"\n\n'
                 + '[[source]]\nkey = "C"\ncategory = "blog"\ncitation = "x"\n\n' + GOOD)
    with pytest.raises(EditionError) as caught:
        load_bibliography(path)
    text = str(caught.value)
    assert f"{path}:6: entry without a 'citation'" in text
    assert f"{path}:10: unknown category 'blog'" in text
    assert f"{path}:15: duplicate key 'A'" in text


def test_an_unknown_key_is_an_error_naming_page_and_line(sources):
    errors = check_citations("Text.[^a]\n\n[^a]: [@FRUS45-623]; [@NoSuchSource].\n", "docs/x.md", sources)
    assert [(e.path, e.line) for e in errors] == [("docs/x.md", 3)]
    assert "NoSuchSource" in errors[0].problem


def test_an_encyclopedia_or_blog_never_carries_a_claim_alone(sources):
    page = ("One.[^a] Two.[^b] Three.[^c]\n\n"
            "[^a]: [@EnWiki-pact].\n"
            "[^b]: [@EnWiki-pact]; [@Dzen-station] — both weak.\n"
            "[^c]: [@EnWiki-pact]; [@FRUS41-783].\n")
    errors = check_citations(page, "docs/x.md", sources)
    assert [e.line for e in errors] == [3, 4]
    assert all("rests only on reference or weak sources" in e.problem for e in errors)


def test_a_footnote_without_any_source_is_an_error(sources):
    errors = check_citations("Claim.[^a]\n\n[^a]: Trust me.\n", "docs/x.md", sources)
    assert len(errors) == 1 and "cites no source" in errors[0].problem


def test_footnote_definitions_keep_their_continuation_lines():
    notes = footnote_definitions("x[^a]\n\n[^a]: [@A];\n    [@B] more.\n\nNext paragraph.\n[^b]: [@C].\n")
    assert [(n.label, n.line) for n in notes] == [("a", 3), ("b", 7)]
    assert "[@B]" in notes[0].text and "Next" not in notes[0].text


def test_citations_become_links_to_the_sources_page(sources):
    out = link_citations("[^a]: [@FRUS45-623].", sources, "../sources.md")
    assert out == "[^a]: [FRUS45-623](../sources.md#src-frus45-623)."


@pytest.mark.parametrize("src", STORY)
def test_every_footnote_resolves_and_cites_an_entry_of_the_sources_page(built_site, src):
    sources_page = read_page(built_site / "sources" / "index.html")
    page = read_page(page_html_path(built_site, src))
    refs = [url for tag, rel, url in page.links if url.startswith("#fn:")]
    assert refs, f"{src} has no footnotes"
    for ref in refs:
        assert ref[1:] in page.ids, f"{src}: footnote {ref} has no definition"
    html = page_html_path(built_site, src).read_text(encoding="utf-8")
    for label in re.findall(r'<li id="fn:([^"]+)">', html):
        body = html.split(f'<li id="fn:{label}">', 1)[1].split("</li>", 1)[0]
        cited = re.findall(r'href="[^"]*sources/#(src-[^"]+)"', body)
        assert cited, f"{src}: footnote {label} cites no source"
        assert set(cited) <= sources_page.ids, f"{src}: footnote {label} cites an entry missing from the Sources page"


def test_every_source_has_its_entry_on_the_sources_page(built_site, sources):
    ids = read_page(built_site / "sources" / "index.html").ids
    assert {anchor(key) for key in sources} <= ids

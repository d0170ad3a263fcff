"""Timeline, people, glossary and corrections log: their checks, and their pages."""

from __future__ import annotations

import lxml.html
import pytest

from conftest import ROOT
from scripts.apparatus.corrections import load_corrections
from scripts.apparatus.glossary import abbreviations, load_glossary
from scripts.apparatus.people import Person, first_mentions, load_people
from scripts.apparatus.timeline import load_timeline
from scripts.bibliography import load_bibliography
from scripts.errors import EditionError

SOURCES = load_bibliography(ROOT / "sources" / "bibliography.toml")


def problems(error):
    return [str(e) for e in getattr(error, "errors", [error])]


def write(tmp_path, text):
    path = tmp_path / "data.toml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD_EVENT = '''[[event]]
date = 1945-04-05
moscow = "15:00"
text = "Molotov reads the statement to Sato."
sources = ["FRUS45-623"]
pages = ["denunciation.md#meeting-5-april"]
passages = ["denunciation#p1"]
'''


def test_timeline_checks_times_sources_and_passages(tmp_path, corpus):
    bad = GOOD_EVENT + '''
[[event]]
date = 1945-08-08
moscow = "17:00"
text = "Sato is told."
sources = ["DAFP8-166"]
pages = ["end.md#meeting-8-august"]

[[event]]
date = 1941-04-13
text = "Signed."
sources = ["EnWiki-pact"]
pages = ["signing.md"]
passages = ["pact#art-7"]

[[event]]
date = 1941-04-13
text = "Signed."
sources = ["NoSuchKey"]
pages = ["signing.md"]
'''
    with pytest.raises(EditionError) as caught:
        load_timeline(write(tmp_path, bad), SOURCES, corpus)
    found = problems(caught.value)
    second, third, fourth = [n for n, line in enumerate(bad.splitlines(), 1) if line == "[[event]]"][1:]
    assert any(f":{second}:" in p and "both Moscow and Tokyo times" in p for p in found)
    assert any(f":{third}:" in p and "only on reference or weak sources" in p for p in found)
    assert any(f":{third}:" in p and "unknown passage 'pact#art-7'" in p for p in found)
    assert any(f":{fourth}:" in p and "unknown source key 'NoSuchKey'" in p for p in found)
    events = load_timeline(write(tmp_path, GOOD_EVENT), SOURCES, corpus)
    assert events[0].id == "d1945-04-05"


def test_people_need_unique_ids_and_native_language(tmp_path, corpus):
    entry = '[[person]]\nid = "{id}"\nname = "A"\nlife = "1890–1986"\nrole = "R."\nsources = ["FRUS45-623"]\nmatch = ["A"]\n{extra}\n'
    text = entry.format(id="molotov", extra='native = "Молотов"') + entry.format(id="Molotov!", extra="")
    with pytest.raises(EditionError) as caught:
        load_people(write(tmp_path, text), SOURCES, corpus)
    found = problems(caught.value)
    assert any("native name without native_lang" in p for p in found)
    assert any("'Molotov!' is malformed" in p for p in found)


def test_first_mentions_link_to_the_section_of_the_first_mention():
    person = Person("sato", "Satō Naotake", "", "", "", "", (), ("Sato", "Satō"), ())
    pages = {"a.md": "Intro.\n\n## One { #one }\n\nNothing.\n\n## Two { #two }\n\nSato came.\n\n## Three { #three }\n\nSato again.",
             "b.md": "Satō first.\n\n## Later { #later }\n",
             "c.md": "Nobody here, not even Satomi."}
    assert first_mentions(person, pages) == ["a.md#two", "b.md"]


def test_glossary_forms_belong_to_one_term(tmp_path):
    text = ('[[term]]\nterm = "Ratification"\nforms = ["ratification"]\ndefinition = "Confirmation."\n\n'
            '[[term]]\nterm = "Ratify"\nforms = ["ratification"]\ndefinition = "Confirm."\n')
    with pytest.raises(EditionError) as caught:
        load_glossary(write(tmp_path, text), SOURCES)
    assert "already a form of 'Ratification'" in str(caught.value)
    good = load_glossary(write(tmp_path, text.replace('forms = ["ratification"]\ndefinition = "Confirm."',
                                                      'forms = ["ratify"]\ndefinition = "Confirm."')), SOURCES)
    assert abbreviations(good).splitlines() == ["*[ratification]: Confirmation.", "*[ratify]: Confirm."]


def test_corrections_are_dated_and_newest_first(tmp_path):
    entry = '[[correction]]\ndate = {date}\nsummary = "S."\npages = ["index.md"]\n\n'
    with pytest.raises(EditionError) as caught:
        load_corrections(write(tmp_path, entry.format(date="2026-01-01") + entry.format(date="2026-02-01")))
    assert "newest first" in str(caught.value)
    with pytest.raises(EditionError):
        load_corrections(write(tmp_path, entry.format(date='"yesterday"')))


def page(site, name):
    return lxml.html.parse(str(site / name / "index.html")).getroot()


def test_every_timeline_entry_links_to_a_page_that_tells_it(built_site):
    root = page(built_site, "timeline")
    entries = root.cssselect("dl > dt[id]")
    assert len(entries) >= 30
    for entry in entries:
        body = entry.getnext()
        links = [a.get("href") for a in body.cssselect("a") if "sources/" not in a.get("href")]
        assert links, f"timeline entry {entry.get('id')} links to no page"


def test_the_8_9_august_entries_give_both_times(built_site):
    root = page(built_site, "timeline")
    for entry in root.cssselect('dt[id^="d1945-08-08"], dt[id^="d1945-08-09"]'):
        text = entry.text_content()
        assert "Moscow time" in text and "Tokyo" in text, entry.get("id")


def test_every_person_links_to_where_they_appear(built_site):
    root = page(built_site, "people")
    people = root.cssselect("h3[id]")
    assert len(people) >= 12
    for heading in people:
        block = []
        for sibling in heading.itersiblings():
            if sibling.tag in ("h2", "h3"):
                break
            block.append(sibling)
        text = " ".join(el.text_content() for el in block)
        assert "Appears in:" in text, heading.get("id")


def test_glossary_terms_become_keyboard_reachable_tooltips(built_site):
    root = page(built_site, "declaration")
    terms = root.cssselect("article abbr[title]")
    assert terms, "no glossary term marked on the declaration page"
    first = {}
    for abbr in terms:
        first.setdefault(abbr.get("title"), abbr)
    assert all(abbr.get("tabindex") == "0" for abbr in first.values())

"""The narrative pages: length, explicit heading ids, cross-links, disputes shown openly."""

from __future__ import annotations

import re

import pytest

from conftest import NARRATIVE, ROOT

DOCS = ROOT / "docs"


def prose(text: str) -> str:
    """The reader's text of a page: no front matter, footnote definitions or markup."""
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    kept, in_note = [], False
    for line in text.splitlines():
        if re.match(r"^\[\^[^\]]+\]:", line):
            in_note = True
        elif in_note and line and not line.startswith(("    ", "\t")):
            in_note = False
        if not in_note:
            kept.append(line)
    text = "\n".join(kept)
    text = re.sub(r"\[\^[^\]]+\]", "", text)
    text = re.sub(r"\{\s*#[^}]*\}", "", text)
    return text


@pytest.mark.parametrize("name", NARRATIVE)
def test_narrative_pages_have_at_least_700_words(name):
    words = re.findall(r"[\w’'-]+", prose((DOCS / name).read_text(encoding="utf-8")))
    assert len(words) >= 700, f"{name} has {len(words)} words of prose"


@pytest.mark.parametrize("name", NARRATIVE + ["index.md"])
def test_every_section_heading_has_an_explicit_id(name):
    for line in (DOCS / name).read_text(encoding="utf-8").splitlines():
        if re.match(r"^#{2,6} ", line):
            assert re.search(r"\{\s*#[a-z0-9][a-z0-9-]*\s*\}\s*$", line), f"{name}: heading without an explicit id: {line}"


@pytest.mark.parametrize("name", NARRATIVE)
def test_each_narrative_page_links_to_other_pages_in_its_prose(name):
    body = prose((DOCS / name).read_text(encoding="utf-8"))
    targets = set(re.findall(r"\]\(([a-z-]+)\.md(?:#[^)]*)?\)", body)) - {name[:-3]}
    assert len(targets & {n[:-3] for n in NARRATIVE}) >= 2, f"{name} links only to {sorted(targets)}"


REQUIRED_DISPUTES = {
    "the pact's term": ("signing.md", r"expire|lapse|term"),
    "the hour of the declaration of war": ("end.md", r"hour|time"),
    "whether the attack violated the pact": ("end.md", r"violat"),
    "whether the declaration recognised Manchukuo": ("declaration.md", r"recogni"),
}


@pytest.mark.parametrize("topic", REQUIRED_DISPUTES)
def test_the_disputed_points_are_shown_with_both_sides(topic):
    name, pattern = REQUIRED_DISPUTES[topic]
    text = (DOCS / name).read_text(encoding="utf-8")
    boxes = re.findall(r'^!!! dispute "([^"]*)"\n((?:\n|    .*\n)+)', text, flags=re.M)
    matching = [body for title, body in boxes if re.search(pattern, title, re.I)]
    assert matching, f"{name} has no dispute box on {topic}"
    assert len(re.findall(r"\[\^[^\]]+\]", matching[0])) >= 2, f"{topic}: each side needs its own source"


def test_the_eleven_pm_moscow_error_is_corrected_openly():
    text = (DOCS / "end.md").read_text(encoding="utf-8")
    assert re.search(r'^!!! correction "[^"]*11 p\.m\.[^"]*"', text, flags=re.M)


def test_the_apparatus_is_linked_from_the_narrative():
    linked = set()
    for name in NARRATIVE:
        body = prose((DOCS / name).read_text(encoding="utf-8"))
        targets = set(re.findall(r"\]\((timeline|people|glossary)\.md(?:#[^)]*)?\)", body))
        assert targets, f"{name} links to none of the timeline, people and glossary pages"
        linked |= targets
    assert linked == {"timeline", "people", "glossary"}

"""The people of the story (`sources/people.toml`), with links to where they appear.

Where a person appears is found, not typed: the narrative pages are searched for the
person's `match` words, and each page is linked at the section of the first mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..bibliography import Source
from ..corpus.model import Corpus
from ..errors import EditionError, raise_all
from ..render.html import text as html_text
from .common import check_passages, check_sources, entries, escape_markdown, page_link, passage_link, require

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_HEADING = re.compile(r"^#{2,3} .*\{\s*#([a-z0-9-]+)\s*\}\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    native: str
    native_lang: str
    life: str
    role: str
    sources: tuple[str, ...]
    match: tuple[str, ...]
    passages: tuple[str, ...]


def load_people(path: Path, sources: dict[str, Source], corpus: Corpus) -> list[Person]:
    people, errors, seen = [], [], set()
    for entry, line in entries(path, "person"):
        problems = require(path, line, entry, {"id": str, "name": str, "life": str, "role": str,
                                               "sources": list, "match": list})
        if not problems and (not _ID.match(entry["id"]) or entry["id"] in seen):
            problems.append(EditionError(path, line, f"id {entry['id']!r} is malformed or repeated",
                                         "use a unique id of lower-case letters, digits and hyphens"))
        if not problems and entry.get("native") and not entry.get("native_lang"):
            problems.append(EditionError(path, line, "native name without native_lang", 'add native_lang = "ru" (or "ja")'))
        if problems:
            errors += problems
            continue
        seen.add(entry["id"])
        errors += check_sources(path, line, entry["sources"], sources, required=True)
        errors += check_passages(path, line, entry.get("passages", []), corpus)
        people.append(Person(entry["id"], entry["name"], entry.get("native", ""), entry.get("native_lang", ""),
                             entry["life"], entry["role"], tuple(entry["sources"]), tuple(entry["match"]),
                             tuple(entry.get("passages", []))))
    raise_all(errors)
    return people


def first_mentions(person: Person, pages: dict[str, str]) -> list[str]:
    """`page.md#section` for each page (in the order given) that names the person: the
    section holding the first mention, or the page itself if it comes before any heading."""
    found = []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(word) for word in person.match) + r")\b")
    for src, markdown in pages.items():
        hit = pattern.search(markdown)
        if not hit:
            continue
        headings = [h for h in _HEADING.finditer(markdown) if h.start() < hit.start()]
        found.append(f"{src}#{headings[-1].group(1)}" if headings else src)
    return found


def render_people(people: list[Person], corpus: Corpus, from_src: str, pages: dict[str, str],
                  titles: dict[str, str]) -> str:
    parts = []
    # The first `match` word is the surname, whichever order the name is written in.
    for person in sorted(people, key=lambda p: p.match[0]):
        parts.append(f"### {escape_markdown(person.name)} {{ #{person.id} }}\n")
        if person.native:
            parts.append(f'<span lang="{person.native_lang}">{html_text(person.native)}</span> · {escape_markdown(person.life)}\n')
        else:
            parts.append(f"{escape_markdown(person.life)}\n")
        sources = "; ".join(f"[@{key}]" for key in person.sources)
        parts.append(f"{escape_markdown(person.role)} (Sources: {sources}.)\n")
        links = [page_link(ref, from_src, titles) for ref in first_mentions(person, pages)]
        links += [passage_link(ref, corpus, from_src) for ref in person.passages]
        if links:
            parts.append(f"Appears in: {', '.join(links)}.\n")
    return "\n".join(parts)

"""The bibliography (sources/bibliography.toml) and the `[@KEY]` citations in prose."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .datafiles import load_toml, table_lines
from .errors import EditionError, raise_all

#: Categories in the order of the Sources page, with their headings.
CATEGORIES = {
    "primary-government": "Primary sources: United States government records",
    "primary-record": "Primary sources: treaty texts, official records and the press",
    "secondary-book": "Books",
    "secondary-article": "Articles and scholarly web publications",
    "reference": "Reference works, encyclopedias and wikis",
    "weak": "Weak sources, used only for leads or as examples of a claim",
}

#: Sources that never carry a claim alone: an encyclopedia, a wiki, a blog or a forum.
SUPPORTING_ONLY = frozenset({"reference", "weak"})

CITATION = re.compile(r"\[@([A-Za-z0-9][A-Za-z0-9_.\-]*)\]")
_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")


@dataclass(frozen=True)
class Source:
    key: str
    category: str
    citation: str
    urls: tuple[str, ...]
    note: str
    line: int

    @property
    def anchor(self) -> str:
        return anchor(self.key)

    @property
    def carries_claims(self) -> bool:
        return self.category not in SUPPORTING_ONLY


def anchor(key: str) -> str:
    """The id of a source's entry on the Sources page, e.g. `src-frus45-623`."""
    return "src-" + re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")


def load_bibliography(path: Path) -> dict[str, Source]:
    data = load_toml(path)
    lines = table_lines(path, "source")
    entries = data.get("source")
    if not isinstance(entries, list) or not entries:
        raise EditionError(path, None, "no [[source]] entries found",
                           "add entries of the form [[source]] key = … category = … citation = …")
    sources: dict[str, Source] = {}
    anchors: dict[str, str] = {}
    errors: list[EditionError] = []
    for entry, line in zip(entries, lines):
        problem = _entry_problem(entry)
        if problem:
            errors.append(EditionError(path, line, problem[0], problem[1]))
            continue
        source = Source(entry["key"], entry["category"], entry["citation"].strip(),
                        tuple(entry.get("urls", ())), entry.get("note", "").strip(), line)
        if source.key in sources:
            errors.append(EditionError(path, line, f"duplicate key {source.key!r}",
                                       f"rename one of the two entries (the first is on line {sources[source.key].line})"))
        elif source.anchor in anchors:
            errors.append(EditionError(path, line, f"key {source.key!r} gives the same page anchor as {anchors[source.anchor]!r}",
                                       "make the keys differ in more than case or punctuation"))
        else:
            sources[source.key] = source
            anchors[source.anchor] = source.key
    raise_all(errors)
    return sources


def _entry_problem(entry: dict) -> tuple[str, str] | None:
    for field in ("key", "category", "citation"):
        if not isinstance(entry.get(field), str) or not entry[field].strip():
            return f"entry without a {field!r}", f'add {field} = "…" to the entry'
    if not _KEY.match(entry["key"]):
        return (f"key {entry['key']!r} has characters other than letters, digits, '.', '_' and '-'",
                "rename the key")
    if entry["category"] not in CATEGORIES:
        return (f"unknown category {entry['category']!r} for {entry['key']!r}",
                "use one of: " + ", ".join(CATEGORIES))
    urls = entry.get("urls", [])
    if not isinstance(urls, list) or not all(isinstance(u, str) and u.startswith(("http://", "https://")) for u in urls):
        return f"urls of {entry['key']!r} must be a list of http(s) addresses", 'write urls = ["https://…"]'
    return None


def render_bibliography(sources: dict[str, Source]) -> str:
    """The Sources page's list of entries, as Markdown, grouped by category."""
    parts: list[str] = []
    for category, heading in CATEGORIES.items():
        group = sorted((s for s in sources.values() if s.category == category), key=lambda s: s.key.lower())
        if not group:
            continue
        parts.append(f"## {heading} {{ #{category} }}\n")
        for source in group:
            parts.append(f"**{source.key}** {{ #{source.anchor} }}")
            detail = source.citation
            if source.urls:
                detail += " " + " ; ".join(f"<{url}>" for url in source.urls)
            if source.note:
                detail += f" — {source.note}"
            parts.append(f":   {detail}\n")
    return "\n".join(parts)


@dataclass(frozen=True)
class Footnote:
    label: str
    text: str
    line: int


_FOOTNOTE_START = re.compile(r"^\[\^([^\]]+)\]:[ \t]?(.*)$")


def footnote_definitions(markdown: str) -> list[Footnote]:
    """Every footnote definition of a page, with its continuation lines."""
    notes: list[Footnote] = []
    current: list[str] | None = None
    lines = markdown.splitlines()
    for number, line in enumerate(lines, 1):
        start = _FOOTNOTE_START.match(line)
        if start:
            current = [start.group(2)]
            notes.append(Footnote(start.group(1), "", number))
        elif current is not None and (line.startswith(("    ", "\t")) or not line.strip()):
            current.append(line.strip())
        else:
            current = None
        if current is not None:
            notes[-1] = Footnote(notes[-1].label, "\n".join(current).strip(), notes[-1].line)
    return notes


def check_citations(markdown: str, page: str, sources: dict[str, Source]) -> list[EditionError]:
    """Unknown keys anywhere on the page, and footnotes resting only on weak sources."""
    errors: list[EditionError] = []
    for number, line in enumerate(markdown.splitlines(), 1):
        for match in CITATION.finditer(line):
            if match.group(1) not in sources:
                errors.append(EditionError(page, number, f"unknown source key [@{match.group(1)}]",
                                           "use a key of sources/bibliography.toml, or add the source there"))
    for note in footnote_definitions(markdown):
        keys = [k for k in CITATION.findall(note.text) if k in sources]
        if not CITATION.search(note.text):
            errors.append(EditionError(page, note.line, f"footnote [^{note.label}] cites no source",
                                       "cite at least one bibliography entry as [@KEY]"))
        elif keys and not any(sources[k].carries_claims for k in keys):
            errors.append(EditionError(
                page, note.line,
                f"footnote [^{note.label}] rests only on reference or weak sources ({', '.join(keys)})",
                "add a primary or scholarly source beside them, or drop the claim"))
    return errors


def link_citations(markdown: str, sources: dict[str, Source], sources_page: str) -> str:
    """Replace each `[@KEY]` by a link to its entry; `sources_page` is relative to the page."""
    def link(match: re.Match) -> str:
        source = sources[match.group(1)]
        return f"[{source.key}]({sources_page}#{source.anchor})"
    return CITATION.sub(link, markdown)

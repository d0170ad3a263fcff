"""The timeline (`sources/timeline.toml`): every dated event, linked to the page that tells
it and to the document rows that record it, with Moscow and Tokyo times where they matter."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..bibliography import Source
from ..corpus.model import Corpus
from ..errors import EditionError, raise_all
from .common import check_passages, check_sources, entries, escape_markdown, long_date, page_link, passage_link, require

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
#: Days on which the hour depends on the time zone, so both times are required.
BOTH_ZONES = (date(1945, 8, 8), date(1945, 8, 9))


@dataclass(frozen=True)
class Event:
    id: str
    date: date
    when: str
    moscow: str
    tokyo: str
    tokyo_date: date | None
    text: str
    sources: tuple[str, ...]
    pages: tuple[str, ...]
    passages: tuple[str, ...]


def load_timeline(path: Path, sources: dict[str, Source], corpus: Corpus) -> list[Event]:
    events, errors = [], []
    for entry, line in entries(path, "event"):
        problems = require(path, line, entry, {"date": date, "text": str, "sources": list, "pages": list})
        if problems:
            errors += problems
            continue
        for zone in ("moscow", "tokyo"):
            if entry.get(zone) and not _TIME.match(entry[zone]):
                errors.append(EditionError(path, line, f"{zone} time {entry[zone]!r} is not HH:MM", 'write e.g. "17:00"'))
        if entry["date"] in BOTH_ZONES and not (entry.get("moscow") and entry.get("tokyo")):
            errors.append(EditionError(path, line, "an event of 8–9 August 1945 without both Moscow and Tokyo times",
                                       'give moscow = "HH:MM" and tokyo = "HH:MM" (and tokyo_date if the day differs)'))
        errors += check_sources(path, line, entry["sources"], sources, required=True)
        errors += check_passages(path, line, entry.get("passages", []), corpus)
        events.append(entry)
    raise_all(errors)
    ordered = sorted(events, key=lambda e: (e["date"], e.get("moscow", "")))
    counts: Counter = Counter()
    result = []
    for entry in ordered:
        counts[entry["date"]] += 1
        suffix = "" if counts[entry["date"]] == 1 else f"-{counts[entry['date']]}"
        result.append(Event(f"d{entry['date'].isoformat()}{suffix}", entry["date"], entry.get("when", ""),
                            entry.get("moscow", ""), entry.get("tokyo", ""), entry.get("tokyo_date"),
                            entry["text"], tuple(entry["sources"]), tuple(entry["pages"]),
                            tuple(entry.get("passages", []))))
    return result


def event_pages(events: list[Event]) -> set[str]:
    """Every page an event links to (the build checks that each exists)."""
    return {reference.partition("#")[0] for event in events for reference in event.pages}


def render_timeline(events: list[Event], corpus: Corpus, from_src: str, titles: dict[str, str]) -> str:
    parts, year = [], None
    for event in events:
        if event.date.year != year:
            year = event.date.year
            parts.append(f"\n## {year} {{ #y{year} }}\n")
        head = escape_markdown(event.when or long_date(event.date))
        if event.moscow or event.tokyo:
            times = []
            if event.moscow:
                times.append(f"{event.moscow} Moscow time")
            if event.tokyo:
                day = f" on {long_date(event.tokyo_date)}" if event.tokyo_date else ""
                times.append(f"{event.tokyo} Tokyo and Manchurian time{day}")
            head += " — " + " = ".join(times)
        links = [page_link(reference, from_src, titles) for reference in event.pages]
        links += [passage_link(reference, corpus, from_src) for reference in event.passages]
        sources = "; ".join(f"[@{key}]" for key in event.sources)
        parts.append(f"**{head}** {{ #{event.id} }}\n"
                     f":   {escape_markdown(event.text)} Told in: {', '.join(links)}. Sources: {sources}.\n")
    return "\n".join(parts)

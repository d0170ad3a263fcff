"""Everything under `sources/`, loaded and checked in one go (the build's first step)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .apparatus.corrections import Correction, load_corrections
from .apparatus.glossary import Term, load_glossary
from .apparatus.people import Person, load_people
from .apparatus.timeline import Event, load_timeline
from .bibliography import Source, load_bibliography
from .citation.edition import Edition, load_edition
from .corpus import Corpus, load_corpus
from .errors import EditionError, raise_all


@dataclass(frozen=True)
class SiteData:
    bibliography: dict[str, Source]
    corpus: Corpus
    edition: Edition
    timeline: list[Event]
    people: list[Person]
    glossary: list[Term]
    corrections: list[Correction]


def load_site_data(sources: Path) -> SiteData:
    """Load every data file; report the problems of all of them together."""
    errors: list[EditionError] = []

    def attempt(load, *args):
        try:
            return load(*args)
        except EditionError as err:
            errors.extend(getattr(err, "errors", [err]))
            return None

    bibliography = attempt(load_bibliography, sources / "bibliography.toml")
    corpus = attempt(load_corpus, sources / "documents")
    edition = attempt(load_edition, sources / "edition.toml")
    corrections = attempt(load_corrections, sources / "corrections.toml")
    raise_all(errors)  # the rest refer to the bibliography and the corpus
    timeline = attempt(load_timeline, sources / "timeline.toml", bibliography, corpus)
    people = attempt(load_people, sources / "people.toml", bibliography, corpus)
    glossary = attempt(load_glossary, sources / "glossary.toml", bibliography)
    raise_all(errors)
    return SiteData(bibliography, corpus, edition, timeline, people, glossary, corrections)

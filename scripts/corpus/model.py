"""The document model: what a primary text is, independent of any output format.

Pages, TEI, JSON and plain text are all rendered from these objects, so they cannot
disagree with one another or with the files in `sources/documents/`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

#: Languages the edition prints, with their English names.
LANGUAGES = {"ja": "Japanese", "ru": "Russian", "en": "English"}

#: Column order on every page: the two signed languages, then the translation.
LANGUAGE_ORDER = ("ja", "ru", "en")


@dataclass(frozen=True)
class Line:
    """One line of a source file inside a segment: text, or a `[GAP: …]` note."""
    text: str
    number: int
    gap: bool = False

    @property
    def gap_note(self) -> str:
        """The explanation inside `[GAP: …]`."""
        return self.text[len("[GAP:"):-1].strip() if self.gap else ""


@dataclass(frozen=True)
class Segment:
    """An aligned unit (title, article, paragraph) of one text, as lines of its file."""
    id: str
    lines: tuple[Line, ...]
    number: int  # line of the `@@` marker

    @property
    def text_lines(self) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if not line.gap)

    @property
    def gaps(self) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if line.gap)

    @property
    def status(self) -> str:
        """`complete`, `partial` (text and a gap) or `gap` (no text at all)."""
        if not self.gaps:
            return "complete"
        return "partial" if self.text_lines else "gap"


@dataclass(frozen=True)
class Witness:
    """A copy that a text (or some segments of it) was transcribed from."""
    siglum: str
    segments: tuple[str, ...]
    publication: str
    short: str
    url: str
    confidence: str
    volume: str = ""
    page: str = ""
    script: str = ""
    translator: str = ""
    note: str = ""


@dataclass(frozen=True)
class Variant:
    """A difference between copies, recorded in the provenance notes."""
    note: str
    segment: str = ""


@dataclass(frozen=True)
class Text:
    """One language version of a document: one file such as `ja.txt`."""
    name: str              # the file stem: `ja`, or `ja-modern` for a second Japanese text
    language: str          # `ja`, `ru` or `en`
    role: str              # `original` (authentic), `translation`, or `version` (not established)
    script: str            # e.g. "kyūjitai (old character forms)"; empty where not relevant
    segments: tuple[Segment, ...]
    witnesses: tuple[Witness, ...]
    variants: tuple[Variant, ...]
    absent: dict[str, str]  # segment id → why this version has no such segment
    path: Path

    def segment(self, segment_id: str) -> Segment | None:
        return next((s for s in self.segments if s.id == segment_id), None)

    def witnesses_of(self, segment_id: str) -> tuple[Witness, ...]:
        return tuple(w for w in self.witnesses if segment_id in w.segments)

    @property
    def language_name(self) -> str:
        return LANGUAGES[self.language]


@dataclass(frozen=True)
class Document:
    id: str                 # folder name, e.g. `pact-1941-04-13`; also the page's URL
    key: str                # short name for cross-references, e.g. `pact`
    short_title: str        # how prose names it, e.g. "Neutrality Pact"
    kind: str
    date: date
    place: str
    parties: tuple[str, ...]
    signatories: tuple[str, ...]
    authentic_languages: tuple[str, ...]
    titles: dict[str, str]  # language → title in that language
    segment_ids: tuple[str, ...]
    texts: tuple[Text, ...]
    missing: dict[str, str]  # language → why the edition has no text in it
    summary: str
    path: Path
    authenticity_note: str = ""

    @property
    def title(self) -> str:
        return self.titles["en"]

    def text(self, name: str) -> Text | None:
        return next((t for t in self.texts if t.name == name), None)

    def segment_texts(self, segment_id: str) -> list[tuple[Text, Segment]]:
        """Every text's version of one segment, in column order."""
        return [(t, s) for t in self.texts if (s := t.segment(segment_id))]


@dataclass(frozen=True)
class Corpus:
    documents: tuple[Document, ...]
    by_key: dict[str, Document] = field(default_factory=dict)

    def __post_init__(self):
        self.by_key.update({d.key: d for d in self.documents})
        self.by_key.update({d.id: d for d in self.documents})

    def get(self, key: str) -> Document | None:
        """A document by its short key (`pact`) or its id (`pact-1941-04-13`)."""
        return self.by_key.get(key)


_ARTICLE = re.compile(r"^art-(\d+)$")
_PARAGRAPH = re.compile(r"^p(\d+)$")
_NAMED = {"title": "Title", "preamble": "Preamble", "plenipotentiaries": "Plenipotentiaries",
          "closing": "Closing formula", "place-date": "Place and date", "signatures": "Signatures"}


def segment_label(segment_id: str) -> str:
    """How a segment is named to readers: `art-3` → "Article 3", `p2` → "Paragraph 2"."""
    if segment_id in _NAMED:
        return _NAMED[segment_id]
    if match := _ARTICLE.match(segment_id):
        return f"Article {match.group(1)}"
    if match := _PARAGRAPH.match(segment_id):
        return f"Paragraph {match.group(1)}"
    return segment_id

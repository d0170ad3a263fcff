"""Reading and checking `document.toml`, the metadata of one document."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from ..datafiles import key_line, load_toml, read_utf8
from ..errors import EditionError
from .model import LANGUAGES, Variant, Witness

#: `original`: an authentic (signed) text; `translation`; `version`: a text of the document
#: whose authentic status the editors could not verify (see `authenticity_note`).
ROLES = ("original", "translation", "version")
REQUIRED = {
    "id": str, "key": str, "short_title": str, "kind": str, "date": date, "place": str, "parties": list,
    "signatories": list, "authentic_languages": list, "segments": list, "summary": str, "title": dict,
}
WITNESS_REQUIRED = ("siglum", "segments", "publication", "short", "url", "confidence")
WITNESS_OPTIONAL = ("volume", "page", "script", "translator", "note")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class Metadata:
    """The parsed file, with helpers that report problems at the right line."""

    def __init__(self, path: Path):
        self.path = path
        self.data = load_toml(path)
        self._lines = read_utf8(path).splitlines()

    def line_of(self, key: str, after: int = 0) -> int:
        """The line that assigns `key` (first after line `after`), else line 1."""
        assign = re.compile(r"^\s*" + re.escape(key) + r"\s*=")
        for number, text in enumerate(self._lines[after:], after + 1):
            if assign.match(text):
                return number
        return 1

    def table_line(self, header: str) -> int:
        """The line of a `[header]` or the n-th `[[header]]`; line 1 if absent."""
        for number, text in enumerate(self._lines, 1):
            if text.strip() in (f"[{header}]", f"[[{header}]]"):
                return number
        return 1

    def error(self, line: int | None, problem: str, fix: str) -> EditionError:
        return EditionError(self.path, line, problem, fix)


def check_document_fields(meta: Metadata, folder: str) -> list[EditionError]:
    data, errors = meta.data, []
    for field, kind in REQUIRED.items():
        value = data.get(field)
        if field == "authentic_languages" and value == [] and data.get("authenticity_note"):
            continue  # authentic language not established; the note says why
        if value is None or (kind is not date and not value):
            errors.append(meta.error(1, f"missing required field {field!r}",
                                     f"add `{field} = …` (see the field list in CONTRIBUTING.md)"))
        elif not isinstance(value, kind):
            errors.append(meta.error(meta.line_of(field), f"{field!r} must be a {kind.__name__}",
                                     "compare with another document.toml"))
    if errors:
        return errors
    if data["id"] != folder:
        errors.append(meta.error(meta.line_of("id"), f"id {data['id']!r} differs from the folder name {folder!r}",
                                 "make them equal: the id is the document's URL"))
    for language in data["authentic_languages"]:
        if language not in LANGUAGES:
            errors.append(meta.error(meta.line_of("authentic_languages"), f"unknown language code {language!r}",
                                     "use one of: " + ", ".join(LANGUAGES)))
    if "en" not in data["title"]:
        errors.append(meta.error(meta.table_line("title"), "no English title", 'add `en = "…"` under [title]'))
    for language in data["title"]:
        if language not in LANGUAGES:
            errors.append(meta.error(meta.table_line("title"), f"title in unknown language {language!r}",
                                     "use one of: " + ", ".join(LANGUAGES)))
    seen = set()
    for segment_id in data["segments"]:
        if not isinstance(segment_id, str) or not _ID.match(segment_id) or segment_id in seen:
            errors.append(meta.error(meta.line_of("segments"), f"bad or repeated segment id {segment_id!r}",
                                     "list each id once: lower-case letters, digits and hyphens"))
        seen.add(segment_id)
    for language in data.get("missing", {}):
        if language not in LANGUAGES:
            errors.append(meta.error(meta.table_line("missing"), f"unknown language code {language!r} in [missing]",
                                     "use one of: " + ", ".join(LANGUAGES)))
    return errors


def text_entry(meta: Metadata, name: str) -> dict | None:
    return meta.data.get("texts", {}).get(name)


def read_witnesses(meta: Metadata, name: str, entry: dict) -> tuple[tuple[Witness, ...], list[EditionError]]:
    errors: list[EditionError] = []
    witnesses: list[Witness] = []
    header_line = meta.table_line(f"texts.{name}.witness")
    for raw in entry.get("witness", []):
        missing = [f for f in WITNESS_REQUIRED if not raw.get(f)]
        if missing:
            errors.append(meta.error(header_line, f"a witness of {name}.txt lacks {', '.join(missing)}",
                                     "every [[texts.NAME.witness]] needs: " + ", ".join(WITNESS_REQUIRED)))
            continue
        witnesses.append(Witness(
            siglum=raw["siglum"], segments=tuple(raw["segments"]), publication=raw["publication"],
            short=raw["short"], url=raw["url"], confidence=raw["confidence"],
            **{f: str(raw.get(f, "")) for f in WITNESS_OPTIONAL}))
    return tuple(witnesses), errors


def read_variants(entry: dict) -> tuple[Variant, ...]:
    return tuple(Variant(note=v["note"], segment=v.get("segment", "")) for v in entry.get("variant", []))

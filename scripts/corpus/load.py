"""Load and validate the corpus: every document folder under `sources/documents/`.

`load_corpus` either returns a complete, consistent `Corpus` or raises `EditionError`(s)
naming each file, line, problem and fix. Nothing is rendered from a corpus that failed.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import EditionError, raise_all
from . import textfile
from .metadata import (ROLES, Metadata, check_document_fields, read_variants, read_witnesses, text_entry)
from .model import LANGUAGE_ORDER, LANGUAGES, Corpus, Document, Segment, Text

METADATA = "document.toml"


def load_corpus(root: Path) -> Corpus:
    """Every document under `root`, in date order."""
    folders = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not folders:
        raise EditionError(root, None, "no document folders found", "add one folder per document, see CONTRIBUTING.md")
    documents, errors = [], []
    for folder in folders:
        try:
            documents.append(load_document(folder))
        except EditionError as err:
            errors += getattr(err, "errors", [err])
    raise_all(errors)
    keys: dict[str, Document] = {}
    for document in documents:
        for name in (document.key, document.id):
            if name in keys and keys[name] is not document:
                errors.append(EditionError(document.path / METADATA, None,
                                           f"key {name!r} is used by {keys[name].id} too", "give each document its own key"))
            keys[name] = document
    raise_all(errors)
    # Date order; on the same day the treaty comes before what was signed with it.
    return Corpus(tuple(sorted(documents, key=lambda d: (d.date, d.kind != "treaty", d.id))))


def load_document(folder: Path) -> Document:
    meta_path = folder / METADATA
    if not meta_path.is_file():
        raise EditionError(meta_path, None, "the document has no metadata file",
                           f"create {METADATA} (copy one from another document and adapt every field)")
    meta = Metadata(meta_path)
    raise_all(check_document_fields(meta, folder.name))
    data = meta.data
    order = tuple(data["segments"])
    errors: list[EditionError] = []
    texts: list[Text] = []
    for path in sorted(folder.glob("*.txt")):
        try:
            text, problems = _load_text(path, meta, order)
        except EditionError as err:
            errors.append(err)
            continue
        errors += problems
        if text:
            texts.append(text)
    file_names = {p.stem for p in folder.glob("*.txt")}
    for name in data.get("texts", {}):
        if name not in file_names:
            errors.append(meta.error(meta.table_line(f"texts.{name}"), f"metadata for {name}.txt, but there is no such file",
                                     f"add {name}.txt or remove the [texts.{name}] table"))
    raise_all(errors)
    if not texts:
        raise EditionError(folder, None, "the document has no language files", "add at least one file such as ja.txt")
    texts.sort(key=lambda t: (LANGUAGE_ORDER.index(t.language), t.name))
    return Document(
        id=data["id"], key=data["key"], short_title=data["short_title"], kind=data["kind"], date=data["date"], place=data["place"],
        parties=tuple(data["parties"]), signatories=tuple(data["signatories"]),
        authentic_languages=tuple(data["authentic_languages"]), titles=dict(data["title"]),
        segment_ids=order, texts=tuple(texts), missing=dict(data.get("missing", {})),
        summary=" ".join(data["summary"].split()), path=folder,
        authenticity_note=data.get("authenticity_note", ""))


def _load_text(path: Path, meta: Metadata, order: tuple[str, ...]) -> tuple[Text | None, list[EditionError]]:
    name = path.stem
    language = name.split("-", 1)[0]
    if language not in LANGUAGES:
        raise EditionError(path, None, f"unknown language code {language!r} in the file name",
                           "name language files " + ", ".join(f"{code}.txt" for code in LANGUAGES)
                           + " (or e.g. ja-modern.txt for a second text in a language)")
    segments = textfile.parse(path)
    entry = text_entry(meta, name)
    if entry is None:
        raise EditionError(meta.path, None, f"{name}.txt has no witness: there is no [texts.{name}] table",
                           f"add [texts.{name}] with role and at least one [[texts.{name}.witness]] (see PROVENANCE.md)")
    errors = _check_segments(path, segments, order, entry.get("absent", {}))
    role = entry.get("role")
    if role not in ROLES:
        errors.append(meta.error(meta.table_line(f"texts.{name}"), f"{name}: role must be one of {ROLES}, not {role!r}",
                                 'write role = "original" for a signed text, "translation" for a translation, '
                                 '"version" where that is not established'))
    witnesses, problems = read_witnesses(meta, name, entry)
    errors += problems
    with_text = {s.id for s in segments if s.text_lines}
    present = {s.id for s in segments}
    witnessed = {seg for w in witnesses for seg in w.segments}
    # Ids outside `order` are reported by _check_segments already.
    for segment_id in [sid for sid in order if sid in with_text - witnessed]:
        errors.append(meta.error(meta.table_line(f"texts.{name}.witness"),
                                 f"segment {segment_id!r} of {name}.txt has text but no witness",
                                 f"add {segment_id!r} to the segments of the witness it was copied from"))
    for segment_id in sorted(witnessed - present):
        errors.append(meta.error(meta.table_line(f"texts.{name}.witness"),
                                 f"a witness of {name}.txt claims segment {segment_id!r}, which the file does not have",
                                 "correct the witness's segments list"))
    if errors:
        return None, errors
    return Text(name=name, language=language, role=role, script=entry.get("script", ""),
                segments=segments, witnesses=witnesses, variants=read_variants(entry),
                absent=dict(entry.get("absent", {})), path=path), []


def _check_segments(path: Path, segments: tuple[Segment, ...], order: tuple[str, ...],
                    absent: dict[str, str]) -> list[EditionError]:
    errors: list[EditionError] = []
    seen: dict[str, Segment] = {}
    last_index = -1
    for segment in segments:
        if segment.id not in order:
            errors.append(EditionError(path, segment.number, f"segment id {segment.id!r} is not one of this document's segments",
                                       "use one of: " + ", ".join(order) + " (listed in document.toml)"))
            continue
        if segment.id in seen:
            errors.append(EditionError(path, segment.number, f"segment {segment.id!r} appears twice (first on line {seen[segment.id].number})",
                                       "merge the two, or correct the id of one of them"))
            continue
        index = order.index(segment.id)
        if index < last_index:
            errors.append(EditionError(path, segment.number, f"segment {segment.id!r} is out of order",
                                       "segments follow the order of `segments` in document.toml: " + ", ".join(order)))
        last_index = max(last_index, index)
        seen[segment.id] = segment
        if segment.id in absent:
            errors.append(EditionError(path, segment.number, f"segment {segment.id!r} is present but listed as absent in document.toml",
                                       "remove it from the text's `absent` table"))
    for segment_id in order:
        if segment_id not in seen and segment_id not in absent:
            errors.append(EditionError(path, None, f"segment {segment_id!r} is missing",
                                       f"add `@@ {segment_id}` with the text or a [GAP: …] line, or, if this version "
                                       f"genuinely has no such part, list it under `absent` in document.toml with the reason"))
    return errors

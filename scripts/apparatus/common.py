"""What the apparatus data files share: reading entries, checking source keys and links."""

from __future__ import annotations

import posixpath
import re
from datetime import date
from pathlib import Path

from ..bibliography import Source
from ..corpus.model import Corpus, segment_label
from ..datafiles import load_toml, table_lines
from ..errors import EditionError

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#!])")


def escape_markdown(value: str) -> str:
    """Data text inside generated Markdown: characters with a meaning in Markdown escaped
    (with a backslash, or as an entity for `<`, which Markdown cannot backslash-escape)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", value).replace("<", "&lt;")


def entries(path: Path, table: str) -> list[tuple[dict, int]]:
    """The `[[table]]` entries of a data file, each with the line of its header."""
    data = load_toml(path)
    found = data.get(table)
    if not isinstance(found, list) or not found:
        raise EditionError(path, None, f"no [[{table}]] entries", f"add entries of the form [[{table}]]")
    return list(zip(found, table_lines(path, table)))


def require(path: Path, line: int, entry: dict, fields: dict[str, type]) -> list[EditionError]:
    errors = []
    for field, kind in fields.items():
        value = entry.get(field)
        if not isinstance(value, kind) or (isinstance(value, (str, list)) and not value):
            errors.append(EditionError(path, line, f"missing or malformed {field!r}",
                                       f"give `{field}` ({kind.__name__}); see CONTRIBUTING.md, \"The apparatus\""))
    return errors


def check_sources(path: Path, line: int, keys: list[str], sources: dict[str, Source], required: bool) -> list[EditionError]:
    """Known keys; and never a reference work or a weak source alone."""
    errors = [EditionError(path, line, f"unknown source key {key!r}", "use a key of sources/bibliography.toml")
              for key in keys if key not in sources]
    known = [sources[key] for key in keys if key in sources]
    if required and not keys:
        errors.append(EditionError(path, line, "no sources", "list the bibliography keys that support the entry"))
    elif known and not any(source.carries_claims for source in known):
        errors.append(EditionError(path, line, f"rests only on reference or weak sources ({', '.join(keys)})",
                                   "add a primary or scholarly source, or drop the entry"))
    return errors


def check_passages(path: Path, line: int, references: list[str], corpus: Corpus) -> list[EditionError]:
    errors = []
    for reference in references:
        key, _, segment = reference.partition("#")
        document = corpus.get(key)
        if document is None or (segment and segment not in document.segment_ids):
            errors.append(EditionError(path, line, f"unknown passage {reference!r}",
                                       "write DOCUMENT#PASSAGE, e.g. pact#art-3 (keys and ids: CONTRIBUTING.md)"))
    return errors


def passage_link(reference: str, corpus: Corpus, from_src: str) -> str:
    """A Markdown link to a document row, relative to the page `from_src`."""
    key, _, segment = reference.partition("#")
    document = corpus.get(key)
    target = posixpath.relpath(f"documents/{document.id}.md", posixpath.dirname(from_src) or ".")
    label = document.short_title + (f", {segment_label(segment)}" if segment else "")
    return f"[{escape_markdown(label)}]({target}{'#' + segment if segment else ''})"


_HEADING = re.compile(r"^#{2,6} (.+?)\s*\{\s*#([a-z0-9-]+)\s*\}\s*$", re.MULTILINE)


def section_titles(src: str, title: str, markdown: str) -> dict[str, str]:
    """`page.md` → its title and `page.md#id` → "Title: Heading", for every heading with an id."""
    found = {src: title}
    for heading in _HEADING.finditer(markdown):
        found[f"{src}#{heading.group(2)}"] = f"{title}: {heading.group(1).strip()}"
    return found


def page_link(reference: str, from_src: str, titles: dict[str, str]) -> str:
    """A Markdown link to a page or a section, e.g. `signing.md#talks-12-april`, named by
    its title (and heading) from `titles`."""
    page, _, anchor = reference.partition("#")
    target = posixpath.relpath(page, posixpath.dirname(from_src) or ".")
    label = titles.get(reference) or titles.get(page, page)
    return f"[{escape_markdown(label)}]({target}{'#' + anchor if anchor else ''})"


def long_date(value: date) -> str:
    return f"{value.day} {value:%B %Y}"

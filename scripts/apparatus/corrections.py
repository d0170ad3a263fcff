"""The corrections log (`sources/corrections.toml`): dated entries, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import EditionError, raise_all
from .common import entries, escape_markdown, long_date, require


@dataclass(frozen=True)
class Correction:
    date: date
    summary: str
    pages: tuple[str, ...]


def load_corrections(path: Path) -> list[Correction]:
    found, errors = [], []
    for entry, line in entries(path, "correction"):
        problems = require(path, line, entry, {"date": date, "summary": str, "pages": list})
        if problems:
            errors += problems
            continue
        found.append(Correction(entry["date"], entry["summary"], tuple(entry["pages"])))
    dates = [c.date for c in found]
    if dates != sorted(dates, reverse=True):
        errors.append(EditionError(path, None, "entries are not in order, newest first",
                                   "add each new entry at the top of the file"))
    raise_all(errors)
    return found


def render_corrections(corrections: list[Correction], link) -> str:
    """`link(reference)` turns `signing.md#x` into a Markdown link from the log's page."""
    rows = ["| Date | Change | Pages |", "|---|---|---|"]
    for correction in corrections:
        pages = ", ".join(link(page) for page in correction.pages)
        rows.append(f"| {long_date(correction.date)} | {escape_markdown(correction.summary).replace('|', '&#124;')} | {pages} |")
    return "\n".join(rows) + "\n"

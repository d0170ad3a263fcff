"""The edition's own metadata (`sources/edition.toml`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..datafiles import load_toml
from ..errors import EditionError

FIELDS = {"title": str, "short_title": str, "author": str, "version": str,
          "date": date, "language": str, "license": str, "license_url": str}


@dataclass(frozen=True)
class Edition:
    title: str
    short_title: str
    author: str
    version: str
    date: date
    language: str
    license: str
    license_url: str


def load_edition(path: Path) -> Edition:
    data = load_toml(path)
    for field, kind in FIELDS.items():
        if not isinstance(data.get(field), kind):
            raise EditionError(path, None, f"missing or malformed field {field!r}",
                               f"add `{field} = …` ({kind.__name__})")
    return Edition(**{field: data[field] for field in FIELDS})

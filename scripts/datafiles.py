"""Reading the TOML data files, with errors that name the file and the line."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from .errors import EditionError

_TOML_POSITION = re.compile(r"\(at line (\d+), column \d+\)")


def read_utf8(path: Path) -> str:
    """The text of a data file; invalid UTF-8 is an error naming the line."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise EditionError(
            path, line, f"the file is not valid UTF-8 (byte {data[err.start]:#04x})",
            "save the file as UTF-8 (without a byte-order mark)") from None


def load_toml(path: Path) -> dict:
    """Parse a TOML file; a syntax error names the line tomllib complains about."""
    text = read_utf8(path)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        found = _TOML_POSITION.search(str(err))
        line = int(found.group(1)) if found else None
        problem = _TOML_POSITION.sub("", str(err)).strip()
        raise EditionError(path, line, f"invalid TOML: {problem}",
                           "compare the line with the examples in CONTRIBUTING.md") from None


def table_lines(path: Path, name: str) -> list[int]:
    """Line numbers of each `[[name]]` array-of-tables header, in file order.

    tomllib keeps no positions, so semantic errors in the n-th entry are reported at the
    line of its header.
    """
    header = re.compile(r"^\s*\[\[\s*" + re.escape(name) + r"\s*\]\]")
    lines = read_utf8(path).splitlines()
    return [number for number, text in enumerate(lines, 1) if header.match(text)]


def key_line(path: Path, key: str) -> int | None:
    """The first line that assigns `key = …` at any depth; None if there is none."""
    assign = re.compile(r"^\s*" + re.escape(key) + r"\s*=")
    for number, text in enumerate(read_utf8(path).splitlines(), 1):
        if assign.match(text):
            return number
    return None

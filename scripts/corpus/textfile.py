"""Parsing one language file (`ja.txt`): `@@ id` markers, text lines and `[GAP: …]` lines.

The format is documented in CONTRIBUTING.md ("The primary texts"). The parser keeps every
line exactly as it is in the file; it only decides where segments begin and which lines
are gap notes.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import EditionError
from .model import Line, Segment

MARKER = re.compile(r"^@@ ([a-z0-9]+(?:-[a-z0-9]+)*)$")
_GAP = re.compile(r"^\[GAP: .+\]$")


def decode(path: Path, data: bytes) -> str:
    """The file's text. A BOM, CRLF line ends or invalid UTF-8 are rejected, not repaired:
    the published text must be byte for byte the file in the repository."""
    if data.startswith(b"\xef\xbb\xbf"):
        raise EditionError(path, 1, "the file starts with a byte-order mark (BOM)",
                           "save it as UTF-8 without BOM (e.g. `sed -i '1s/^\\xEF\\xBB\\xBF//' FILE`)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise EditionError(path, line, f"invalid UTF-8 (byte {data[err.start]:#04x})",
                           "re-save the file as UTF-8; never retype the text, copy it again from the vetted source") from None
    if "\r" in text:
        line = text[: text.index("\r")].count("\n") + 1
        raise EditionError(path, line, "the file has Windows (CRLF) or old Mac (CR) line endings",
                           "convert it to LF line endings (e.g. `dos2unix FILE`); .gitattributes keeps them LF")
    return text


def parse(path: Path, data: bytes | None = None) -> tuple[Segment, ...]:
    """The segments of one language file, in file order, each with its line numbers."""
    text = decode(path, path.read_bytes() if data is None else data)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last line
    segments: list[Segment] = []
    current_id: str | None = None
    current_lines: list[Line] = []
    marker_line = 0

    def close() -> None:
        if current_id is None:
            return
        if not current_lines:
            raise EditionError(path, marker_line, f"segment {current_id!r} is empty",
                               "add its text, or a [GAP: …] line saying what is missing and where to read it")
        segments.append(Segment(current_id, tuple(current_lines), marker_line))

    for number, line in enumerate(lines, 1):
        if line.startswith("@@"):
            match = MARKER.match(line)
            if not match:
                raise EditionError(path, number, f"malformed segment marker {line!r}",
                                   "write exactly `@@ <id>`: two @, one space, an id of lower-case letters, digits and hyphens")
            close()
            current_id, current_lines, marker_line = match.group(1), [], number
            continue
        if current_id is None:
            raise EditionError(path, number, "text before the first `@@` segment marker",
                               "start the file with a marker such as `@@ title` or `@@ p1`")
        if not line.strip():
            raise EditionError(path, number, f"blank line inside segment {current_id!r}",
                               "delete it: line breaks inside a segment are kept, blank lines are not part of the text")
        if line.startswith("[GAP"):
            if not _GAP.match(line):
                raise EditionError(path, number, "malformed gap line",
                                   "write it on one line as `[GAP: what is missing and where the full text can be read.]`")
            current_lines.append(Line(line, number, gap=True))
        else:
            current_lines.append(Line(line, number))
    close()
    if not segments:
        raise EditionError(path, 1, "the file has no segments",
                           "start with a marker such as `@@ title` and put the text below it")
    return tuple(segments)

"""Plain text: one UTF-8 file per language text, segments in order with their ids.

The body is in the corpus format itself (`@@ id`, text lines, `[GAP: …]` lines), after a
few `#` comment lines saying what the file is; so the file can be read back exactly.
"""

from __future__ import annotations

from ..corpus.model import Document, Text
from ..render.parallel import ROLE_LABELS


def render_text(document: Document, text: Text, url: str) -> str:
    witnesses = "; ".join(w.short for w in text.witnesses)
    lines = [
        f"# {document.title}, {document.date.isoformat()}, {document.place}",
        f"# {text.language_name} text ({ROLE_LABELS[text.role]}); transcribed from: {witnesses}",
        f"# Segments start with '@@ id'; '[GAP: …]' marks text missing from the copies consulted.",
        f"# {url}",
    ]
    for segment in text.segments:
        lines.append(f"@@ {segment.id}")
        lines += [line.text for line in segment.lines]
    return "\n".join(lines) + "\n"

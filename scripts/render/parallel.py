"""The parallel-text table of a document: one row per segment, one column per text.

Every line of every language file appears in its row and column, escaped, in file order;
`[GAP: …]` lines appear as visible, explained gaps. Nothing is dropped, reordered or added.
"""

from __future__ import annotations

import re
from typing import Callable

from ..corpus.model import Document, Line, Segment, Text, segment_label
from .html import attrs, link, tag, text

ROLE_LABELS = {"original": "original", "translation": "translation", "version": "status not established"}
GAP_LABEL = "Missing from the copies consulted:"


def column_label(document: Document, text_: Text) -> str:
    """`Japanese`, or `Japanese (kyūjitai)` where a document has two texts in one language."""
    same = [t for t in document.texts if t.language == text_.language]
    return f"{text_.language_name} ({text_.script})" if len(same) > 1 and text_.script else text_.language_name


RowExtra = Callable[[str], str]


def render_table(document: Document, row_extra: RowExtra | None = None) -> str:
    """The controls and the table, as one HTML fragment. `row_extra(segment_id)` adds HTML
    to a row's heading cell (the site puts each passage's Cite control there)."""
    return render_controls(document) + render_grid(document, row_extra)


def render_controls(document: Document) -> str:
    """Checkboxes that show or hide columns. Hidden until the script runs, so that a
    reader without JavaScript simply sees every column."""
    if len(document.texts) < 2:
        return ""
    boxes = "".join(
        tag("label", f'<input type="checkbox" name="column" value="{t.name}" checked> {text(column_label(document, t))}')
        for t in document.texts)
    legend = tag("legend", "Show columns")
    return tag("form", tag("fieldset", legend + boxes), class_="parallel-controls", hidden="",
               data_parallel_controls="", aria_label="Columns shown")


def render_grid(document: Document, row_extra: RowExtra | None = None) -> str:
    head = tag("th", "Passage", scope="col", class_="parallel-passage")
    head += "".join(_column_header(document, t) for t in document.texts)
    rows = "".join(_row(document, segment_id, row_extra) for segment_id in document.segment_ids)
    caption = tag("caption", text(f"{document.title}: the texts side by side, one row per passage"),
                  class_="md-visually-hidden")
    return tag("table", caption + tag("thead", tag("tr", head)) + tag("tbody", rows),
               class_="parallel-text", data_document=document.id,
               data_columns=" ".join(t.name for t in document.texts))


def _column_header(document: Document, text_: Text) -> str:
    label = tag("span", text(column_label(document, text_)), class_="parallel-language")
    role = tag("span", text(ROLE_LABELS[text_.role]), class_="parallel-role")
    witnesses = "; ".join(text(w.short) for w in text_.witnesses) or "no witness"
    source = tag("span", witnesses, class_="parallel-witness")
    more = link(f"#provenance-{text_.name}", "about this column", class_="parallel-about")
    return tag("th", f"{label} {role}{source}{more}", scope="col", data_col=text_.name)


def _row(document: Document, segment_id: str, row_extra: RowExtra | None) -> str:
    label = segment_label(segment_id)
    permalink = link(f"#{segment_id}", text(label), class_="parallel-permalink", title=f"Link to this passage ({label})")
    header = tag("th", permalink + (row_extra(segment_id) if row_extra else ""), scope="row")
    cells = "".join(_cell(document, t, segment_id) for t in document.texts)
    return tag("tr", header + cells, id=segment_id, class_="parallel-row")


def _cell(document: Document, text_: Text, segment_id: str) -> str:
    column = column_label(document, text_)
    segment = text_.segment(segment_id)
    if segment is None:
        reason = text_.absent.get(segment_id, "")
        note = tag("span", text(f"Not part of this version. {reason}".strip()), class_="parallel-absent-note", lang="en")
        return tag("td", note, data_col=text_.name, data_label=column, class_="parallel-absent")
    return tag("td", render_lines(segment), data_col=text_.name, data_label=column,
               lang=text_.language, class_=f"parallel-cell segment-{segment.status}",
               data_segment=segment_id)


def render_lines(segment: Segment) -> str:
    """A segment's lines: text lines as they are, gap lines as explained gaps."""
    return "".join(_gap(line) if line.gap else tag("span", text(line.text), class_="parallel-line")
                   for line in segment.lines)


def _gap(line: Line) -> str:
    label = tag("strong", GAP_LABEL, class_="parallel-gap-label")
    return tag("span", f"{label} {linked(line.gap_note)}", class_="parallel-gap", role="note", lang="en")


_URL = re.compile(r"https?://[^\s<>\"]+")


def _url_end(url: str) -> str:
    """Trim sentence punctuation after an address; keep a ')' that closes a '(' in it."""
    while url and (url[-1] in ".,;:!?" or (url[-1] == ")" and url.count("(") < url.count(")"))):
        url = url[:-1]
    return url


def linked(note: str) -> str:
    """An editorial note as HTML, its addresses made into links (the text is unchanged)."""
    parts, last = [], 0
    for match in _URL.finditer(note):
        url = _url_end(match.group(0))
        parts.append(text(note[last:match.start()]))
        parts.append(link(url, text(url)))
        last = match.start() + len(url)
    parts.append(text(note[last:]))
    return "".join(parts)

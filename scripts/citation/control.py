"""The "Cite" control: every format of one record, each with a copy button, plus downloads.

The buttons are hidden until the page's script runs (they need it); the citations
themselves are readable and selectable without it. The access date shows as
"[date of access]" until the script puts in the reader's date.
"""

from __future__ import annotations

import re

from ..render.html import attrs, tag, text
from .formats import ACCESSED, LABELS, all_formats

_FILE_TYPES = {"bibtex": ("bib", "application/x-bibtex"), "ris": ("ris", "application/x-research-info-systems")}


def _accessed(match: re.Match) -> str:
    return tag("span", "[date of access]", class_="cite-accessed", data_accessed=match.group(1))


def render_control(record: dict, *, prefix: str, summary: str = "Cite") -> str:
    """A `<details>` with the citations of `record`; `prefix` keeps element ids unique.
    A passage's record carries its `#anchor` in the URL, and so does every format."""
    blocks = []
    for name, value in all_formats(record).items():
        target = f"{prefix}-{name}"
        if name in _FILE_TYPES:
            body = tag("pre", tag("code", ACCESSED.sub(_accessed, text(value))), class_="cite-text", id=target)
        else:
            body = tag("p", ACCESSED.sub(_accessed, value), class_="cite-text", id=target)
        buttons = tag("button", "Copy", type="button", class_="cite-copy", data_copy=target, hidden="",
                      aria_label=f"Copy the {LABELS[name]} citation")
        if name in _FILE_TYPES:
            extension, mime = _FILE_TYPES[name]
            buttons += tag("button", f"Download .{extension}", type="button", class_="cite-download", hidden="",
                           data_copy=target, data_filename=f"{record['id']}.{extension}", data_type=mime)
        blocks.append(tag("div", tag("p", text(LABELS[name]), class_="cite-label") + body + buttons, class_="cite-format"))
    note = tag("p", "The access date is filled in with today's date, on your device.", class_="cite-note")
    # The body sits in <noscript>: with scripting on, the browser keeps it as one inert
    # string (no elements to style or lay out; a page has a control per passage), which the
    # page's script turns into elements when the control is first opened. Without
    # scripting, the browser shows it as it is.
    body = tag("div", note + "".join(blocks), class_="cite-body")
    return ("<details" + attrs(class_="cite", data_search_exclude="") + ">"
            + tag("summary", text(summary)) + tag("noscript", body, class_="cite-source") + "</details>")

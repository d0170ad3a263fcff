"""`<!-- insert: name args… -->` lines: where a page takes generated content.

Pages hold prose; whatever comes from data (the bibliography, the parallel texts, the
timeline …) is inserted where a page asks for it. An unknown name, or bad arguments, stop
the build with the page and line.

Generated HTML never passes through Markdown: an insert that produces HTML puts it in a
`Stash`, leaves a placeholder in the Markdown, and the placeholder is swapped for the HTML
after conversion. That is how a primary text containing `*`, `_`, `#`, `<script>` or
`[[ ]]` reaches the page exactly as it stands in its file.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Callable

from .errors import EditionError

SHORTCODE = re.compile(r"^<!--\s*insert:\s*([a-z0-9-]+)((?:\s+[^\s>]+)*)\s*-->\s*$", re.MULTILINE)

Insert = Callable[..., str]


class Stash:
    """HTML kept out of Markdown, with placeholders to put it back."""

    _PLACEHOLDER = re.compile(r'<(div|span) data-edition-slot="(\d+)"></\1>')

    def __init__(self):
        self._html: dict[str, str] = {}

    def block(self, html: str) -> str:
        """A placeholder that stands as its own block (blank lines around it)."""
        return f'\n\n<div data-edition-slot="{self._keep(html)}"></div>\n\n'

    def inline(self, html: str) -> str:
        """A placeholder inside a paragraph."""
        return f'<span data-edition-slot="{self._keep(html)}"></span>'

    def _keep(self, html: str) -> str:
        key = str(len(self._html))
        self._html[key] = html
        return key

    def restore(self, html: str, page: str) -> str:
        found: set[str] = set()

        def put_back(match: re.Match) -> str:
            found.add(match.group(2))
            return self._html[match.group(2)]

        result = self._PLACEHOLDER.sub(put_back, html)
        lost = set(self._html) - found
        if lost:
            raise EditionError(page, None, f"{len(lost)} generated block(s) did not survive Markdown conversion",
                               "keep `<!-- insert: … -->` lines and [[…]] references out of code blocks and raw HTML")
        return result


def expand(markdown: str, page: str, inserts: dict[str, Insert]) -> str:
    def replace(match: re.Match) -> str:
        name, args = match.group(1), match.group(2).split()
        line = markdown.count("\n", 0, match.start()) + 1
        if name not in inserts:
            raise EditionError(page, line, f"unknown insert {name!r}", "use one of: " + ", ".join(sorted(inserts)))
        try:
            return inserts[name](*args)
        except TypeError:
            raise EditionError(page, line, f"wrong arguments for insert {name!r}: {args}",
                               "see CONTRIBUTING.md for the arguments each insert takes") from None
        except EditionError as err:
            raise EditionError(page, line, err.problem, err.fix) from None
    return SHORTCODE.sub(replace, markdown)


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.ids.update(value for key, value in attrs if key == "id" and value)


def ids_in(html: str) -> set[str]:
    """Every id in an HTML fragment (anchors that generated content adds to a page)."""
    parser = _Ids()
    parser.feed(html)
    return parser.ids

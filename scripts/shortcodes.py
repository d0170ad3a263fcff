"""`<!-- insert: name -->` lines: places where a page takes generated content.

Pages hold prose; lists that come from data (the bibliography, the timeline …) are
inserted where a page asks for them. An unknown name stops the build.
"""

from __future__ import annotations

import re
from typing import Callable

from .errors import EditionError

SHORTCODE = re.compile(r"^<!--\s*insert:\s*([a-z0-9-]+)\s*-->\s*$", re.MULTILINE)


def expand(markdown: str, page: str, inserts: dict[str, Callable[[], str]]) -> str:
    def replace(match: re.Match) -> str:
        name = match.group(1)
        if name not in inserts:
            line = markdown.count("\n", 0, match.start()) + 1
            raise EditionError(page, line, f"unknown insert {name!r}",
                               "use one of: " + ", ".join(sorted(inserts)))
        return inserts[name]()
    return SHORTCODE.sub(replace, markdown)

"""The MkDocs hook module: the only place where the edition meets MkDocs.

It stays thin on purpose. Each hook calls plain functions of the `scripts` package and
turns their `EditionError`s into MkDocs `PluginError`s, so that `mkdocs build` and
`mkdocs serve` stop with the same message as `python -m scripts.sources check`.
"""

from __future__ import annotations

import posixpath
import sys
from pathlib import Path

# MkDocs loads this file by path, not as part of the package, so the repository root
# must be importable for `scripts.*` to resolve.
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mkdocs.exceptions import PluginError  # noqa: E402

from scripts import bibliography, shortcodes  # noqa: E402
from scripts.errors import EditionError, raise_all  # noqa: E402

SOURCES = ROOT / "sources"
_state: dict = {}


def on_config(config):
    """Called once per build: load and validate every data file before any page is read."""
    try:
        _state["bibliography"] = bibliography.load_bibliography(SOURCES / "bibliography.toml")
    except EditionError as err:
        raise PluginError(str(err)) from None
    return config


def on_page_markdown(markdown, page, config, files):
    """Called on each page's Markdown before it is converted to HTML."""
    src = page.file.src_uri
    shown = f"docs/{src}"
    sources = _state["bibliography"]
    inserts = {"bibliography": lambda: bibliography.render_bibliography(sources)}
    try:
        markdown = shortcodes.expand(markdown, shown, inserts)
        raise_all(bibliography.check_citations(markdown, shown, sources))
    except EditionError as err:
        raise PluginError(str(err)) from None
    sources_page = posixpath.relpath("sources.md", posixpath.dirname(src) or ".")
    return bibliography.link_citations(markdown, sources, sources_page)


def on_serve(server, config, builder):
    """Rebuild when a data file changes, not only when a page does."""
    server.watch(str(SOURCES))
    return server

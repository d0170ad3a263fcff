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
from mkdocs.structure.files import File  # noqa: E402
from mkdocs.utils import get_relative_url  # noqa: E402

from scripts import bibliography, inserts, shortcodes, xref  # noqa: E402
from scripts.corpus import load_corpus  # noqa: E402
from scripts.errors import EditionError, raise_all  # noqa: E402
from scripts.render.pages import document_markdown  # noqa: E402

SOURCES = ROOT / "sources"
_state: dict = {}


def on_config(config):
    """Called once per build: load and validate every data file before any page is read."""
    try:
        _state["bibliography"] = bibliography.load_bibliography(SOURCES / "bibliography.toml")
        _state["corpus"] = load_corpus(SOURCES / "documents")
    except EditionError as err:
        raise PluginError(str(err)) from None
    _state["stashes"] = {}
    return config


def on_files(files, config):
    """Add one generated page per document (nothing is written into docs/), then check
    every page's inserts, cross-references and citations before MkDocs writes anything,
    so that a bad reference stops the build with no half-written site."""
    for document in _state["corpus"].documents:
        files.append(File.generated(config, xref.document_path(document), content=document_markdown(document)))
    errors = []
    for file in files.documentation_pages():
        try:
            _prepare(file.content_string, file, files, shortcodes.Stash())
        except EditionError as err:
            errors += getattr(err, "errors", [err])
    try:
        raise_all(errors)
    except EditionError as err:
        raise PluginError(str(err)) from None
    return files


def on_page_markdown(markdown, page, config, files):
    """Called on each page's Markdown before it is converted to HTML."""
    stash = _state["stashes"][page.file.src_uri] = shortcodes.Stash()
    try:
        return _prepare(markdown, page.file, files, stash)
    except EditionError as err:  # on_files has already checked every page
        raise PluginError(str(err)) from None


def _prepare(markdown, file, files, stash):
    """Fill the inserts, resolve `[[…]]` cross-references and `[@KEY]` citations."""
    src = file.src_uri
    shown = f"{src} (generated)" if file.generated_by else f"docs/{src}"
    corpus, sources = _state["corpus"], _state["bibliography"]

    def href(document):
        target = files.get_file_from_path(xref.document_path(document))
        return get_relative_url(target.url, file.url)

    markdown = shortcodes.expand(markdown, shown, inserts.registry(corpus, sources, stash, href))
    markdown = xref.expand(markdown, src, shown, corpus, stash)
    raise_all(bibliography.check_citations(markdown, shown, sources))
    sources_page = posixpath.relpath("sources.md", posixpath.dirname(src) or ".")
    return bibliography.link_citations(markdown, sources, sources_page)


def on_page_content(html, page, config, files):
    """Put the generated HTML back in place of its placeholders, and tell MkDocs about the
    anchors it brings (row ids such as #art-3), so that links to them are checked."""
    src = page.file.src_uri
    try:
        html = _state["stashes"].pop(src).restore(html, src)
    except EditionError as err:
        raise PluginError(str(err)) from None
    page.present_anchor_ids = (page.present_anchor_ids or set()) | shortcodes.ids_in(html)
    return html


def on_serve(server, config, builder):
    """Rebuild when a data file changes, not only when a page does."""
    server.watch(str(SOURCES))
    return server

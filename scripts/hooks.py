"""The MkDocs hook module: the only place where the edition meets MkDocs.

It stays thin on purpose. Each hook calls plain functions of the `scripts` package and
turns their `EditionError`s into MkDocs `PluginError`s, so that `mkdocs build` and
`mkdocs serve` stop with the same message as `python -m scripts.sources check`.

Order of events in a build:
  on_config        load and check everything under sources/
  on_files         add a page per document; check every page's inserts, cross-references
                   and citations, so that a bad one stops the build before anything is written
  on_page_markdown fill the inserts, resolve [[…]] and [@KEY], append the glossary
  on_page_content  put generated HTML back in place; add the Cite control
  on_page_context  hand the template the page's citation tags (overrides/main.html)
"""

from __future__ import annotations

import posixpath
import re
import sys
from pathlib import Path

# MkDocs loads this file by path, not as part of the package, so the repository root
# must be importable for `scripts.*` to resolve.
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402
from mkdocs.utils import get_relative_url  # noqa: E402
from mkdocs.utils.meta import get_data  # noqa: E402

from scripts import bibliography, inserts, shortcodes, xref  # noqa: E402
from scripts.apparatus.common import section_titles  # noqa: E402
from scripts.apparatus.glossary import abbreviations  # noqa: E402
from scripts.citation import site as citations  # noqa: E402
from scripts.data import load_site_data  # noqa: E402
from scripts.errors import EditionError, raise_all  # noqa: E402
from scripts.export import files as export_files  # noqa: E402
from scripts.printpage import fix_print_page  # noqa: E402
from scripts.search_folding import fold_index_file  # noqa: E402
from scripts.render.pages import document_markdown  # noqa: E402

SOURCES = ROOT / "sources"
_state: dict = {}


def on_config(config):
    """Load and check every data file before any page is read."""
    try:
        _state["data"] = load_site_data(SOURCES)
    except EditionError as err:
        raise PluginError(str(err)) from None
    _state["stashes"] = {}
    _state["directory_urls"] = config.use_directory_urls
    # print-site adds its stylesheets and script to every page; only the print page needs
    # them (scripts/printpage.py puts them back there): two fewer blocking requests a page.
    config.extra_css = [c for c in config.extra_css if not str(c).startswith("css/print-site")]
    config.extra_javascript = [j for j in config.extra_javascript if str(j) != "js/print-site.js"]
    return config


def on_files(files, config):
    """Add one generated page per document (nothing is written into docs/), then check
    every page before MkDocs writes anything."""
    data = _state["data"]
    for document in data.corpus.documents:
        files.append(File.generated(config, xref.document_path(document), content=document_markdown(document)))
    for path, content in _data_files(config).items():
        files.append(File.generated(config, path, content=content))
    titles, narrative = {}, {}
    for file in files.documentation_pages():
        body, meta = get_data(file.content_string)
        titles.update(section_titles(file.src_uri, meta.get("title") or file.src_uri, body))
        if meta.get("type") == "narrative":
            narrative[file.src_uri] = body
    _state["titles"], _state["narrative"] = titles, narrative
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


def _data_files(config):
    """TEI, JSON, plain text and the bundle, from the same model as the pages."""
    data = _state["data"]
    return export_files.data_files(data.corpus, data.edition, config.site_url, ROOT / "docs" / "data",
                                   citations.edition_record(data.edition, config.site_url),
                                   (ROOT / "CITATION.cff").read_bytes())


def on_page_markdown(markdown, page, config, files):
    """Called on each page's Markdown before it is converted to HTML."""
    stash = _state["stashes"][page.file.src_uri] = shortcodes.Stash()
    info = _page_info(page, config)
    row_cites = citations.passage_controls(_state["data"].edition, info) if info.kind == "document" else None
    try:
        markdown = _prepare(markdown, page.file, files, stash, row_cites)
    except EditionError as err:  # on_files has checked every page already
        raise PluginError(str(err)) from None
    return markdown + "\n\n" + abbreviations(_state["data"].glossary) + "\n"


def _prepare(markdown, file, files, stash, row_extra=None):
    """Fill the inserts, resolve `[[…]]` cross-references and `[@KEY]` citations."""
    data = _state["data"]
    src = file.src_uri
    shown = f"{src} (generated)" if file.generated_by else f"docs/{src}"

    def href(document):
        target = files.get_file_from_path(xref.document_path(document))
        return get_relative_url(target.url, file.url)

    def href_file(path):
        return get_relative_url(files.get_file_from_path(path).url, file.url)

    print_page = "print_page/" if _state["directory_urls"] else "print_page.html"  # print-site's page
    context = inserts.PageContext(src=src, stash=stash, href=href, href_file=href_file, titles=_state["titles"],
                                  narrative=_state["narrative"], row_extra=row_extra,
                                  print_href=get_relative_url(print_page, file.url))
    markdown = shortcodes.expand(markdown, shown, inserts.registry(data, context))
    markdown = xref.expand(markdown, src, shown, data.corpus, stash)
    raise_all(bibliography.check_citations(markdown, shown, data.bibliography))
    sources_page = posixpath.relpath("sources.md", posixpath.dirname(src) or ".")
    return bibliography.link_citations(markdown, data.bibliography, sources_page)


_FIRST_ABBR = re.compile(r"<abbr title=")


@event_priority(100)  # before other plugins (print-site) take a copy of the page
def on_page_content(html, page, config, files):
    """Put the generated HTML back in place of its placeholders; tell MkDocs about the
    anchors it brings (row ids such as #art-3) so links to them are checked; add the
    page's Cite control under its title."""
    src = page.file.src_uri
    try:
        html = _state["stashes"].pop(src).restore(html, src)
    except EditionError as err:
        raise PluginError(str(err)) from None
    page.present_anchor_ids = (page.present_anchor_ids or set()) | shortcodes.ids_in(html)
    html = _focusable_terms(html)
    control = citations.page_control(_state["data"].edition, _page_info(page, config))
    return html.replace("</h1>", "</h1>" + control, 1) if "</h1>" in html else control + html


def _focusable_terms(html):
    """The first occurrence of each glossary term on a page can take keyboard focus, so its
    tooltip opens from the keyboard; later ones only on hover, to spare keyboard users a
    tab stop at every mention."""
    seen = set()

    def mark(match):
        start = match.end()
        title = html[start:html.index(">", start)]
        if title in seen:
            return match.group(0)
        seen.add(title)
        return '<abbr tabindex="0" title='
    return _FIRST_ABBR.sub(mark, html)


def on_page_context(context, page, config, nav):
    """Give the template the page's citation tags, record and JSON-LD."""
    page.edition_head = citations.head_for(_state["data"].edition, _page_info(page, config))
    return context


def _page_info(page, config):
    """What the citation code needs to know about a page."""
    src = page.file.src_uri
    document = _state["data"].corpus.get(src[len("documents/"):-3]) if page.file.generated_by else None
    kind = "document" if document else ("narrative" if page.meta.get("type") == "narrative" else "page")
    return citations.PageInfo(src=src, title=page.meta.get("title") or page.title or config.site_name,
                              description=page.meta.get("description") or config.site_description,
                              url=page.canonical_url, kind=kind, document=document)


def on_post_build(config):
    """Repair the anchors of the print page (scripts/printpage.py), and let search match
    old and new character forms (scripts/search_folding.py). This runs after the search
    plugin has written its index and before the offline plugin packs it."""
    site = Path(config.site_dir)
    path = site / ("print_page/index.html" if config.use_directory_urls else "print_page.html")
    if path.is_file():
        base = ".." if config.use_directory_urls else "."
        styles = [(site / "css" / name).read_text(encoding="utf-8") for name in ("print-site.css", "print-site-material.css")]
        script = (site / "js" / "print-site.js").read_text(encoding="utf-8")
        path.write_text(fix_print_page(path.read_text(encoding="utf-8"), base, styles, script), encoding="utf-8")
    index = site / "search" / "search_index.json"
    if index.is_file():
        fold_index_file(index)


def on_serve(server, config, builder):
    """Rebuild when a data file changes, not only when a page does."""
    server.watch(str(SOURCES))
    return server

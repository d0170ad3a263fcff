"""Checks of the built site: links, anchors, titles, external assets.

These read only the HTML in `site/`, so they catch what any build step broke. Run them
from the command line with `python -m scripts.sitecheck site/`.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

#: Attributes whose value is a URL, by tag.
_URL_ATTRS = {"a": "href", "link": "href", "script": "src", "img": "src", "iframe": "src",
              "source": "src", "audio": "src", "video": "src", "embed": "src", "object": "data"}
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.I)
_CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""", re.I)


@dataclass
class Page:
    """What the checks need to know about one HTML file."""
    path: Path
    ids: set[str] = field(default_factory=set)
    links: list[tuple[str, str, str]] = field(default_factory=list)  # (tag, rel, url)
    title: str = ""
    meta: dict[str, list[str]] = field(default_factory=dict)
    inline_css: list[str] = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self, page: Page):
        super().__init__(convert_charrefs=True)
        self.page = page
        self._in_title = False
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("id", "name") if tag == "a" else ("id",):
            if attrs.get(key):
                self.page.ids.add(attrs[key])
        url = attrs.get(_URL_ATTRS.get(tag, ""))
        if url is not None:
            self.page.links.append((tag, (attrs.get("rel") or "").lower(), url))
        if tag == "meta" and (attrs.get("name") or attrs.get("property")):
            name = attrs.get("name") or attrs.get("property")
            self.page.meta.setdefault(name, []).append(attrs.get("content") or "")
        if attrs.get("style"):
            self.page.inline_css.append(attrs["style"])
        self._in_title = tag == "title"
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_title = self._in_style = False

    def handle_data(self, data):
        if self._in_title:
            self.page.title += data
        if self._in_style:
            self.page.inline_css.append(data)


def read_page(path: Path) -> Page:
    page = Page(path)
    _Parser(page).feed(path.read_text(encoding="utf-8"))
    page.title = page.title.strip()
    return page


def read_site(site: Path) -> dict[Path, Page]:
    return {p: read_page(p) for p in sorted(site.rglob("*.html"))}


def _target_file(site: Path, page: Path, path: str, base_path: str) -> Path | None:
    """The file a relative or root-relative URL path points to, or None if missing.

    Root-relative URLs (only the 404 page uses them) start with the path of `site_url`,
    `base_path`, which is where the site is served from.
    """
    if path.startswith("/"):
        if not path.startswith(base_path):
            return None
        target = (site / unquote(path[len(base_path):])).resolve()
    else:
        target = (page.parent / unquote(path)).resolve()
    for candidate in (target, target / "index.html"):
        if candidate.is_file():
            return candidate
    return None


def check_links(site: Path, pages: dict[Path, Page] | None = None, base_path: str = "/") -> list[str]:
    """Every internal link and `#anchor` must resolve; returns one line per broken link."""
    site = site.resolve()
    pages = pages or read_site(site)
    by_path = {p.resolve(): page for p, page in pages.items()}
    problems: list[str] = []
    for path, page in pages.items():
        for tag, _rel, url in page.links:
            if _EXTERNAL.match(url) or url.startswith(("mailto:", "tel:", "javascript:", "data:")):
                continue
            parts = urlsplit(url)
            if parts.scheme:
                continue
            where = path.relative_to(site)
            target = path.resolve() if not parts.path else _target_file(site, path, parts.path, base_path)
            if target is None:
                problems.append(f"{where}: <{tag}> points to missing {url!r}")
                continue
            if parts.fragment and target.suffix == ".html":
                ids = by_path[target].ids if target in by_path else read_page(target).ids
                if unquote(parts.fragment) not in ids:
                    problems.append(f"{where}: <{tag}> points to unknown anchor {url!r}")
    return problems


def external_assets(site: Path, pages: dict[Path, Page] | None = None) -> list[str]:
    """Anything a page would fetch from another host: scripts, styles, fonts, images, frames."""
    site = site.resolve()
    pages = pages or read_site(site)
    problems: list[str] = []
    for path, page in pages.items():
        where = path.relative_to(site)
        for tag, rel, url in page.links:
            fetched = tag != "a" and not (tag == "link" and rel in {"canonical", "alternate", "prev", "next", "author", "license"})
            if fetched and _EXTERNAL.match(url):
                problems.append(f"{where}: <{tag} rel={rel!r}> loads {url}")
        for css in page.inline_css:
            problems += [f"{where}: inline style loads {u}" for u in _CSS_URL.findall(css) if _EXTERNAL.match(u)]
    for css in sorted(site.rglob("*.css")):
        text = css.read_text(encoding="utf-8", errors="replace")
        problems += [f"{css.relative_to(site)}: loads {u}" for u in _CSS_URL.findall(text) if _EXTERNAL.match(u)]
    return problems


def main(argv: list[str]) -> int:
    """`python -m scripts.sitecheck SITE_DIR [BASE_PATH]`; BASE_PATH is site_url's path."""
    site = Path(argv[0] if argv else "site")
    base_path = argv[1] if len(argv) > 1 else "/"
    pages = read_site(site)
    problems = check_links(site, pages, base_path) + external_assets(site, pages)
    for problem in problems:
        print(problem)
    print(f"{len(pages)} pages checked, {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

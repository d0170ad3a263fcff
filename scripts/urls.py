"""The published addresses: every page and every anchor a reader may have linked to.

`sources/published-urls.txt` lists them (one per line, from the site root, e.g. `/`,
`/signing/` and `/documents/pact-1941-04-13/#art-3`). Once published, an address stays: a
page that moves gets a redirect (mkdocs-redirects, `redirect_maps` in mkdocs.yml), and an
anchor that goes is a failure. New addresses are added with

    python -m scripts.urls update site/     (after `mkdocs build`)
"""

from __future__ import annotations

import sys
from html.parser import HTMLParser
from pathlib import Path

from .output import write_if_changed

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "sources" / "published-urls.txt"
HEADER = ("# Every published address of the edition: pages, and the anchors of sections and passages.\n"
          "# Never remove a line. Regenerate after adding pages with: python -m scripts.urls update site/\n")
#: Elements whose ids are public anchors: section headings, rows of the texts, list entries.
_ANCHOR_TAGS = {"h2", "h3", "h4", "h5", "h6", "tr", "dt"}


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.anchors: list[str] = []
        self.redirect = False
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
            if tag in _ANCHOR_TAGS:
                self.anchors.append(attrs["id"])
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            self.redirect = True


def _read(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _pages(site: Path):
    for path in sorted(site.rglob("index.html")):
        url = path.parent.relative_to(site).as_posix()
        yield ("/" if url == "." else f"/{url}/"), path


def collect(site: Path) -> list[str]:
    """The public addresses of a built site (redirect stubs excluded)."""
    found = []
    for url, path in _pages(site):
        page = _read(path)
        if page.redirect:
            continue
        found.append(url)
        if url != "/print_page/":  # its anchors are copies of the other pages' anchors
            found += [f"{url}#{anchor}" for anchor in page.anchors]
    return found


def read_manifest(path: Path = MANIFEST) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def check(site: Path, manifest: list[str]) -> list[str]:
    """Published addresses that no longer work: a page gone without a redirect, an anchor gone."""
    problems = []
    pages: dict[str, _Page | None] = {}
    for entry in manifest:
        url, _, anchor = entry.partition("#")
        if url not in pages:
            path = site / url.lstrip("/") / "index.html"
            pages[url] = _read(path) if path.is_file() else None
        page = pages[url]
        if page is None:
            problems.append(f"{entry}: the page is gone and there is no redirect for it")
        elif anchor and not page.redirect and anchor not in page.ids:
            problems.append(f"{entry}: the anchor #{anchor} is gone from the page")
    return problems


def unlisted(site: Path, manifest: list[str]) -> list[str]:
    """Addresses of the built site that the manifest does not list yet."""
    listed = set(manifest)
    return [url for url in collect(site) if url not in listed]


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("update", "check"):
        print("usage: python -m scripts.urls update|check SITE_DIR", file=sys.stderr)
        return 2
    site = Path(argv[1])
    manifest = read_manifest() if MANIFEST.exists() else []
    problems = check(site, manifest)
    for problem in problems:
        print(problem, file=sys.stderr)
    if argv[0] == "update":
        if problems:
            print("not updated: fix the addresses above first (keep the id, or add a redirect)", file=sys.stderr)
            return 1
        merged = manifest + unlisted(site, manifest)
        write_if_changed(MANIFEST, HEADER + "\n".join(merged) + "\n")
        print(f"{len(merged) - len(manifest)} address(es) added, {len(merged)} in all")
        return 0
    new = unlisted(site, manifest)
    for url in new:
        print(f"{url}: not in {MANIFEST.name} (run: python -m scripts.urls update {site})", file=sys.stderr)
    return 1 if problems or new else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

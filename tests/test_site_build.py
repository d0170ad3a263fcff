"""The site builds strictly, and every page in the navigation is there, titled and described."""

from __future__ import annotations

from conftest import ROOT, STORY, load_config, nav_pages, page_html_path
from scripts.sitecheck import read_page


def test_strict_build_succeeds(built_site):
    assert (built_site / "index.html").is_file()
    assert (built_site / "sitemap.xml").is_file()


def test_every_nav_page_is_built_with_a_unique_title_and_a_description(built_site):
    pages = nav_pages(load_config()["nav"])
    assert pages[: len(STORY)] == STORY, "the navigation must follow the story's order"
    titles: dict[str, str] = {}
    for src in pages:
        html = page_html_path(built_site, src)
        assert html.is_file(), f"{src} is in the nav but {html} was not built"
        page = read_page(html)
        assert page.title, f"{src} has no <title>"
        assert page.title not in titles, f"{src} and {titles.get(page.title)} share the title {page.title!r}"
        titles[page.title] = src
        descriptions = page.meta.get("description", [])
        assert len(descriptions) == 1 and len(descriptions[0]) >= 40, f"{src} has no real meta description"


def test_page_descriptions_are_their_own(built_site):
    """A page that forgot its description would silently inherit the site's."""
    site_description = " ".join(load_config()["site_description"].split())
    for src in nav_pages(load_config()["nav"]):
        page = read_page(page_html_path(built_site, src))
        assert page.meta["description"][0] != site_description, f"{src} has no description of its own"


def test_previous_and_next_follow_the_story(built_site):
    for before, after in zip(STORY, STORY[1:]):
        page = read_page(page_html_path(built_site, before))
        nexts = [url for tag, rel, url in page.links if tag == "link" and rel == "next"]
        assert nexts, f"{before} has no rel=next"
        expected = after[:-3] + "/"
        assert nexts[0].rstrip("/").endswith(after[:-3]), f"{before} → {nexts[0]}, expected {expected}"


def test_no_page_is_left_out_of_the_navigation():
    listed = set(nav_pages(load_config()["nav"]))
    written = {str(p.relative_to(ROOT / "docs")) for p in (ROOT / "docs").rglob("*.md")}
    assert written <= listed, f"pages not in the navigation: {sorted(written - listed)}"

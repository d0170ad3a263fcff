"""The built-site checker: no broken link, no unknown anchor, no external asset.

Each check is first shown to catch a planted fault, then run on the real build.
"""

from __future__ import annotations

from pathlib import Path

from scripts.sitecheck import check_links, external_assets


def write(path: Path, html: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"<!doctype html><html><head><title>t</title></head><body>{html}</body></html>", encoding="utf-8")


def test_checker_catches_a_broken_link_and_an_unknown_anchor(tmp_path):
    write(tmp_path / "index.html", '<a href="about/">ok</a> <a href="about/#team">ok</a>'
                                   ' <a href="missing/">broken</a> <a href="about/#nobody">bad anchor</a>'
                                   ' <a href="#top">ok</a> <a href="#bottom">bad self anchor</a> <p id="top"></p>')
    write(tmp_path / "about" / "index.html", '<h2 id="team">Team</h2>')
    problems = check_links(tmp_path)
    assert len(problems) == 3, problems
    assert any("'missing/'" in p for p in problems)
    assert any("'about/#nobody'" in p for p in problems)
    assert any("'#bottom'" in p for p in problems)


def test_checker_resolves_root_relative_links_under_the_site_path(tmp_path):
    write(tmp_path / "index.html", '<h1 id="a">x</h1>')
    write(tmp_path / "404.html", '<a href="/edition/#a">ok</a> <a href="/edition/gone/">broken</a>')
    problems = check_links(tmp_path, base_path="/edition/")
    assert problems == ["404.html: <a> points to missing '/edition/gone/'"]


def test_checker_catches_external_scripts_styles_fonts_and_images(tmp_path):
    write(tmp_path / "index.html",
          '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">'
          '<link rel="preconnect" href="https://fonts.gstatic.com">'
          '<script src="//unpkg.com/iframe-worker/shim"></script>'
          '<img src="https://example.org/a.png">'
          '<a href="https://history.state.gov/">a link to read, not an asset</a>'
          '<link rel="canonical" href="https://example.org/">'
          '<div style="background: url(https://cdn.example/x.png)"></div>')
    (tmp_path / "a.css").write_text("@import 'https://cdn.jsdelivr.net/x.css'; .x{background:url(/local.png)}")
    problems = external_assets(tmp_path)
    assert len(problems) == 6, problems


def test_built_site_has_no_broken_link_or_anchor(built_site, site_base_path):
    assert check_links(built_site, base_path=site_base_path) == []


def test_built_site_loads_nothing_from_another_host(built_site):
    assert external_assets(built_site) == []

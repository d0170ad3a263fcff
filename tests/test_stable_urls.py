"""No published address vanishes: pages and anchors are listed in a committed manifest."""

from __future__ import annotations

import re
import shutil

import markdown

from conftest import ROOT, load_config
from scripts.urls import check, collect, read_manifest, unlisted


def test_every_published_address_still_works(built_site):
    assert check(built_site, read_manifest()) == []


def test_every_address_of_the_site_is_in_the_manifest(built_site):
    assert unlisted(built_site, read_manifest()) == [], "run: python -m scripts.urls update site/"


def test_the_manifest_covers_every_document_row(corpus):
    manifest = set(read_manifest())
    for document in corpus.documents:
        for segment_id in document.segment_ids:
            assert f"/documents/{document.id}/#{segment_id}" in manifest


def test_a_removed_page_and_a_removed_anchor_are_caught(built_site, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    shutil.rmtree(site / "signing")
    pact = site / "documents" / "pact-1941-04-13" / "index.html"
    pact.write_text(pact.read_text(encoding="utf-8").replace('id="art-3"', 'id="article-3"'), encoding="utf-8")
    problems = check(site, read_manifest())
    assert any(p.startswith("/signing/:") and "no redirect" in p for p in problems)
    assert any(p.startswith("/documents/pact-1941-04-13/#art-3:") for p in problems)


def test_a_moved_page_with_a_redirect_is_fine(built_site, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    shutil.rmtree(site / "signing")
    (site / "signing").mkdir()
    (site / "signing" / "index.html").write_text(
        '<!doctype html><meta http-equiv="refresh" content="0; url=../the-signing/">', encoding="utf-8")
    assert not any(p.startswith("/signing/") for p in check(site, read_manifest()))


def test_no_automatically_numbered_anchors(built_site):
    for path in built_site.rglob("*.html"):
        numbered = re.findall(r'\sid="(_\d+)"', path.read_text(encoding="utf-8"))
        assert not numbered, f"{path.relative_to(built_site)} has position-numbered anchors {numbered}"


def test_russian_and_japanese_headings_get_readable_unicode_slugs():
    toc = next(ext["toc"] for ext in load_config()["markdown_extensions"] if isinstance(ext, dict) and "toc" in ext)
    assert toc["slugify"] is None  # the !!python/object/apply tag: resolved by MkDocs, not here
    from pymdownx.slugs import slugify
    html = markdown.markdown("## 日ソ中立条約\n\n## Пакт о нейтралитете\n", extensions=["toc"],
                             extension_configs={"toc": {"slugify": slugify(case="lower")}})
    assert 'id="日ソ中立条約"' in html and 'id="пакт-о-нейтралитете"' in html
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"slugify: !!python/object/apply:pymdownx\.slugs\.slugify\s+kwds:\s+case: lower", text)


def test_collect_skips_redirect_stubs(tmp_path):
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "index.html").write_text('<meta http-equiv="refresh" content="0; url=../new/">')
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "index.html").write_text('<h2 id="a">A</h2><tr id="b"></tr><p id="c"></p>')
    assert collect(tmp_path) == ["/new/", "/new/#a", "/new/#b"]

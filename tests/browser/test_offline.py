"""The offline edition: a zip that works when unpacked and opened from file://."""

from __future__ import annotations

import zipfile

import pytest

from conftest import ROOT, mkdocs_build
from scripts.offline import FOLDER, pack


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory):
    work = tmp_path_factory.mktemp("offline")
    result = mkdocs_build(work / "site", ROOT / "mkdocs.offline.yml")
    assert result.returncode == 0, result.stderr[-3000:]
    archive = work / "edition.zip"
    pack(work / "site", archive)
    with zipfile.ZipFile(archive) as opened:
        assert f"{FOLDER}/README.txt" in opened.namelist()
        opened.extractall(work / "unpacked")
    return work / "unpacked" / FOLDER


def test_the_archive_holds_no_address_of_another_host(unpacked):
    for path in unpacked.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "unpkg.com" not in text and "fonts.googleapis" not in text, path.name


def test_pages_texts_and_search_work_from_file(browser, unpacked):
    context = browser.new_context()
    requests = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.goto((unpacked / "index.html").as_uri())
    assert page.title().startswith("The Soviet–Japanese Neutrality Pact")
    page.click("nav.md-nav--primary a[href='background.html']")
    page.wait_for_url("**/background.html")
    page.goto((unpacked / "documents" / "index.html").as_uri())
    page.click("table.documents-index a[href='pact-1941-04-13.html']")
    page.wait_for_url("**/documents/pact-1941-04-13.html")
    assert page.is_visible("form.parallel-controls")
    page.click("input[name=column][value=ja]")
    assert page.get_attribute("table.parallel-text", "data-hide") == "ja"
    box = 'input[data-md-component="search-query"]'
    page.click(box)
    page.fill(box, "中立")
    page.dispatch_event(box, "keyup")
    page.wait_for_function("() => /matching document/.test(document.querySelector('.md-search-result__meta').textContent)",
                           timeout=30000)
    first = page.get_attribute(".md-search-result__item > a", "href")
    assert first.endswith("documents/pact-1941-04-13.html")
    foreign = [url for url in requests if not url.startswith(("file:", "data:", "blob:", "about:"))]
    assert foreign == []
    context.close()

"""Search in English, Russian and Japanese, in old and new character forms."""

from __future__ import annotations

import pytest

QUERIES = {
    "neutrality": "documents/pact-1941-04-13/",
    "нейтралитете": "documents/pact-1941-04-13/",   # an inflected Russian form
    "中立": "documents/pact-1941-04-13/",
    "條約": "documents/pact-1941-04-13/",           # kyūjitai, as in the pact's text
    "条約": "documents/pact-1941-04-13/",           # shinjitai
    "兩締約國": "documents/pact-1941-04-13/",
    "両締約国": "documents/pact-1941-04-13/",
    "Manchukuo": "documents/declaration-1941-04-13/",
}


@pytest.fixture(scope="module")
def search_page(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site_url)
    page.click('input[data-md-component="search-query"]')
    yield page
    context.close()


def first_result(page, query: str) -> str:
    box = 'input[data-md-component="search-query"]'
    page.fill(box, "")
    page.fill(box, query)
    page.dispatch_event(box, "keyup")  # Material searches on key events, not on `fill` alone
    page.wait_for_function("""q => {
        const meta = document.querySelector('.md-search-result__meta');
        return document.querySelector('input[data-md-component=search-query]').value === q
            && meta && /matching document/.test(meta.textContent)
            && document.querySelector('.md-search-result__item > a');
    }""", arg=query, timeout=20000)
    href = page.get_attribute(".md-search-result__item > a", "href")
    return href.split("://", 1)[1].split("/", 1)[1]


@pytest.mark.parametrize("query", QUERIES)
def test_the_right_page_comes_first(search_page, query):
    assert first_result(search_page, query) == QUERIES[query]


def test_old_and_new_forms_find_the_same_text(search_page):
    """實施 (old form, in Article 3) and 実施 (new form, in no text) find the same text."""
    assert first_result(search_page, "實施") == first_result(search_page, "実施") == "documents/pact-1941-04-13/"

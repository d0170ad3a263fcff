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


# The index is fetched only when the reader turns to search (docs/assets/search-on-demand.js).

def index_requests(page) -> list[str]:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url)
            if request.url.endswith("/search/search_index.json") else None)
    return requests


def test_a_page_opens_without_the_search_index(page, site_url):
    requests = index_requests(page)
    page.goto(site_url + "documents/pact-1941-04-13/", wait_until="networkidle")
    page.wait_for_timeout(500)
    assert requests == []


@pytest.mark.parametrize("how", ["keyboard shortcut", "search icon on a phone", "address with ?q="])
def test_every_way_into_search_loads_the_index(browser, site_url, how):
    phone = how.endswith("phone")
    context = browser.new_context(viewport={"width": 360, "height": 640} if phone else {"width": 1280, "height": 900},
                                  has_touch=phone)
    page = context.new_page()
    requests = index_requests(page)
    if how == "address with ?q=":
        page.goto(site_url + "?q=neutrality", wait_until="networkidle")
    else:
        page.goto(site_url, wait_until="networkidle")
        assert requests == []
        if phone:
            page.tap("label.md-header__button[for=__search]")
        else:
            page.keyboard.press("/")
    page.wait_for_function("() => document.activeElement.matches('[data-md-component=search-query]')")
    if how != "address with ?q=":
        page.keyboard.type("neutrality")
    page.wait_for_selector(".md-search-result__item > a", timeout=20000)
    assert len(requests) == 1
    assert page.get_attribute(".md-search-result__item > a", "href").endswith("documents/pact-1941-04-13/")
    context.close()

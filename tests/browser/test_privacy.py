"""No page makes a request to any host but the one serving the site."""

from __future__ import annotations

from urllib.parse import urlsplit

from tests.browser.conftest import site_pages


def foreign_requests(context, action) -> list[str]:
    seen = []
    context.on("request", lambda request: seen.append(request.url))
    action()
    local = {"127.0.0.1", "localhost"}
    return [url for url in seen
            if urlsplit(url).scheme not in ("data", "blob", "about") and urlsplit(url).hostname not in local]


def test_every_page_and_its_workers_stay_on_the_local_host(browser, built_site, site_url):
    context = browser.new_context()
    page = context.new_page()

    def visit_all():
        for path in site_pages(built_site):
            page.goto(site_url + path, wait_until="networkidle")
        # the search worker and its language files
        page.fill('input[data-md-component="search-query"]', "中立")
        page.wait_for_selector(".md-search-result__item")
        page.wait_for_load_state("networkidle")

    assert foreign_requests(context, visit_all) == []
    context.close()


def test_a_foreign_request_would_be_caught(browser, site_url):
    context = browser.new_context()
    context.route("https://fonts.googleapis.com/**", lambda route: route.abort())
    page = context.new_page()

    def visit():
        page.goto(site_url)
        page.evaluate("""() => {
            const link = document.createElement('link');
            link.rel = 'stylesheet';
            link.href = 'https://fonts.googleapis.com/css?family=Roboto';
            document.head.appendChild(link);
        }""")
        page.wait_for_timeout(500)

    assert foreign_requests(context, visit) == ["https://fonts.googleapis.com/css?family=Roboto"]
    context.close()

"""axe-core finds no WCAG 2.0/2.1/2.2 A and AA violation on any page, light or dark."""

from __future__ import annotations

from pathlib import Path

import axe_playwright_python
import pytest

from tests.browser.conftest import site_pages

AXE = Path(axe_playwright_python.__file__).parent / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    return [f"{v['id']} ({v['impact']}): {v['help']} — e.g. {v['nodes'][0]['target']}" for v in result["violations"]]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_violations_on_any_page(browser, built_site, site_url, scheme):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    found = {}
    for path in site_pages(built_site):
        page.goto(site_url + path)
        expected = "slate" if scheme == "dark" else "default"
        assert page.get_attribute("body", "data-md-color-scheme") == expected
        problems = violations(page)
        if problems:
            found[path or "/"] = problems
    context.close()
    assert found == {}


def test_the_checker_reports_a_planted_violation(page, site_url):
    page.goto(site_url)
    page.evaluate("""() => {
        const low = document.createElement('p');
        low.textContent = 'Barely visible';
        low.style.color = '#fafafa';
        document.querySelector('article').appendChild(low);
        const image = document.createElement('img');
        image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
        document.querySelector('article').appendChild(image);
    }""")
    problems = " ".join(violations(page))
    assert "color-contrast" in problems and "image-alt" in problems

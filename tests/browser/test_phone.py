"""On a 360×640 phone: nothing scrolls sideways, texts stack by row, targets are 24 px."""

from __future__ import annotations

import pytest

from tests.browser.conftest import site_pages

PHONE = {"viewport": {"width": 360, "height": 640}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}

#: Controls that are not links inside a sentence (WCAG 2.5.8 exempts those).
TARGETS = """() => [...document.querySelectorAll(
    'button, summary, input, select, label.md-header__button, .md-search__icon, .parallel-permalink,'
    + '.parallel-about, .parallel-controls label, .md-nav__link, .md-footer__link, .downloads a')]
    .filter(el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0
                    && r.right > 0 && r.left < innerWidth              // not in a closed drawer
                    && getComputedStyle(el).visibility !== 'hidden'; })
    .map(el => { const r = el.getBoundingClientRect();
                 return {what: el.outerHTML.slice(0, 90), width: r.width, height: r.height}; })"""


@pytest.fixture(scope="module")
def phone(browser):
    context = browser.new_context(**PHONE)
    yield context.new_page()
    context.close()


def test_no_page_scrolls_sideways(phone, built_site, site_url):
    wide = {}
    for path in site_pages(built_site):
        phone.goto(site_url + path)
        width = phone.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        if width[0] > width[1]:
            wide[path or "/"] = width
    assert wide == {}


def test_parallel_texts_stack_by_row_with_labels(phone, site_url):
    phone.goto(site_url + "documents/pact-1941-04-13/#art-3")
    cells = phone.query_selector_all('tr#art-3 td')
    boxes = [cell.bounding_box() for cell in cells]
    assert len(boxes) == 3
    assert boxes[0]["y"] < boxes[1]["y"] < boxes[2]["y"], "cells should stack, not sit side by side"
    assert all(box["width"] > 300 for box in boxes)
    label = phone.evaluate("el => getComputedStyle(el, '::before').content", cells[1])
    assert "Russian" in label


def test_a_link_to_a_late_passage_opens_at_that_passage(browser, site_url):
    # Rows far from the screen are not laid out on a phone (content-visibility in
    # edition.css): a syllabus link to a late article must still land on it.
    context = browser.new_context(**PHONE)
    page = context.new_page()
    for passage in ("signatures", "art-4", "preamble"):
        page.goto("about:blank")
        page.goto(site_url + f"documents/pact-1941-04-13/#{passage}", wait_until="load")
        page.wait_for_timeout(300)
        top = page.evaluate(f"document.getElementById('{passage}').getBoundingClientRect().top")
        assert 0 <= top < 160, f"#{passage} is at {top} px, not at the top of the screen"
        assert page.evaluate("scrollY") > 0
    context.close()


def test_tap_targets_are_at_least_24_px(phone, built_site, site_url):
    small = []
    for path in ("", "documents/pact-1941-04-13/", "signing/", "timeline/"):
        phone.goto(site_url + path)
        phone.evaluate("() => document.querySelectorAll('details.cite').forEach(d => d.open = true)")
        for target in phone.evaluate(TARGETS):
            if target["width"] < 24 or target["height"] < 24:
                small.append((path, target))
    assert small == []


def test_no_accessibility_violation_at_phone_width(phone, site_url):
    """The phone layout (stacked rows, column list) is checked by axe as well."""
    from tests.browser.test_accessibility import violations
    found = {}
    for path in ("", "documents/pact-1941-04-13/", "documents/yalta-1945-02-11/", "timeline/"):
        phone.goto(site_url + path)
        problems = violations(phone)
        if problems:
            found[path or "/"] = problems
    assert found == {}

"""Every control works from the keyboard, with a visible focus."""

from __future__ import annotations

FOCUS_VISIBLE = """el => {
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return outline || (style.boxShadow && style.boxShadow !== 'none');
}"""


def tab_to(page, predicate: str, limit: int = 400):
    """Press Tab until the focused element matches `predicate` (a JS expression on `el`)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => {{ const el = document.activeElement; return !!el && ({predicate}); }}"):
            return page.evaluate_handle("() => document.activeElement")
    raise AssertionError(f"never reached an element with {predicate}")


def test_tabbing_through_a_document_page_operates_the_column_toggles(page, site_url):
    page.goto(site_url + "documents/pact-1941-04-13/")
    box = tab_to(page, "el.matches('input[name=column][value=en]')")
    assert page.evaluate(FOCUS_VISIBLE, box), "the focused checkbox shows no focus indicator"
    page.keyboard.press("Space")
    assert page.get_attribute("table.parallel-text", "data-hide") == "en"
    assert not page.is_visible('tr#art-3 td[data-col="en"]')
    assert "show=ja%2Cru" in page.url or "show=ja,ru" in page.url
    page.keyboard.press("Shift+Tab")  # back to Russian
    page.keyboard.press("Space")
    assert set(page.get_attribute("table.parallel-text", "data-hide").split()) == {"ru", "en"}
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    assert page.get_attribute("table.parallel-text", "data-hide") == ""


def test_a_shared_address_opens_the_same_columns(page, site_url):
    page.goto(site_url + "documents/pact-1941-04-13/?show=ru,en#art-3")
    assert page.get_attribute("table.parallel-text", "data-hide") == "ja"
    assert page.is_checked("input[value=ru]") and not page.is_checked("input[value=ja]")
    assert page.is_visible('tr#art-3 td[data-col="ru"]') and not page.is_visible('tr#art-3 td[data-col="ja"]')


def test_without_javascript_every_column_shows(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "documents/pact-1941-04-13/?show=ru")
    assert not page.is_visible("form.parallel-controls")
    for column in ("ja", "ru", "en"):
        assert page.is_visible(f'tr#art-1 td[data-col="{column}"]')
    context.close()


def test_a_row_cite_control_opens_and_copies_from_the_keyboard(browser, site_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site_url + "documents/pact-1941-04-13/")
    summary = tab_to(page, "el.matches('tr#art-3 details.cite > summary')")
    assert page.evaluate(FOCUS_VISIBLE, summary)
    page.keyboard.press("Enter")
    assert page.is_visible("#cite-art-3-mla")
    button = tab_to(page, "el.matches('button[data-copy=\"cite-art-3-chicago-note\"]')")
    assert page.evaluate(FOCUS_VISIBLE, button)
    page.keyboard.press("Enter")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "#art-3" in copied and "[date of access]" not in copied
    context.close()


def test_a_cross_reference_preview_opens_on_focus_and_closes_with_escape(page, site_url):
    page.goto(site_url + "signing/")
    link = tab_to(page, "el.matches('a.xref')")
    preview_id = page.evaluate("el => el.getAttribute('aria-describedby')", link)
    assert page.is_visible(f"#{preview_id}")
    assert page.evaluate(FOCUS_VISIBLE, link)
    page.keyboard.press("Escape")
    assert not page.is_visible(f"#{preview_id}")


def test_glossary_terms_open_from_the_keyboard(page, site_url):
    page.goto(site_url + "declaration/")
    term = tab_to(page, "el.matches('abbr[title]')")
    assert page.evaluate(FOCUS_VISIBLE, term) or page.is_visible(".md-tooltip2, .md-tooltip")


def test_search_works_from_the_keyboard(page, site_url):
    page.goto(site_url)
    page.keyboard.press("/")  # Material's shortcut; Tab also reaches the field
    page.keyboard.type("neutrality")
    page.wait_for_function("() => /matching document/.test(document.querySelector('.md-search-result__meta').textContent)")
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("() => document.activeElement.getAttribute('href')")
    assert focused and "documents/pact-1941-04-13/" in focused
    page.keyboard.press("Enter")
    page.wait_for_url("**/documents/pact-1941-04-13/**")

"""The light/dark switch (overrides/partials/palette.html, docs/assets/edition.js).

It replaces Material's palette component, which restyles the whole page twice as every page
opens. These tests prove the switch still does everything Material's did (system setting
first, the reader's choice remembered across pages, keyboard) and that a page no longer
touches the body's palette attributes as it opens.
"""

from __future__ import annotations

import pytest

PAGE = "documents/pact-1941-04-13/"

# Records every change to the body's palette attributes from the first byte of the page.
WATCH_PALETTE = """
window.paletteChanges = [];
new MutationObserver(records => records.forEach(record => {
    if (record.target === document.body) { window.paletteChanges.push(record.attributeName); }
})).observe(document, {  // the document: at this point it has no element yet
    subtree: true, attributes: true,
    attributeFilter: ["data-md-color-scheme", "data-md-color-primary", "data-md-color-accent",
                      "data-md-color-switching"],
});
"""


@pytest.fixture
def light(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light")
    yield context
    context.close()


def scheme(page) -> str:
    return page.get_attribute("body", "data-md-color-scheme")


def visible_switch(page):
    return page.locator("[data-edition-palette] label:not([hidden])")


def changes_while_opening(context, site_url) -> list[str]:
    page = context.new_page()
    page.add_init_script(WATCH_PALETTE)
    page.goto(site_url + PAGE, wait_until="load")
    page.wait_for_timeout(300)  # past Material's animation frame that ends a switch
    return page.evaluate("window.paletteChanges")


def test_a_page_opens_without_touching_the_palette(light, site_url):
    assert changes_while_opening(light, site_url) == []


def test_the_watch_sees_materials_own_palette_component(light, site_url):
    # Planted fault: the same page with Material's component back in place.
    def with_materials_component(route):
        response = route.fetch()
        body = response.text().replace("data-edition-palette", 'data-md-component="palette"')
        route.fulfill(response=response, body=body)

    light.route(site_url + PAGE, with_materials_component)
    assert "data-md-color-switching" in changes_while_opening(light, site_url)


def test_the_switch_changes_the_palette_and_is_remembered(light, site_url):
    page = light.new_page()
    page.goto(site_url + PAGE)
    assert scheme(page) == "default"
    assert visible_switch(page).count() == 1
    assert visible_switch(page).get_attribute("title") == "Switch to dark mode"
    visible_switch(page).click()
    assert scheme(page) == "slate"
    assert visible_switch(page).get_attribute("title") == "Switch to light mode"
    # Form controls and scroll bars follow (the stylesheet's color-scheme), and the
    # browser's bar takes the header's colour, as with Material's switch.
    assert page.evaluate("getComputedStyle(document.body).colorScheme") == "dark"
    header = page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor")
    page.wait_for_function("document.querySelector('meta[name=\"theme-color\"]')?.content", timeout=5000)
    assert page.get_attribute('meta[name="theme-color"]', "content") == header

    page.goto(site_url)  # another page: the choice holds
    assert scheme(page) == "slate"
    assert visible_switch(page).get_attribute("title") == "Switch to light mode"
    visible_switch(page).click()
    assert scheme(page) == "default"
    page.reload()
    assert scheme(page) == "default"


def test_the_switch_works_from_the_keyboard_with_a_visible_focus(light, site_url):
    page = light.new_page()
    page.goto(site_url + PAGE)
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name === '__palette'"):
            break
    else:
        raise AssertionError("Tab never reached the light/dark switch")
    outline = page.evaluate("""() => {
        const style = getComputedStyle(document.activeElement.nextElementSibling);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    }""")
    assert outline, "the focused switch shows no focus indicator"
    page.keyboard.press("Enter")
    assert scheme(page) == "slate"
    assert page.evaluate("document.activeElement.id") == "__palette_1"
    page.keyboard.press("Space")
    assert scheme(page) == "default"


def test_the_system_setting_decides_until_the_reader_chooses(browser, site_url):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(site_url + PAGE)
    assert scheme(page) == "slate"
    page.emulate_media(color_scheme="light")
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'")
    visible_switch(page).click()  # the reader chooses dark
    assert scheme(page) == "slate"
    page.emulate_media(color_scheme="light")
    page.reload()
    assert scheme(page) == "slate"
    context.close()

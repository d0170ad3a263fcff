"""Print shows every column and the witness notes, without navigation; the whole-site reader."""

from __future__ import annotations


def test_print_shows_every_column_and_the_notes_without_navigation(page, site_url):
    page.goto(site_url + "documents/pact-1941-04-13/?show=ru#art-3")
    assert not page.is_visible('tr#art-3 td[data-col="ja"]')  # hidden on screen by the reader
    page.emulate_media(media="print")
    for column in ("ja", "ru", "en"):
        assert page.is_visible(f'tr#art-3 td[data-col="{column}"]'), f"{column} column not printed"
    assert page.is_visible("thead th[data-col=ja] .parallel-witness")
    assert page.is_visible("#provenance-ja") and page.is_visible(".provenance-witnesses")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", "form.parallel-controls", "details.cite"):
        assert not page.is_visible(chrome), f"{chrome} is printed"


def test_a_printable_reader_of_the_whole_site_is_linked_for_instructors(page, site_url):
    page.goto(site_url + "instructors/")
    page.click("p.print-link a")
    page.wait_for_url("**/print_page/")
    for section in ("background", "signing", "documents-pact-1941-04-13", "sources"):
        assert page.query_selector(f"section.print-page#{section}"), section
    assert page.query_selector("section#documents-pact-1941-04-13 tr#documents-pact-1941-04-13-art-3")

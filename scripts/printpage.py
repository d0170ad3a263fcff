"""Repairs to the one-page print version made by mkdocs-print-site-plugin.

The plugin prefixes the ids of headings with their page's name (`sources-…`) and rewrites
links to match, but leaves other ids alone: the rows of the texts (`#art-3`), the entries of
the bibliography, timeline and glossary, the footnotes. Those links then point nowhere, and
ids such as `title` repeat from one document to the next. Here every id inside a page's
section gets the section's prefix, and links inside the section follow.
"""

from __future__ import annotations

import json

import lxml.html


def _leaf_sections(root):
    for section in root.xpath('//section[contains(concat(" ", normalize-space(@class), " "), " print-page ")][@id]'):
        if not section.xpath('.//section[contains(concat(" ", normalize-space(@class), " "), " print-page ")]'):
            yield section


def fix_print_page(html: str, base: str, styles: list[str], script: str) -> str:
    """`base` is the site root relative to the print page (".." or "."). The plugin writes
    the theme's base as an absolute path, so search (and the offline copy) would fail
    wherever the site is not served at that path. `styles` and `script` are the plugin's
    own CSS and JavaScript, which only this page uses (hooks.py keeps them off the others):
    they are inlined, so that this page costs no request the others have not cached."""
    root = lxml.html.document_fromstring(html)
    head = root.find("head")
    for css in styles:
        element = lxml.html.Element("style")
        element.text = css
        head.append(element)
    element = lxml.html.Element("script")
    element.text = script
    root.find("body").append(element)
    for script in root.xpath('//script[@id="__config"]'):
        config = json.loads(script.text)
        config["base"] = base
        script.text = json.dumps(config)
    # The Cite controls do not print, and the print page is for printing.
    for control in root.xpath('//details[contains(concat(" ", @class, " "), " cite ")]'):
        control.drop_tree()  # keeps the text that follows it
    for section in _leaf_sections(root):
        prefix = section.get("id") + "-"
        renamed = {}
        for element in section.xpath(".//*[@id]"):
            old = element.get("id")
            if not old.startswith(prefix):
                renamed[old] = prefix + old
                element.set("id", prefix + old)
        for attribute in ("href", "aria-describedby", "data-copy", "for"):
            for element in section.xpath(f".//*[@{attribute}]"):
                value = element.get(attribute)
                if attribute == "href" and value.startswith("#") and value[1:] in renamed:
                    element.set(attribute, "#" + renamed[value[1:]])
                elif attribute != "href" and value in renamed:
                    element.set(attribute, renamed[value])
    # The plugin turns a link to the home page into "#." and one to itself into "#print_page".
    for element in root.xpath('//a[@href="#." or @href="#print_page"]'):
        element.set("href", "#index" if element.get("href") == "#." else "#")
    return "<!doctype html>\n" + lxml.html.tostring(root, encoding="unicode")

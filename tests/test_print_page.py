"""The print page's repairs (scripts/printpage.py), shown on a small made-up page."""

from __future__ import annotations

import json

import lxml.html

from scripts.printpage import fix_print_page

PAGE = """<!doctype html><html><head><script id="__config" type="application/json">{"base": "/edition/"}</script></head>
<body><section class="print-page" id="pact"><h1 id="pact-title">Pact</h1>
<details class="cite"><summary>Cite</summary>x</details> after
<table><tr id="art-3"><th><a href="#art-3">Article 3</a></th></tr></table>
<p><a href="#fn:1">1</a></p><ol><li id="fn:1">note</li></ol></section>
<section class="print-page" id="signing"><p><a href="#pact-art-3">Article 3</a> <a href="#.">home</a></p>
<tr id="title"></tr></section></body></html>"""


def test_ids_are_prefixed_links_follow_and_cite_controls_go():
    root = lxml.html.fromstring(fix_print_page(PAGE, "..", [".print-page { color: black }"], "var printSite = 1;"))
    ids = {el.get("id") for el in root.xpath("//*[@id]")}
    assert {"pact-art-3", "pact-fn:1", "signing-title", "pact-title"} <= ids
    assert "art-3" not in ids
    assert root.xpath('//section[@id="pact"]//th/a')[0].get("href") == "#pact-art-3"
    assert root.xpath('//section[@id="pact"]//p/a')[0].get("href") == "#pact-fn:1"
    assert root.xpath('//section[@id="signing"]//a')[0].get("href") == "#pact-art-3"
    assert root.xpath('//section[@id="signing"]//a')[1].get("href") == "#index"
    assert not root.xpath("//details") and "after" in root.text_content()
    assert json.loads(root.xpath('//script[@id="__config"]')[0].text)["base"] == ".."
    assert ".print-page { color: black }" in root.xpath("//head/style")[0].text
    assert "var printSite = 1;" in root.xpath("//body/script")[-1].text

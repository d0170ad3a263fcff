"""The benchmark's budget check (`make bench`): the numbers are measured there, never here;
these tests only prove that a missed budget is reported."""

from __future__ import annotations

from scripts.bench import budgets

PLAIN = {"": {"bytes": 100_000, "with_search": 200_000}, "pact/": {"bytes": 100_000, "with_search": 200_000}}
GOOD_SCORES = {"home-mobile": {"performance": 97, "accessibility": 100, "best-practices": 100, "seo": 100}}


def page(bytes_: int, second: list[str] | None = None, path: str = "") -> dict:
    second = ["/" + path] if second is None else second
    return {"bytes": bytes_, "with_search": 150_000, "second_requests": second,
            "second_only_html": second == ["/" + path]}


def test_a_site_within_every_budget_passes():
    pages = {"": page(114_000, path=""), "pact/": page(90_000, path="pact/")}
    assert budgets(pages, PLAIN, GOOD_SCORES) == []


def test_a_heavy_page_is_reported():
    pages = {"": page(90_000, path=""), "pact/": page(116_000, path="pact/")}
    missed = budgets(pages, PLAIN, GOOD_SCORES)
    assert len(missed) == 1 and missed[0].startswith("/pact/: 1.16")


def test_a_second_view_that_fetches_more_than_its_html_is_reported():
    pages = {"": page(90_000, second=["/pact/", "/assets/edition.css"], path="")}
    missed = budgets(pages, PLAIN, GOOD_SCORES)
    assert missed == ["/: the next page view fetched ['/pact/', '/assets/edition.css']"]


def test_low_lighthouse_scores_are_reported():
    scores = {"pact-mobile": {"performance": 94, "accessibility": 100, "best-practices": 100, "seo": 99}}
    missed = budgets({"": page(90_000, path="")}, PLAIN, scores)
    assert missed == ["Lighthouse pact-mobile: performance 94", "Lighthouse pact-mobile: seo 99"]

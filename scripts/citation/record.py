"""CSL-JSON records: the single source of truth for how a page or a passage is cited."""

from __future__ import annotations

from .edition import Edition


def page_record(edition: Edition, *, key: str, title: str, url: str, description: str) -> dict:
    """The record of one page of the site."""
    issued = edition.date
    return {
        "id": key,
        "type": "webpage",
        "title": title,
        "container-title": edition.title,
        "author": [{"literal": edition.author}],
        "issued": {"date-parts": [[issued.year, issued.month, issued.day]]},
        "version": edition.version,
        "URL": url,
        "language": edition.language,
        "abstract": description,
    }


def passage_record(page: dict, *, segment_id: str, title: str) -> dict:
    """The record of one passage (a row of a parallel text): the page's, narrowed to it."""
    return {**page, "id": f"{page['id']}-{segment_id}", "title": title,
            "URL": f"{page['URL'].split('#')[0]}#{segment_id}"}

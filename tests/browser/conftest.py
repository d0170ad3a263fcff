"""Browser tests: the built site, served on localhost, in Debian's Chromium driven by
Playwright. Playwright's own browser download is never used.

Where no Chromium exists the tests are skipped with a loud message, except in CI (`CI` set),
where a missing browser is a failure."""

from __future__ import annotations

import functools
import os
import shutil
import threading
import warnings
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

CHROMIUM_CANDIDATES = [os.environ.get("CHROMIUM", ""), "/usr/bin/chromium", "/usr/bin/chromium-browser",
                       "/usr/bin/google-chrome"]
#: Flags for a headless browser on a machine without a network: no background calls.
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                 "--disable-default-apps", "--disable-extensions"]


def chromium_path() -> str | None:
    for candidate in CHROMIUM_CANDIDATES:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("chromium")


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site_url(built_site):
    """The built site, served over HTTP on a free localhost port."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    if path is None:
        message = ("NO CHROMIUM FOUND: the browser tests (accessibility, privacy, search, offline, phones, "
                   "print) did NOT run. Install Debian's `chromium` package, or set CHROMIUM=/path/to/chrome.")
        if os.environ.get("CI"):
            pytest.fail(message)
        warnings.warn(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def site_pages(site: Path) -> list[str]:
    """Every page of the built site, as a path relative to its root ("" for the home page)."""
    pages = []
    for path in sorted(site.rglob("index.html")):
        text = path.read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in text:
            continue  # a redirect stub
        relative = path.parent.relative_to(site).as_posix()
        pages.append("" if relative == "." else relative + "/")
    return pages

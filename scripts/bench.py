"""`make bench`: page weight, Lighthouse scores and build time, against plain Material.

Measured in one run, on this machine:

1. A strict build of the edition, and of a plain Material site (default theme settings,
   with `font: false` as Google Fonts cannot be reached here) made of one page per edition
   page, each holding that page's text: pages "of similar length". Both build times.
2. Each page of both sites, served gzip-compressed with long cache lifetimes (as GitHub
   Pages does), opened in a fresh Chromium: the bytes and requests the server sent for the
   first visit; then what a search costs on top (our pages load the search index only when a
   reader turns to search); then a second page of the same site in the same browser, which
   should cost its HTML only.
3. Lighthouse 12.2.3 (npm) on the home page and the pact's page, mobile and desktop, and for
   scale on the plain site's same pages, mobile: the median of five runs, as single runs on a
   shared two-core machine vary by ±10 points.

Budgets (issue "The reader's experience"): first-visit bytes at most 1.15 × the plain page's
(a first visit followed by a search is reported beside it); a second view transfers only its
HTML; Lighthouse performance ≥ 95 and accessibility, best practices and SEO = 100. Prints a
table and one JSON line, exits 1 if a budget is missed; `--readme` also writes the numbers
into README.md.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
LIGHTHOUSE_VERSION = "12.2.3"
BYTES_BUDGET = 1.15
LIGHTHOUSE_PAGES = {"home": "", "pact": "documents/pact-1941-04-13/"}
LIGHTHOUSE_RUNS = 5
_COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


# ---------------------------------------------------------------- serving, as Pages does --

class _Handler(SimpleHTTPRequestHandler):
    """Static files, gzip-compressed, cacheable for an hour, over persistent HTTP/1.1
    connections; counts what it sends."""

    protocol_version = "HTTP/1.1"  # keep-alive, as any real host (Pages serves HTTP/2)
    log: list[tuple[str, int]]

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404)
            self.log.append((self.path, 0))
            return
        body = path.read_bytes()
        headers = {"Content-Type": self.guess_type(str(path)), "Cache-Control": "public, max-age=3600"}
        if path.suffix in _COMPRESSIBLE:
            body = gzip.compress(body, compresslevel=6, mtime=0)
            headers["Content-Encoding"] = "gzip"
        headers["Content-Length"] = str(len(body))
        self.send_response(200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
        self.log.append((self.path, len(body)))


def serve(directory: Path):
    log: list[tuple[str, int]] = []
    handler = type("Handler", (_Handler,), {"log": log})
    server = ThreadingHTTPServer(("127.0.0.1", 0), lambda *a, **k: handler(*a, directory=str(directory), **k))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/", log


# ---------------------------------------------------------------- the two sites --

def timed_build(config: Path, site: Path) -> float:
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(config), "-d", str(site)],
                   check=True, env=environment, cwd=config.parent)
    return time.perf_counter() - start


def edition_pages(site: Path) -> list[str]:
    pages = []
    for path in sorted(site.rglob("index.html")):
        if 'http-equiv="refresh"' in path.read_text(encoding="utf-8"):
            continue
        relative = path.parent.relative_to(site).as_posix()
        pages.append("" if relative == "." else relative + "/")
    return pages


def _article_text(html: str) -> str:
    body = html.split('<article', 1)[-1].split("</article>", 1)[0]
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", body, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", body)
    return re.sub(r"\s+", " ", text).strip()


def make_plain_material(site: Path, project: Path, pages: list[str]) -> None:
    """One Markdown page per edition page, with the same text, under a default Material config."""
    if project.exists():
        shutil.rmtree(project)
    docs = project / "docs"
    for page in pages:
        html = (site / page / "index.html").read_text(encoding="utf-8")
        text = _article_text(html).replace("*", " ").replace("_", " ").replace("#", " ").replace("<", " ")
        words = text.split()
        paragraphs = [" ".join(words[i:i + 90]) for i in range(0, len(words), 90)]
        target = docs / (page + "index.md" if page else "index.md")
        target.parent.mkdir(parents=True, exist_ok=True)
        title = page.strip("/").replace("/", " ") or "Home"
        # The print page repeats every page: like ours, it stays out of the search index.
        front = "---\nsearch:\n  exclude: true\n---\n\n" if page == "print_page/" else ""
        target.write_text(front + f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        "site_name: Plain Material\nsite_url: http://127.0.0.1/\ntheme:\n  name: material\n  font: false\n",
        encoding="utf-8")


# ---------------------------------------------------------------- measuring --

def _launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=[
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"])


def settle(page, log: list, quiet_ms: int = 1500, limit_ms: int = 30000) -> None:
    """Wait until the server has had no request for `quiet_ms`: the search worker loads its
    languages late on a long page (the print page), and the second view must measure the
    cache, not an unfinished first visit."""
    waited, seen, quiet = 0, len(log), 0
    while quiet < quiet_ms and waited < limit_ms:
        page.wait_for_timeout(250)
        waited += 250
        quiet = quiet + 250 if len(log) == seen else 0
        seen = len(log)


def measure_site(directory: Path, pages: list[str]) -> dict[str, dict]:
    from playwright.sync_api import sync_playwright
    server, base, log = serve(directory)
    results = {}
    try:
        with sync_playwright() as playwright:
            browser = _launch(playwright)
            for index, page_path in enumerate(pages):
                context = browser.new_context()
                page = context.new_page()
                log.clear()
                page.goto(base + page_path, wait_until="networkidle")
                settle(page, log)
                first = list(log)
                # The same reader then searches: our pages load the index only now
                # (docs/assets/search-on-demand.js), plain Material loaded it with the page.
                # (The print page hides the search field: nobody searches there.)
                box = page.locator('input[data-md-component="search-query"]')
                if box.is_visible():
                    box.click()
                    page.keyboard.type("neutrality")
                    page.wait_for_selector(".md-search-result__item", timeout=60000)
                    settle(page, log)
                searched = list(log)
                html_bytes = len((directory / page_path / "index.html").read_bytes())
                # A second page of the same site, in the same (warm) browser
                second_path = pages[(index + 1) % len(pages)]
                log.clear()
                page.goto(base + second_path, wait_until="networkidle")
                settle(page, log)
                second = list(log)
                context.close()
                results[page_path] = {
                    "bytes": sum(size for _, size in first), "requests": len(first), "html": html_bytes,
                    "with_search": sum(size for _, size in searched),
                    "second_requests": [url for url, _ in second],
                    "second_only_html": [url for url, _ in second] == ["/" + second_path],
                }
            browser.close()
    finally:
        server.shutdown()
    return results


def lighthouse(site: Path, work: Path, forms=("mobile", "desktop"), label: str = "") -> dict[str, dict[str, int]]:
    """Scores (0–100) per page and form factor; {} with a message if npm is missing."""
    npm = shutil.which("npm")
    if not npm:
        print("npm not found: Lighthouse skipped", file=sys.stderr)
        return {}
    tool = work / "node"
    binary = tool / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        tool.mkdir(parents=True, exist_ok=True)
        subprocess.run([npm, "install", "--no-audit", "--no-fund", "--silent", "--prefix", str(tool),
                        f"lighthouse@{LIGHTHOUSE_VERSION}"], check=True)
    server, base, _ = serve(site)
    scores = {}
    try:
        for name, path in LIGHTHOUSE_PAGES.items():
            for form in forms:
                runs = []
                for run in range(LIGHTHOUSE_RUNS):
                    report = work / f"lighthouse-{label}{name}-{form}-{run + 1}.json"
                    command = [str(binary), base + path, "--quiet", "--output=json", f"--output-path={report}",
                               "--only-categories=performance,accessibility,best-practices,seo",
                               "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking"]
                    if form == "desktop":
                        command.append("--preset=desktop")
                    subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": CHROMIUM}, timeout=300)
                    categories = json.loads(report.read_text(encoding="utf-8"))["categories"]
                    runs.append({key: round((value["score"] or 0) * 100) for key, value in categories.items()})
                scores[f"{label}{name}-{form}"] = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    finally:
        server.shutdown()
    return scores


# ---------------------------------------------------------------- report --

def budgets(pages: dict, plain: dict, scores: dict) -> list[str]:
    missed = []
    for path, result in pages.items():
        ratio = result["bytes"] / plain[path]["bytes"]
        if ratio > BYTES_BUDGET:
            missed.append(f"/{path}: {ratio:.2f} × the plain page's first-visit bytes")
        if not result["second_only_html"]:
            missed.append(f"/{path}: the next page view fetched {result['second_requests']}")
    for run, values in scores.items():
        if values.get("performance", 0) < 95:
            missed.append(f"Lighthouse {run}: performance {values.get('performance')}")
        for category in ("accessibility", "best-practices", "seo"):
            if values.get(category, 0) < 100:
                missed.append(f"Lighthouse {run}: {category} {values.get(category)}")
    return missed


def table(pages: dict, plain: dict) -> str:
    lines = [f"{'page':44} {'bytes (gzip)':>12} {'plain':>9} {'ratio':>6} {'+search':>9} {'plain':>9} {'ratio':>6} "
             f"{'req':>4} {'plain':>5} {'HTML':>9} second view"]
    for path, result in pages.items():
        base = plain[path]
        lines.append(f"/{path:43} {result['bytes']:>12,} {base['bytes']:>9,} {result['bytes'] / base['bytes']:>6.2f} "
                     f"{result['with_search']:>9,} {base['with_search']:>9,} {result['with_search'] / base['with_search']:>6.2f} "
                     f"{result['requests']:>4} {base['requests']:>5} {result['html']:>9,} "
                     f"{'HTML only' if result['second_only_html'] else result['second_requests']}")
    return "\n".join(lines)


def write_readme(summary: dict, text: str) -> None:
    readme = ROOT / "README.md"
    content = readme.read_text(encoding="utf-8")
    start, end = "<!-- bench:start -->", "<!-- bench:end -->"
    block = f"{start}\n{text}\n{end}"
    content = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _: block, content, flags=re.S)
    readme.write_text(content, encoding="utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readme", action="store_true", help="write the results into README.md")
    parser.add_argument("--no-lighthouse", action="store_true")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    site, plain_project, plain_site = OUT / "site", OUT / "plain", OUT / "plain-site"
    edition_seconds = timed_build(ROOT / "mkdocs.yml", site)
    pages = edition_pages(site)
    make_plain_material(site, plain_project, pages)
    plain_seconds = timed_build(plain_project / "mkdocs.yml", plain_site)
    measured, plain = measure_site(site, pages), measure_site(plain_site, pages)
    scores = {} if args.no_lighthouse else lighthouse(site, OUT)
    # For scale, not for the budget: plain Material's pages on the same phone profile.
    plain_scores = {} if args.no_lighthouse else lighthouse(plain_site, OUT, forms=("mobile",), label="plain-")
    missed = budgets(measured, plain, scores)

    report = [table(measured, plain), ""]
    for run, values in scores.items():
        report.append(f"Lighthouse {run:16} " + "  ".join(f"{k} {v}" for k, v in values.items()))
    for run, values in plain_scores.items():
        report.append(f"Lighthouse {run:16} " + "  ".join(f"{k} {v}" for k, v in values.items()) + "  (for scale)")
    report.append(f"\nStrict build: {edition_seconds:.1f} s (plain Material, same pages: {plain_seconds:.1f} s, "
                  f"ratio {edition_seconds / plain_seconds:.1f})")
    report.append("Budgets: " + ("all met" if not missed else "MISSED\n  " + "\n  ".join(missed)))
    print("\n".join(report))
    worst = max(measured, key=lambda p: measured[p]["bytes"] / plain[p]["bytes"])
    summary = {
        "date": datetime.date.today().isoformat(), "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}", "pages": len(pages),
        "worst_bytes_ratio": round(measured[worst]["bytes"] / plain[worst]["bytes"], 3), "worst_page": "/" + worst,
        "worst_search_ratio": round(max(r["with_search"] / plain[p]["with_search"] for p, r in measured.items()), 3),
        "second_view_html_only": all(r["second_only_html"] for r in measured.values()),
        "lighthouse": scores, "lighthouse_plain": plain_scores, "build_seconds": round(edition_seconds, 1),
        "plain_build_seconds": round(plain_seconds, 1), "build_ratio": round(edition_seconds / plain_seconds, 2),
        "budgets_met": not missed,
    }
    print(json.dumps(summary, ensure_ascii=False))
    if args.readme:
        lines = [f"Measured by `make bench` on {summary['date']} ({summary['machine']}).", "",
                 "| measure | result | budget |", "|---|---|---|",
                 f"| first-visit bytes, worst page ({summary['worst_page']}) | {summary['worst_bytes_ratio']} × plain Material | ≤ 1.15 × |",
                 f"| first visit and a search, worst page | {summary['worst_search_ratio']} × plain Material | reported |",
                 f"| second page view | {'HTML only' if summary['second_view_html_only'] else 'more than HTML'} | HTML only |"]
        for run, values in scores.items():
            lines.append(f"| Lighthouse {run} | " + ", ".join(f"{k} {v}" for k, v in values.items())
                         + " | performance ≥ 95, others 100 |")
        for run, values in plain_scores.items():
            lines.append(f"| Lighthouse {run} (plain Material, same text) | "
                         + ", ".join(f"{k} {v}" for k, v in values.items()) + " | for scale |")
        lines.append(f"| strict build | {summary['build_seconds']} s ({summary['build_ratio']} × plain Material, "
                     f"{summary['plain_build_seconds']} s) | reported |")
        write_readme(summary, "\n".join(lines))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

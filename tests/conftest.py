"""Shared fixtures: one strict build of the site per test session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: The narrative pages, in the story's order.
STORY = ["index.md", "background.md", "signing.md", "declaration.md", "effects.md",
         "denunciation.md", "end.md"]
NARRATIVE = STORY[1:]


def mkdocs_build(destination: Path, config: Path = ROOT / "mkdocs.yml", env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `mkdocs build --strict` as a user would, into `destination`."""
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config),
         "--site-dir", str(destination)],
        cwd=config.parent, capture_output=True, text=True, env=environment)


def load_config(path: Path = ROOT / "mkdocs.yml") -> dict:
    """mkdocs.yml as data (scripts/siteconfig.py: !ENV defaults, Python tags as None)."""
    from scripts.siteconfig import read_mkdocs_yml
    return read_mkdocs_yml(path)


def nav_pages(nav) -> list[str]:
    """Every Markdown file named in a MkDocs nav, in order."""
    pages: list[str] = []
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            pages += nav_pages(value)
        elif isinstance(value, str) and value.endswith(".md"):
            pages.append(value)
    return pages


def page_html_path(site: Path, src: str) -> Path:
    """Where a Markdown page lands with use_directory_urls: true."""
    stem = src[:-3]
    if stem == "index" or stem.endswith("/index"):
        return site / (stem[: -len("index")] + "index.html")
    return site / stem / "index.html"


def check_jsonschema(builtin_schema: str, path: Path) -> subprocess.CompletedProcess:
    """Validate a file against a schema vendored in check-jsonschema (works offline)."""
    import shutil
    executable = shutil.which("check-jsonschema") or str(ROOT / ".venv" / "bin" / "check-jsonschema")
    return subprocess.run([executable, "--builtin-schema", builtin_schema, str(path)], capture_output=True, text=True)


def copy_project(destination: Path) -> Path:
    """A copy of everything the build reads, for tests that plant faults in it."""
    import shutil
    destination.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "CITATION.cff", "docs", "overrides", "scripts", "sources"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination / name)
    return destination


@pytest.fixture(scope="session")
def corpus():
    from scripts.corpus import load_corpus
    return load_corpus(ROOT / "sources" / "documents")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(site)
    assert result.returncode == 0, f"strict build failed:\n{result.stderr[-4000:]}"
    return site


@pytest.fixture(scope="session")
def site_base_path() -> str:
    """The path part of site_url, which root-relative links (404 page) start with."""
    from urllib.parse import urlsplit
    from mkdocs.config import load_config as mkdocs_config
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    return urlsplit(mkdocs_config(str(ROOT / "mkdocs.yml")).site_url).path or "/"

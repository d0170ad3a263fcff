"""scripts/siteconfig.py reads the site's address from mkdocs.yml as MkDocs does."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scripts.errors import EditionError
from scripts.siteconfig import default_site_url

ROOT = Path(__file__).resolve().parent.parent


def test_the_default_address_is_the_one_mkdocs_reads(monkeypatch):
    from mkdocs.config import load_config
    monkeypatch.delenv("SITE_URL", raising=False)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    assert default_site_url(ROOT / "mkdocs.yml") == load_config(str(ROOT / "mkdocs.yml")).site_url


def test_a_plain_address_and_python_tags_are_read(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text('site_name: X\nsite_url: "https://example.org/x/"\nmarkdown_extensions:\n'
                      "  - pymdownx.superfences:\n      custom_fences:\n"
                      "        - format: !!python/name:pymdownx.superfences.fence_code_format\n", encoding="utf-8")
    assert default_site_url(config) == "https://example.org/x/"


@pytest.mark.parametrize("line", ["site_name: X", "site_url: !ENV SITE_URL", "site_url: !ENV [SITE_URL]",
                                  "site_url: /relative/"])
def test_no_usable_address_names_the_file_and_the_fix(tmp_path, line):
    config = tmp_path / "mkdocs.yml"
    config.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(EditionError) as caught:
        default_site_url(config)
    assert str(config) in str(caught.value) and "site_url: !ENV [SITE_URL" in caught.value.fix


def test_broken_yaml_names_the_line(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text('site_name: X\nsite_url: "https://example.org/\nnav: [\n', encoding="utf-8")
    with pytest.raises(EditionError) as caught:
        default_site_url(config)
    assert caught.value.line is not None and caught.value.path == str(config)

"""CITATION.cff is valid and says what the site's citation record says."""

from __future__ import annotations

import yaml

from conftest import ROOT, check_jsonschema
from scripts.citation.edition import load_edition
from scripts.siteconfig import default_site_url

CFF = ROOT / "CITATION.cff"


def validate(path):
    return check_jsonschema("vendor.citation-file-format", path)


def test_citation_cff_is_valid():
    result = validate(CFF)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_validator_catches_a_broken_file(tmp_path):
    data = yaml.safe_load(CFF.read_text(encoding="utf-8"))
    del data["authors"]
    data["date-released"] = "last spring"
    broken = tmp_path / "CITATION.cff"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert validate(broken).returncode != 0


def test_citation_cff_agrees_with_the_site_record():
    from conftest import load_config
    data = yaml.safe_load(CFF.read_text(encoding="utf-8"))
    edition = load_edition(ROOT / "sources" / "edition.toml")
    site_url = default_site_url(ROOT / "mkdocs.yml")
    assert data["title"] == data["preferred-citation"]["title"] == edition.title
    assert [a["name"] for a in data["authors"]] == [edition.author]
    assert str(data["version"]) == edition.version and data["date-released"] == edition.date
    assert data["license"] == edition.license
    assert data["url"] == data["preferred-citation"]["url"] == site_url
    assert load_config()["site_name"] == edition.short_title

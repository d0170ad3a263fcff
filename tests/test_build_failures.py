"""Bad input stops `mkdocs build` with a message naming the file, the line and the fix, and
leaves no site behind; tricky characters in a source reach the page as literal text."""

from __future__ import annotations

import re

import lxml.html
import pytest

from conftest import copy_project, mkdocs_build

NASTY = [
    "<script>alert('x')</script> &amp; &lt;b&gt;",
    "{{ page.title }} {% raw %} [[pact#art-3]] [[nowhere]]",
    "*not emphasis* _not emphasis_ **nor this** `nor code`",
    "# not a heading",
    "- not a list item",
    "--8<-- \"README.md\"",
    "[not a link](https://example.org) <!-- insert: bibliography --> [@FRUS45-623] [^1]",
]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return copy_project(tmp_path_factory.mktemp("project"))


def build_with_fault(project, site, relative: str, old: str, new: str):
    """Build `project` with `old` replaced by `new` in one file, then put the file back."""
    path = project / relative
    original = path.read_text(encoding="utf-8")
    assert old in original
    path.write_text(original.replace(old, new, 1), encoding="utf-8")
    try:
        return mkdocs_build(site, project / "mkdocs.yml")
    finally:
        path.write_text(original, encoding="utf-8")


def test_tricky_characters_in_a_source_render_as_literal_text(tmp_path):
    project = copy_project(tmp_path / "p")
    path = project / "sources" / "documents" / "denunciation-1945-04-05" / "en.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("@@ p3\n", "@@ p3\n" + "\n".join(NASTY) + "\n"), encoding="utf-8")
    result = mkdocs_build(tmp_path / "site", project / "mkdocs.yml")
    assert result.returncode == 0, result.stderr[-3000:]
    html = (tmp_path / "site" / "documents" / "denunciation-1945-04-05" / "index.html").read_text(encoding="utf-8")
    root = lxml.html.fromstring(html)
    cell = root.cssselect('tr[id="p3"] td[data-col="en"]')[0]
    shown = [line.text_content() for line in cell.cssselect(".parallel-line")]
    assert shown[: len(NASTY)] == NASTY
    assert not cell.cssselect("script, em, strong, code, h1, li, a"), "markup leaked out of a source text"
    assert "<script>alert" not in html


def test_a_dangling_cross_reference_fails_the_build_naming_page_and_reference(project, tmp_path):
    result = build_with_fault(project, tmp_path / "site", "docs/signing.md", "\n## ", "\nSee [[pact#art-9]] here.\n\n## ")
    assert result.returncode != 0
    assert re.search(r"docs/signing\.md:\d+: cross-reference \[\[pact#art-9\]\]", result.stderr)
    assert "use one of: title, preamble" in result.stderr
    assert not (tmp_path / "site").exists(), "a failed build must not leave a half-written site"


def test_an_unknown_document_in_a_cross_reference_fails_the_build(project, tmp_path):
    result = build_with_fault(project, tmp_path / "site", "docs/end.md", "\n## ", "\nSee [[treaty-of-portsmouth]].\n\n## ")
    assert result.returncode != 0
    assert "docs/end.md" in result.stderr and "unknown document 'treaty-of-portsmouth'" in result.stderr


def test_a_malformed_source_file_stops_the_build_with_file_line_and_fix(project, tmp_path):
    result = build_with_fault(project, tmp_path / "site", "sources/documents/pact-1941-04-13/ru.txt",
                              "@@ art-2\n", "@@ art-2\n\n")
    assert result.returncode != 0
    assert re.search(r"pact-1941-04-13/ru\.txt:\d+: blank line inside segment 'art-2'", result.stderr)
    assert "how to fix:" in result.stderr
    assert not (tmp_path / "site").exists()

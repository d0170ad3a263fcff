"""Every kind of bad source file stops the load with the file, the line and a fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.corpus import load_corpus, load_document
from scripts.errors import EditionError

METADATA = '''id = "test-1941-04-13"
key = "test"
short_title = "Test document"
kind = "treaty"
date = 1941-04-13
place = "Moscow"
parties = ["A", "B"]
signatories = ["X"]
authentic_languages = ["ru"]
segments = ["title", "art-1", "art-2"]
summary = "A test."

[title]
en = "Test"

[texts.ru]
role = "original"

[[texts.ru.witness]]
siglum = "A"
segments = ["title", "art-1", "art-2"]
publication = "A book"
short = "A book"
url = "https://example.org/a"
confidence = "high"

[texts.en]
role = "translation"
absent = { title = "No heading in this copy." }

[[texts.en.witness]]
siglum = "B"
segments = ["art-1"]
publication = "Another book"
short = "Another"
url = "https://example.org/b"
confidence = "medium"
'''
RU = "@@ title\nЗаголовок\n@@ art-1\nСтатья 1\n@@ art-2\nСтатья 2\n"
EN = "@@ art-1\nArticle one\n@@ art-2\n[GAP: Article two is missing; see A book, p. 2.]\n"


def make(tmp_path: Path, ru: bytes | str = RU, en: bytes | str | None = EN, metadata: str = METADATA,
         extra: dict[str, str] | None = None) -> Path:
    folder = tmp_path / "test-1941-04-13"
    folder.mkdir(parents=True)
    (folder / "document.toml").write_text(metadata, encoding="utf-8")
    for name, content in (("ru.txt", ru), ("en.txt", en), *(extra or {}).items()):
        if content is not None:
            data = content if isinstance(content, bytes) else content.encode("utf-8")
            (folder / name).write_bytes(data)
    return folder


def fails(folder: Path) -> EditionError:
    with pytest.raises(EditionError) as caught:
        load_document(folder)
    return caught.value


def problems(error: EditionError) -> list[EditionError]:
    return getattr(error, "errors", [error])


def test_the_fixture_itself_is_valid(tmp_path):
    document = load_document(make(tmp_path))
    assert [t.name for t in document.texts] == ["ru", "en"]
    assert [s.status for s in document.text("en").segments] == ["complete", "gap"]


def test_segment_id_not_allowed_for_the_document(tmp_path):
    error = fails(make(tmp_path, ru=RU.replace("@@ art-2", "@@ art-9")))
    found = [e for e in problems(error) if "art-9" in e.problem]
    assert found and found[0].path.endswith("ru.txt") and found[0].line == 5
    assert "title, art-1, art-2" in found[0].fix


def test_missing_segment(tmp_path):
    error = fails(make(tmp_path, ru="@@ title\nЗаголовок\n@@ art-1\nСтатья 1\n"))
    assert any("segment 'art-2' is missing" in e.problem and e.path.endswith("ru.txt") for e in problems(error))
    assert "absent" in problems(error)[0].fix


def test_duplicated_segment(tmp_path):
    error = fails(make(tmp_path, ru=RU + "@@ art-2\nОпять\n"))
    assert any("appears twice" in e.problem and e.line == 7 for e in problems(error))


def test_text_before_the_first_marker(tmp_path):
    error = fails(make(tmp_path, ru="Пакт\n" + RU))
    assert error.path.endswith("ru.txt") and error.line == 1 and "before the first" in error.problem


def test_empty_segment(tmp_path):
    error = fails(make(tmp_path, ru="@@ title\n@@ art-1\nСтатья 1\n@@ art-2\nСтатья 2\n"))
    assert error.line == 1 and "'title' is empty" in error.problem and "[GAP" in error.fix


def test_unknown_language_code(tmp_path):
    error = fails(make(tmp_path, extra={"jp.txt": "@@ art-1\n第一條\n"}))
    assert any("unknown language code 'jp'" in e.problem and e.path.endswith("jp.txt") for e in problems(error))


def test_segments_out_of_order(tmp_path):
    error = fails(make(tmp_path, ru="@@ title\nЗаголовок\n@@ art-2\nСтатья 2\n@@ art-1\nСтатья 1\n"))
    assert any("'art-1' is out of order" in e.problem and e.line == 5 for e in problems(error))


def test_language_file_without_witness(tmp_path):
    error = fails(make(tmp_path, extra={"ja.txt": "@@ title\n題\n@@ art-1\n第一條\n@@ art-2\n第二條\n"}))
    found = [e for e in problems(error) if "ja.txt has no witness" in e.problem]
    assert found and found[0].path.endswith("document.toml") and "[texts.ja]" in found[0].fix


def test_segment_with_text_but_no_witness(tmp_path):
    error = fails(make(tmp_path, en="@@ art-1\nArticle one\n@@ art-2\nArticle two\n"))
    assert any("'art-2' of en.txt has text but no witness" in e.problem for e in problems(error))


@pytest.mark.parametrize("field", ["place", "date", "segments", "short_title"])
def test_metadata_missing_a_required_field(tmp_path, field):
    metadata = "\n".join(line for line in METADATA.splitlines() if not line.startswith(f"{field} ="))
    error = fails(make(tmp_path, metadata=metadata))
    assert any(f"missing required field '{field}'" in e.problem and e.path.endswith("document.toml")
               for e in problems(error))


def test_metadata_syntax_error_names_the_line(tmp_path):
    error = fails(make(tmp_path, metadata=METADATA.replace('place = "Moscow"', 'place = "Moscow')))
    assert error.path.endswith("document.toml") and error.line == 6 and "invalid TOML" in error.problem


def test_invalid_utf8(tmp_path):
    error = fails(make(tmp_path, ru=RU.encode("utf-8").replace("Статья 2".encode("utf-8"), b"\xff\xfe 2")))
    assert error.path.endswith("ru.txt") and error.line == 6 and "invalid UTF-8" in error.problem


def test_byte_order_mark_is_rejected(tmp_path):
    error = fails(make(tmp_path, ru=b"\xef\xbb\xbf" + RU.encode("utf-8")))
    assert error.line == 1 and "byte-order mark" in error.problem


def test_crlf_line_endings_are_rejected(tmp_path):
    error = fails(make(tmp_path, ru=RU.replace("\n", "\r\n")))
    assert error.line == 1 and "CRLF" in error.problem and "LF" in error.fix


def test_blank_line_and_malformed_marker_and_gap(tmp_path):
    assert "blank line" in fails(make(tmp_path / "a", ru=RU.replace("Статья 1\n", "Статья 1\n\n"))).problem
    assert "malformed segment marker" in fails(make(tmp_path / "b", ru=RU.replace("@@ art-1", "@@art-1"))).problem
    assert "malformed gap" in fails(make(tmp_path / "c", en=EN.replace("[GAP: Article", "[GAP Article"))).problem


def test_absent_segment_must_really_be_absent(tmp_path):
    error = fails(make(tmp_path, en="@@ title\nTest\n" + EN))
    assert any("listed as absent" in e.problem for e in problems(error))


def test_all_problems_of_a_corpus_are_reported_together(tmp_path):
    make(tmp_path, ru=RU.replace("@@ art-2", "@@ art-9"), en="Oops\n")
    with pytest.raises(EditionError) as caught:
        load_corpus(tmp_path)
    assert len(problems(caught.value)) >= 2
    assert "problem(s) found" in str(caught.value)


def test_the_real_corpus_loads_and_keeps_every_line(corpus):
    """Every line of every source file is in the model, in file order, unchanged."""
    for document in corpus.documents:
        for text in document.texts:
            lines = text.path.read_text(encoding="utf-8").splitlines()
            modelled = []
            for segment in text.segments:
                modelled.append(f"@@ {segment.id}")
                modelled += [line.text for line in segment.lines]
            assert modelled == lines, text.path


def test_two_texts_in_one_language_are_set_side_by_side(tmp_path):
    """The old/new character forms view, on a made-up document with ja.txt and ja-modern.txt."""
    import lxml.html
    from scripts.corpus.model import Corpus
    from scripts.render.compare import render_script_forms, script_pairs
    metadata = METADATA.replace('authentic_languages = ["ru"]', 'authentic_languages = ["ja"]') + '''
[texts.ja]
role = "original"
script = "kyūjitai"

[[texts.ja.witness]]
siglum = "K"
segments = ["title", "art-1", "art-2"]
publication = "Gazette"
short = "Gazette"
url = "https://example.org/k"
confidence = "high"

[texts.ja-modern]
role = "original"
script = "shinjitai"

[[texts.ja-modern.witness]]
siglum = "S"
segments = ["title", "art-1"]
publication = "Compendium"
short = "Compendium"
url = "https://example.org/s"
confidence = "high"
'''
    folder = make(tmp_path, metadata=metadata, extra={
        "ja.txt": "@@ title\n中立條約\n@@ art-1\n第一條\n@@ art-2\n第二條\n",
        "ja-modern.txt": "@@ title\n中立条約\n@@ art-1\n第一条\n@@ art-2\n[GAP: Not in the compendium.]\n"})
    document = load_document(folder)
    corpus = Corpus((document,))
    assert script_pairs(corpus) == [(document, "ja")]
    table = lxml.html.fromstring(render_script_forms(corpus, lambda d: f"{d.id}.html"))
    headers = [th.text_content() for th in table.cssselect("thead th")]
    assert "Japanese (kyūjitai)" in headers[1] and "Japanese (shinjitai)" in headers[2]
    title = [td.text_content() for td in table.cssselect("tbody tr")[0].cssselect("td")]
    assert title == ["中立條約", "中立条約"]
    assert all(td.get("lang") == "ja" for td in table.cssselect("td"))

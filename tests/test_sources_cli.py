"""`python -m scripts.sources check|build`: the corpus tools without MkDocs."""

from __future__ import annotations

import shutil
import subprocess
import sys

from conftest import ROOT


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "scripts.sources", *args], cwd=cwd, capture_output=True, text=True)


def test_check_passes_on_the_corpus():
    result = run("check")
    assert result.returncode == 0, result.stderr
    documents = [p.name for p in (ROOT / "sources" / "documents").iterdir() if p.is_dir()]
    assert all(f"ok  {name}:" in result.stdout for name in documents)
    assert "ok  data:" in result.stdout


def test_build_writes_standalone_pages_and_rewrites_only_what_changed(tmp_path):
    out = tmp_path / "texts"
    assert run("build", "--out", str(out)).returncode == 0
    page = out / "pact-1941-04-13.html"
    assert (out / "data" / "pact-1941-04-13" / "pact-1941-04-13.tei.xml").is_file()
    assert "第三條 本條約ハ兩締約國ニ於テ" in page.read_text(encoding="utf-8")
    stamp = page.stat().st_mtime_ns
    second = run("build", "--out", str(out))
    assert "0 written" in second.stdout and page.stat().st_mtime_ns == stamp


def test_a_broken_corpus_fails_with_a_clear_message_and_writes_nothing(tmp_path):
    corpus = tmp_path / "documents"
    shutil.copytree(ROOT / "sources" / "documents", corpus)
    target = corpus / "yalta-1945-02-11" / "en.txt"
    target.write_text(target.read_text(encoding="utf-8").replace("@@ p2", "@@ p9"), encoding="utf-8")
    out = tmp_path / "texts"
    result = run("build", "--corpus", str(corpus), "--out", str(out))
    assert result.returncode == 1
    assert "yalta-1945-02-11/en.txt:" in result.stderr and "'p9' is not one of this document's segments" in result.stderr
    assert not out.exists()
    assert run("check", "--corpus", str(corpus)).returncode == 1


def test_build_writes_the_same_data_files_as_the_site(tmp_path, built_site):
    """One model, one citation record: the command line and MkDocs agree byte for byte."""
    out = tmp_path / "texts"
    assert run("build", "--out", str(out)).returncode == 0
    written = sorted(p.relative_to(out) for p in (out / "data").rglob("*") if p.is_file())
    assert written
    for path in written:
        assert (out / path).read_bytes() == (built_site / path).read_bytes(), path

"""Command line for the primary-source corpus, independent of MkDocs.

    python -m scripts.sources check            validate every data file (the documents, the
                                               bibliography, timeline, people, glossary …)
    python -m scripts.sources build [--out D]  validate, then write into D (default build/texts)
                                               standalone HTML pages of the texts side by side
                                               and the open-data files (TEI, JSON, text, zip)

A problem is printed with its file, line, what is wrong and how to fix it. Nothing is
written unless the whole corpus is valid.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

from .corpus import load_corpus
from .data import load_site_data
from .errors import EditionError
from .citation.edition import load_edition
from .citation.site import edition_record
from .export.files import data_files
from .output import write_if_changed
from .render.standalone import document_page, index_page
from .siteconfig import default_site_url

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "sources" / "documents"


def check(corpus_dir: Path) -> int:
    corpus = load_corpus(corpus_dir)
    if corpus_dir == CORPUS:  # the real sources: check the other data files as well
        data = load_site_data(corpus_dir.parent)
        print(f"ok  data: {len(data.bibliography)} sources, {len(data.timeline)} events, {len(data.people)} people, "
              f"{len(data.glossary)} terms, {len(data.corrections)} corrections")
    for document in corpus.documents:
        counts = Counter(s.status for t in document.texts for s in t.segments)
        texts = ", ".join(t.name for t in document.texts)
        print(f"ok  {document.id}: {texts}; {counts['complete']} complete, {counts['partial']} incomplete, "
              f"{counts['gap']} missing passages")
    return 0


def build(corpus_dir: Path, out: Path) -> int:
    corpus = load_corpus(corpus_dir)  # raises before anything is written
    edition = load_edition(corpus_dir.parent / "edition.toml")
    pages = {out / "index.html": index_page(corpus)}
    pages.update({out / f"{d.id}.html": document_page(d) for d in corpus.documents})
    # The published address, for the links inside the data files: as in a site build.
    site_url = os.environ.get("SITE_URL") or default_site_url(ROOT / "mkdocs.yml")
    data = data_files(corpus, edition, site_url, ROOT / "docs" / "data", edition_record(edition, site_url),
                      (ROOT / "CITATION.cff").read_bytes())
    pages.update({out / path: content for path, content in data.items()})
    written = sum(write_if_changed(path, html) for path, html in pages.items())
    print(f"{len(pages)} files in {out} ({written} written, {len(pages) - written} unchanged)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.sources", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("check", "build"))
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the folder of document folders")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "texts", help="where `build` writes")
    args = parser.parse_args(argv)
    try:
        return check(args.corpus) if args.command == "check" else build(args.corpus, args.out)
    except EditionError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

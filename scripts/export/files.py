"""Every open-data file of the site, by its path under the site root.

    data/<id>/<id>.tei.xml          TEI P5, valid against data/edition-tei.rng
    data/<id>/<id>.json             JSON, valid against data/document.schema.json
    data/<id>/<id>.<text>.txt       plain text, one per language text
    data/neutrality-pact-edition-data.zip   all of the above, the schemas, the citation
                                    record and a README

All rendered from the same document model as the pages; the build adds them as generated
files (`scripts/hooks.py`), `python -m scripts.sources build` writes them to disk.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..citation.edition import Edition
from ..corpus.model import Corpus, Document
from ..output import stable_zip
from .jsondoc import SCHEMA_PATH, render_json
from .jsondoc import VERSION as JSON_VERSION
from .plaintext import render_text
from .tei import render_tei

DATA = "data"
BUNDLE = f"{DATA}/neutrality-pact-edition-data.zip"
SCHEMAS = ("document.schema.json", "edition-tei.rng")

BUNDLE_README = """{title}
Open data, version {version} ({date})

One folder per document:

  <id>.tei.xml      TEI P5 XML: header with every witness and the variants; one <text> per
                    language in a <group>; each segment a <div n="…" xml:id="…" corresp="…">
                    with one <ab type="line"> per line and <gap> where the copies break off.
                    Valid against edition-tei.rng (RELAX NG).
  <id>.json         The same in JSON, valid against document.schema.json (JSON Schema
                    2020-12). Format version {json_version}.
  <id>.<lang>.txt   Plain text, UTF-8, one file per language text: '@@ id' lines start each
                    segment; '[GAP: …]' marks text missing from the copies consulted.

Also: citation.json (the edition's citation record, CSL-JSON) and CITATION.cff.

The texts are official documents in the public domain. The encoding, the metadata and the
editorial notes are the editors' work, under CC BY 4.0 ({license_url}): cite the edition.
Every text is exactly as transcribed from the copies named in its witnesses; nothing has been
corrected, completed or translated. Web edition: {site_url}
"""


def document_url(site_url: str, document: Document) -> str:
    return f"{site_url}documents/{document.id}/"


def document_files(document: Document, edition: Edition, site_url: str) -> dict[str, bytes]:
    url = document_url(site_url, document)
    folder = f"{DATA}/{document.id}"
    files = {
        f"{folder}/{document.id}.tei.xml": render_tei(document, url=url, publisher=edition.author,
                                                       date=edition.date.isoformat(), license_url=edition.license_url),
        f"{folder}/{document.id}.json": (json.dumps(render_json(document, url=url, schema_url=site_url + SCHEMA_PATH,
                                                                license_url=edition.license_url),
                                                    ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
    }
    for text in document.texts:
        files[f"{folder}/{document.id}.{text.name}.txt"] = render_text(document, text, url).encode("utf-8")
    return files


def data_files(corpus: Corpus, edition: Edition, site_url: str, schemas_dir: Path,
               citation_record: dict, citation_cff: bytes) -> dict[str, bytes]:
    """Every file, the bundle included."""
    files: dict[str, bytes] = {}
    for document in corpus.documents:
        files.update(document_files(document, edition, site_url))
    extra = {name: (schemas_dir / name).read_bytes() for name in SCHEMAS}
    extra["citation.json"] = (json.dumps(citation_record, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    extra["CITATION.cff"] = citation_cff
    extra["README.txt"] = BUNDLE_README.format(
        title=edition.title, version=edition.version, date=edition.date.isoformat(),
        json_version=JSON_VERSION,
        license_url=edition.license_url, site_url=site_url).encode("utf-8")
    files[BUNDLE] = bundle(files, extra)
    return files


def bundle(files: dict[str, bytes], extra: dict[str, bytes]) -> bytes:
    """The zip of every data file, with the extra files beside them."""
    entries = {path[len(DATA) + 1:]: data for path, data in files.items()}
    entries.update(extra)
    return stable_zip("neutrality-pact-edition-data", entries)

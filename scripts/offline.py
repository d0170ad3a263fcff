"""Pack the offline edition (built with mkdocs.offline.yml) into one zip for download.

    python -m scripts.offline SITE_DIR ZIP_PATH

The archive holds one folder with the site and a README telling the reader to open
index.html. Entries are sorted and dated 1 January 1980 (the earliest date zip allows), so the
same site always gives the same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .output import stable_zip, write_if_changed

FOLDER = "neutrality-pact-edition"
README = """The Soviet–Japanese Neutrality Pact, 1941–1945: A Documentary Edition (offline copy)

Open index.html in this folder with any web browser. Everything works without a network:
the pages, the texts side by side with their column choices, and search in English,
Russian and Japanese. Nothing is fetched from the internet.

The published edition, whose addresses you should cite, is online; every page's Cite
control gives its address there.
"""


def pack(site: Path, target: Path) -> int:
    if not (site / "index.html").is_file():
        raise SystemExit(f"{site}: no index.html; build it first with mkdocs build -f mkdocs.offline.yml")
    files = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    # Written whole or not at all: never a half-written archive under the real name.
    write_if_changed(target, stable_zip(FOLDER, {**files, "README.txt": README}))
    return len(files)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    count = pack(Path(argv[0]), Path(argv[1]))
    print(f"{argv[1]}: {count} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

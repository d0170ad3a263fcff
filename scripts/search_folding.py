"""Old and new character forms in search: 條約 finds 条約 and 条約 finds 條約.

Material's search matches characters as they are, and the Japanese texts mix old
(kyūjitai) and new (shinjitai) forms. So each search-index entry that contains Japanese
also carries its text converted to the new forms and to the old forms. Only the index is
changed: the pages show every text exactly as it stands in its source.

The old→new table is joyokanji's (the 364 forms of the 常用漢字表); `EXTRA` adds two
forms the texts of this edition use that the table leaves out.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import joyokanji

#: Old or variant forms in the edition's texts that joyokanji does not convert:
#: 吿 (a variant of 告, in Article 3 of the pact) and 聯 (written 連 in 聯邦 → 連邦 since 1946).
EXTRA = {"吿": "告", "聯": "連"}


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], dict[int, str]]:
    table = json.loads((Path(joyokanji.__file__).parent / "config" / "kanji.json").read_text(encoding="utf-8"))
    old_to_new = {old: new for old, new in table.items() if len(old) == len(new) == 1}
    old_to_new.update(EXTRA)
    new_to_old: dict[str, str] = {}
    for old, new in old_to_new.items():
        new_to_old.setdefault(new, old)  # where two old forms share a new one, keep the first
    return ({ord(k): v for k, v in old_to_new.items()}, {ord(k): v for k, v in new_to_old.items()})


def variants(text: str) -> list[str]:
    """The text in new forms and in old forms, where either differs from the text."""
    to_new, to_old = _tables()
    found = []
    for converted in (text.translate(to_new), text.translate(to_old)):
        if converted != text and converted not in found:
            found.append(converted)
    return found


def fold_index(index: dict) -> int:
    """Add the converted forms to every entry of a Material search index that has any
    character to convert; returns how many entries changed."""
    changed = 0
    for entry in index.get("docs", []):
        extra = variants(entry.get("title", "") + " " + entry.get("text", ""))
        if extra:
            entry["text"] = entry.get("text", "") + "".join(f" <span hidden>{text}</span>" for text in extra)
            changed += 1
    return changed


def fold_index_file(path: Path) -> int:
    index = json.loads(path.read_text(encoding="utf-8"))
    changed = fold_index(index)
    if changed:
        path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return changed

"""Writing generated files: complete or not at all, and only when the content changed."""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from pathlib import Path

#: The earliest date a zip entry can carry: every entry gets it, so that the same files
#: always make the same archive.
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def write_if_changed(path: Path, content: str | bytes) -> bool:
    """Write `content` to `path` unless it already holds exactly that; True if written.

    Unchanged files keep their timestamps, so `mkdocs serve` and other watchers do not
    rebuild in a loop. The new content goes to a temporary file first and is renamed into
    place, so a failure never leaves a half-written file.
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
    return True


def stable_zip(folder: str, entries: dict[str, bytes | str]) -> bytes:
    """A zip of `entries` (name → content) inside one folder, with a stable byte content:
    sorted entries, fixed dates."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in sorted(entries):
            info = zipfile.ZipInfo(f"{folder}/{name}", _ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, entries[name])
    return buffer.getvalue()

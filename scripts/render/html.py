"""Small helpers for writing HTML safely: every piece of data is escaped on the way out."""

from __future__ import annotations

from html import escape


def attrs(**values: str | None) -> str:
    """` name="value"` pairs; `None` drops an attribute, `class_` is written `class`."""
    parts = []
    for name, value in values.items():
        if value is None:
            continue
        name = name.rstrip("_").replace("_", "-")
        parts.append(f' {name}="{escape(str(value), quote=True)}"')
    return "".join(parts)


def tag(name: str, content: str = "", **values: str | None) -> str:
    """An element whose `content` is already HTML (escape data with `text()` first)."""
    return f"<{name}{attrs(**values)}>{content}</{name}>"


def text(value: str) -> str:
    """Data as HTML text: `<`, `&`, quotes escaped; nothing else touched."""
    return escape(value, quote=False)


def link(href: str, content: str, **values: str | None) -> str:
    return tag("a", content, href=href, **values)

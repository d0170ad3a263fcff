"""What the command line and the tests need from mkdocs.yml, read without MkDocs.

`python -m scripts.sources build` writes data files that link to the published site, so it
needs the site's address; loading the whole MkDocs configuration for that would tie the
command line to MkDocs and its plugins. mkdocs.yml is YAML with MkDocs's `!ENV` tag and
Python tags for Markdown extensions: this reads it as YAML, keeping `!ENV`'s default and
ignoring the Python tags.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .errors import EditionError


class _Loader(yaml.SafeLoader):
    pass


def _env(loader: _Loader, node: yaml.Node):
    """`!ENV [NAME, …, default]` becomes its default; `!ENV NAME` (no default) None."""
    if isinstance(node, yaml.SequenceNode):
        values = loader.construct_sequence(node)
        return values[-1] if len(values) > 1 else None
    return None


_Loader.add_constructor("!ENV", _env)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def read_mkdocs_yml(mkdocs_yml: Path) -> dict:
    """mkdocs.yml as data: `!ENV` values are their defaults, Python tags are None."""
    try:
        config = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 (safe loader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise EditionError(mkdocs_yml, mark.line + 1 if mark else None, f"not valid YAML ({err})",
                           "fix the YAML; `mkdocs build --strict` shows the same error") from err
    return config if isinstance(config, dict) else {}


def default_site_url(mkdocs_yml: Path) -> str:
    """The site's address when no SITE_URL is set: mkdocs.yml's site_url (or its !ENV default)."""
    url = read_mkdocs_yml(mkdocs_yml).get("site_url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise EditionError(mkdocs_yml, None, "no site_url with a default address",
                           'write `site_url: !ENV [SITE_URL, "https://…/"]`: the published address, '
                           "which the deploy workflow may override with SITE_URL")
    return url

"""The one error type that every loader and checker raises for bad input."""

from __future__ import annotations

from pathlib import Path


class EditionError(Exception):
    """Bad input, reported so that a newcomer can fix it without reading the code.

    Every message names the file, the line (when there is one), what is wrong and how
    to fix it.
    """

    def __init__(self, path: str | Path, line: int | None, problem: str, fix: str):
        self.path = str(path)
        self.line = line
        self.problem = problem
        self.fix = fix
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.problem}\n    how to fix: {self.fix}"


class EditionErrors(EditionError):
    """Several problems found in one pass, so that all of them can be fixed at once."""

    def __init__(self, errors: list[EditionError]):
        self.errors = errors
        first = errors[0]
        super().__init__(first.path, first.line, first.problem, first.fix)

    def __str__(self) -> str:
        head = f"{len(self.errors)} problem(s) found:"
        return "\n".join([head] + [str(e) for e in self.errors])


def raise_all(errors: list[EditionError]) -> None:
    """Raise the problems found, if any, as one exception."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise EditionErrors(errors)

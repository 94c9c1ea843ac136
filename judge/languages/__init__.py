"""The languages a submission may be written in, by name and by file extension.

One module per language over `Language` (judge/languages/base.py); the
registry below is the only list of them.  See /work/notes/languages-base.md
for how to add one.
"""

from __future__ import annotations

from pathlib import Path

from judge.errors import UsageError
from judge.languages.base import Language
from judge.languages.cpp import Cpp
from judge.languages.golang import Go
from judge.languages.java import Java
from judge.languages.javascript import JavaScript
from judge.languages.python import Python

PYTHON: Language = Python()
LANGUAGES: tuple[Language, ...] = (PYTHON, JavaScript(), Cpp(), Java(), Go())


def names() -> list[str]:
    """Every name --lang takes."""
    return [n for language in LANGUAGES for n in (language.name, *language.aliases)]


def get(name: str) -> Language:
    """A language by its name or an alias (`js`); a usage error names the choices."""
    wanted = name.strip().lower()
    for language in LANGUAGES:
        if wanted == language.name or wanted in language.aliases:
            return language
    raise UsageError(f"unknown language {name!r} (one of {', '.join(names())})")


def by_extension(path: Path) -> Language | None:
    suffix = path.suffix.lower()
    return next((language for language in LANGUAGES if suffix in language.extensions), None)


def for_file(path: Path, name: str | None = None) -> Language:
    """The language of a submission: --lang when given, else its extension; Python for any other file."""
    if name:
        return get(name)
    return by_extension(path) or PYTHON


__all__ = ["LANGUAGES", "PYTHON", "Language", "by_extension", "for_file", "get", "names"]

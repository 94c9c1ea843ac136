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


# Source files of languages the judge does not run: judged as Python they
# would read as a syntax error, which says nothing true about them.
OTHER_SOURCES = {
    ".c": "C", ".cs": "C#", ".kt": "Kotlin", ".rs": "Rust", ".rb": "Ruby", ".swift": "Swift", ".ts": "TypeScript",
    ".php": "PHP", ".scala": "Scala", ".dart": "Dart", ".ex": "Elixir", ".hs": "Haskell", ".lua": "Lua", ".pl": "Perl",
}  # fmt: skip


def for_file(path: Path, name: str | None = None) -> Language:
    """The language of a submission: --lang when given, else its extension; Python for any other file
    but the source of a language the judge does not run (a usage error that names the ones it does)."""
    if name:
        return get(name)
    found = by_extension(path)
    if found is None and path.suffix.lower() in OTHER_SOURCES:
        known = ", ".join(ext for language in LANGUAGES for ext in language.extensions)
        raise UsageError(
            f"{path.name}: the judge does not run {OTHER_SOURCES[path.suffix.lower()]}; it runs {known} files (or pass --lang)"
        )
    return found or PYTHON


__all__ = ["LANGUAGES", "PYTHON", "Language", "by_extension", "for_file", "get", "names"]

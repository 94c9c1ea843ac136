"""What a setter still has to fill in: the `TODO(judge)` markers `judge new` writes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from judge.instructor.check import Check

MARKER = "TODO(judge)"
SKIPPED_DIRS = {"__pycache__", ".pytest_cache", ".hypothesis"}


def marker_checks(slug: str, root: Path) -> list[Check]:
    """One failed check per file that still holds a marker, naming each line."""
    checks = []
    for path in _text_files(root):
        lines = [f"line {n}: {_what(line)}" for n, line in enumerate(_lines(path), 1) if MARKER in line]
        if lines:
            relative = path.relative_to(root).as_posix()
            checks.append(Check(slug, f"fill in {relative}", False, "; ".join(lines)))
    return checks


def _text_files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and not SKIPPED_DIRS & set(path.relative_to(root).parts):
            yield path


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except (UnicodeDecodeError, OSError):
        return []  # not text: nothing a setter types a marker into


def _what(line: str) -> str:
    """The words after the marker, which say what to write."""
    rest = line.split(MARKER, 1)[1].lstrip(":").strip()
    rest = rest.removesuffix("-->").strip()  # a marker in statement.md's HTML comments
    return rest or "(no hint)"

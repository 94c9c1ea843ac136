"""Finding the exercises of an Exercism track, and what the track's config.json says of each.

SOURCE is a track checkout (config.json beside exercises/practice/), its
exercises/practice folder, or one exercise folder (.meta/ and .docs/ inside).
The track's config.json, when one is found above SOURCE, gives each practice
exercise its name, difficulty (1-10), concepts and status.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge.errors import UsageError

PRACTICE = Path("exercises") / "practice"
# Exercism's own bands for its 1-10 difficulty: 1-3 easy, 4-7 medium, 8-10 hard.
DIFFICULTY_BANDS = ((3, "easy"), (7, "medium"), (10, "hard"))
DEFAULT_DIFFICULTY = "medium"  # an exercise the track's config does not rate
DEFAULT_TOPIC = "uncategorised"  # the format wants at least one topic


@dataclass(frozen=True)
class TrackEntry:
    """A practice exercise as the track's config.json lists it."""

    slug: str
    name: str
    difficulty: str
    topics: tuple[str, ...]
    deprecated: bool = False


@dataclass(frozen=True)
class Track:
    """The exercise folders found from SOURCE, and the track config's entries by slug."""

    exercises: tuple[Path, ...]
    entries: dict[str, TrackEntry]
    has_config: bool

    def entry(self, folder: Path) -> TrackEntry:
        """The config's entry, or defaults for an exercise it does not list."""
        found = self.entries.get(folder.name)
        if found is not None:
            return found
        return TrackEntry(folder.name, folder.name.replace("-", " ").title(), DEFAULT_DIFFICULTY, (DEFAULT_TOPIC,))


def locate(source: Path) -> Track:
    """The exercises under SOURCE; a SOURCE that is none of the three layouts is a usage error."""
    if not source.is_dir():
        raise UsageError(f"{source}: not a folder (want an Exercism track, its exercises/practice, or an exercise folder)")
    if (source / PRACTICE).is_dir():
        track_root: Path | None = source
        exercises = _exercise_folders(source / PRACTICE)
    elif is_exercise(source):
        track_root = _track_above(source, levels=3)
        exercises = (source,)
    else:
        exercises = _exercise_folders(source)
        track_root = _track_above(source, levels=2)
        if not exercises:
            raise UsageError(
                f"{source}: not an Exercism track, exercises/practice folder or exercise folder "
                "(no exercises/practice/, no .meta/config.json or .docs/ in it or its subfolders)"
            )
    config = track_root / "config.json" if track_root is not None else None
    entries = read_config(config) if config is not None and config.is_file() else {}
    return Track(exercises, entries, bool(entries))


def is_exercise(folder: Path) -> bool:
    return (folder / ".meta").is_dir() or (folder / ".docs").is_dir()


def _exercise_folders(folder: Path) -> tuple[Path, ...]:
    return tuple(sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".") and is_exercise(p)))


def _track_above(folder: Path, levels: int) -> Path | None:
    """The track root `levels` folders up (exercise -> practice -> exercises -> track), if it is one."""
    root = folder.resolve()
    for _ in range(levels):
        root = root.parent
    return root if (root / "config.json").is_file() and (root / PRACTICE).is_dir() else None


def read_config(path: Path) -> dict[str, TrackEntry]:
    """The practice exercises of a track's config.json, by slug."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"{path}: not a readable track config ({type(exc).__name__}: {exc})") from None
    practice = data.get("exercises", {}).get("practice") if isinstance(data, dict) and isinstance(data.get("exercises"), dict) else None
    if not isinstance(practice, list):
        raise UsageError(f"{path}: no exercises.practice list: not an Exercism track config")
    entries = (_entry(raw) for raw in practice if isinstance(raw, dict) and isinstance(raw.get("slug"), str))
    return {entry.slug: entry for entry in entries}


def _entry(raw: dict[str, Any]) -> TrackEntry:
    slug = str(raw["slug"])
    name = raw.get("name") if isinstance(raw.get("name"), str) and raw.get("name") else slug.replace("-", " ").title()
    return TrackEntry(
        slug=slug,
        name=str(name),
        difficulty=difficulty(raw.get("difficulty")),
        topics=topics(raw),
        deprecated=raw.get("status") == "deprecated",
    )


def difficulty(rating: object) -> str:
    if isinstance(rating, bool) or not isinstance(rating, int):
        return DEFAULT_DIFFICULTY
    return next((band for top, band in DIFFICULTY_BANDS if rating <= top), DIFFICULTY_BANDS[-1][1])


def topics(raw: dict[str, Any]) -> tuple[str, ...]:
    """The concepts the exercise practises (and older configs' `topics`), else its
    prerequisites: concept slugs as words ('list-methods' -> 'list methods')."""
    found = _words(raw.get("practices")) + _words(raw.get("topics"))
    found = found or _words(raw.get("prerequisites"))
    return tuple(dict.fromkeys(found)) or (DEFAULT_TOPIC,)


def _words(value: object) -> list[str]:
    if not isinstance(value, list):
        return []
    return [item.replace("-", " ").replace("_", " ").strip() for item in value if isinstance(item, str) and item.strip()]

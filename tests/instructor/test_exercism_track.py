"""Finding a track's exercises from SOURCE, and reading its config.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from judge.errors import UsageError
from judge.instructor.exercism_track import difficulty, locate, read_config, topics

TRACK = Path(__file__).parent / "fixtures" / "exercism"
PRACTICE = TRACK / "exercises" / "practice"


def test_a_track_checkout_lists_every_exercise_folder_with_its_config_entry() -> None:
    track = locate(TRACK)
    assert [f.name for f in track.exercises] == ["broken-lamp", "old-gate", "plant-shelf", "word-tally"]
    assert track.has_config
    assert track.entry(PRACTICE / "old-gate").deprecated
    assert track.entry(PRACTICE / "broken-lamp").difficulty == "hard"


@pytest.mark.parametrize("source", [PRACTICE, PRACTICE / "word-tally"])
def test_the_config_is_found_above_a_practice_folder_or_an_exercise(source: Path) -> None:
    track = locate(source)
    assert track.has_config and track.entry(PRACTICE / "word-tally").name == "Word Tally"


def test_an_exercise_the_config_does_not_list_gets_defaults(tmp_path: Path) -> None:
    entry = locate(TRACK).entry(tmp_path / "new-thing")
    assert (entry.name, entry.difficulty, entry.topics, entry.deprecated) == ("New Thing", "medium", ("uncategorised",), False)


@pytest.mark.parametrize(
    ("rating", "band"),
    [(1, "easy"), (3, "easy"), (4, "medium"), (7, "medium"), (8, "hard"), (10, "hard"), (None, "medium"), (True, "medium")],
)
def test_exercism_difficulty_bands(rating: object, band: str) -> None:
    assert difficulty(rating) == band


def test_topics_are_the_practised_concepts_else_the_prerequisites_as_words() -> None:
    assert topics({"practices": ["list-methods", "loops"], "prerequisites": ["basics"]}) == ("list methods", "loops")
    assert topics({"practices": [], "prerequisites": ["string_formatting"]}) == ("string formatting",)
    assert topics({"practices": [], "prerequisites": []}) == ("uncategorised",)


def test_a_folder_with_no_exercise_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(UsageError, match="not an Exercism track"):
        locate(tmp_path)


@pytest.mark.parametrize("text", ["{not json", json.dumps({"exercises": {"practice": "no"}})])
def test_a_config_that_is_not_a_track_s_is_a_usage_error(tmp_path: Path, text: str) -> None:
    config = tmp_path / "config.json"
    config.write_text(text)
    with pytest.raises(UsageError, match=r"config\.json"):
        read_config(config)

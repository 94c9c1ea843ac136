"""One exercise folder's files, and the one-line reason when it cannot be imported."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from judge.instructor.exercism_files import Skip, read_exercise

PRACTICE = Path(__file__).parent / "fixtures" / "exercism" / "exercises" / "practice"


@pytest.fixture
def exercise(tmp_path: Path) -> Path:
    return shutil.copytree(PRACTICE / "word-tally", tmp_path / "word-tally")


def test_files_are_read_by_the_exercise_s_config(exercise: Path) -> None:
    files = read_exercise(exercise)
    assert files.module == "word_tally"
    assert list(files.tests) == ["test_word_tally.py"]  # renamed: the judge collects test_*.py
    assert files.instructions.startswith("# Instructions") and files.append.startswith("# Instructions append")


def test_without_a_config_the_track_s_file_names_are_assumed(exercise: Path) -> None:
    (exercise / ".meta" / "config.json").unlink()
    assert read_exercise(exercise).module == "word_tally"


def test_helper_modules_go_with_the_tests_listed_or_imported(exercise: Path) -> None:
    (exercise / "word_data.py").write_text("WORDS = ['a']\n")
    (exercise / "test_utils.py").write_text("def words():\n    return []\n")
    test = exercise / "word_tally_test.py"
    test.write_text("from word_data import WORDS\n" + test.read_text())
    config = exercise / ".meta" / "config.json"
    data = json.loads(config.read_text())
    data["files"]["test"].append("test_utils.py")
    config.write_text(json.dumps(data))
    assert sorted(read_exercise(exercise).tests) == ["test_utils.py", "test_word_tally.py", "word_data.py"]


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda e: (e / ".meta" / "example.py").unlink(), ".meta/example.py is missing"),
        (lambda e: (e / ".docs" / "instructions.md").unlink(), ".docs/instructions.md is missing"),
        (lambda e: (e / "word_tally.py").write_text("def tally(:\n"), "word_tally.py does not parse: invalid syntax (line 1)"),
        (lambda e: (e / ".meta" / "config.json").write_text("{"), ".meta/config.json is not valid JSON"),
        (lambda e: (e / "word_tally_test.py").write_bytes(b"\xff\xfe"), "word_tally_test.py is not UTF-8 text"),
    ],
    ids=["no example", "no instructions", "stub syntax", "config json", "test encoding"],
)
def test_what_cannot_be_imported_says_why(exercise: Path, damage: Callable[[Path], object], reason: str) -> None:
    damage(exercise)
    with pytest.raises(Skip) as raised:
        read_exercise(exercise)
    assert str(raised.value).startswith(reason)

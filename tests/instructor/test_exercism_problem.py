"""The problem folder made from one exercise: statement and problem.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from judge.instructor.exercism_files import ExerciseFiles, Skip
from judge.instructor.exercism_problem import problem_files
from judge.instructor.exercism_track import TrackEntry

TEST = (
    "import unittest\nfrom greet import hello\n\n\nclass T(unittest.TestCase):\n"
    "    def test_hi(self):\n        self.assertEqual(hello(), 'hi')\n"
)


def exercise(instructions: str, append: str = "", test: str = TEST, example: str = "def hello():\n    return 'hi'\n") -> ExerciseFiles:
    stub = "def hello():\n    pass\n"
    return ExerciseFiles(Path("greet"), "greet", stub, example, {"test_greet.py": test}, instructions, append)


TRACK_ENTRY = TrackEntry("greet", 'Say "Hi" \\ Wave', "easy", ("strings", "basics"))


def test_problem_toml_is_valid_toml_whatever_the_name_holds() -> None:
    data = tomllib.loads(problem_files(exercise("# Instructions\n\nSay hi.\n"), TRACK_ENTRY)["problem.toml"])
    assert data["title"] == 'Say "Hi" \\ Wave'
    assert (data["difficulty"], data["topics"], data["module"]) == ("easy", ["strings", "basics"], "greet")
    assert data["entry"] == [{"function": "hello()"}]


def test_the_statement_is_title_instructions_append_and_examples() -> None:
    append = "# Instructions append\n\n## Notes\n\n```python\n>>> hello()\n'hi there'\n```\n\n```python\nx = 1\n```\n"
    statement = problem_files(exercise("# Instructions\n\nSay hi.\n", append), TRACK_ENTRY)["statement.md"]
    assert statement == (
        "# Say \"Hi\" \\ Wave\n\nSay hi.\n\n## Notes\n\n```pycon\n>>> hello()\n'hi there'\n```\n\n```python\nx = 1\n```"
        "\n\n## Examples\n\nFrom the tests:\n\n```python\n>>> hello()\n'hi'\n```\n"
    )


def test_the_folder_holds_starter_reference_tests_and_a_hidden_readme() -> None:
    files = problem_files(exercise("Say hi.\n"), TRACK_ENTRY)
    assert sorted(files) == [
        "hidden/README.md",
        "problem.toml",
        "reference/greet.py",
        "starter/greet.py",
        "statement.md",
        "tests/test_greet.py",
    ]


def test_an_exercise_whose_tests_use_nothing_the_example_defines_is_skipped() -> None:
    with pytest.raises(Skip, match=r"the tests use no function or class that \.meta/example\.py defines"):
        files = exercise("Say hi.\n", test="import unittest\nfrom greet import wave\n", example="def goodbye():\n    pass\n")
        problem_files(files, TrackEntry("greet", "Greet", "easy", ("x",)))

"""`judge import exercism`: a tiny track of our own (fixtures/exercism) imported through
the CLI, then validated and judged as problems on both sandboxes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from judge.problem.loader import load_problem
from tests.cli_support import SANDBOXES, assert_no_traceback, judge, usable

TRACK = Path(__file__).parent / "fixtures" / "exercism"
PRACTICE = TRACK / "exercises" / "practice"


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("imported") / "bank"
    result = judge("import", "exercism", TRACK, target)
    assert_no_traceback(result, 0)
    return target


def test_the_track_imports_with_a_summary_and_a_reason_per_skip(tmp_path: Path) -> None:
    result = judge("import", "exercism", TRACK, tmp_path / "bank")
    assert_no_traceback(result, 0)
    lines = result.output.splitlines()
    assert "skipped broken-lamp: .meta/example.py is missing" in lines
    assert "skipped old-gate: deprecated in the track's config.json" in lines
    assert f"imported 2 exercises into {tmp_path / 'bank'}/, skipped 2 (1 deprecated)" in lines
    assert sorted(p.name for p in (tmp_path / "bank").iterdir()) == ["plant-shelf", "word-tally"]


def test_an_imported_problem_has_the_exercise_s_files_and_the_track_s_metadata(bank: Path) -> None:
    problem = load_problem(bank / "word-tally")
    assert (problem.title, problem.difficulty, problem.topics, problem.module) == (
        "Word Tally",
        "easy",
        ("dicts", "string methods"),
        "word_tally",
    )
    assert [e.callable.signature for e in problem.entries] == ["tally(sentence)"]
    exercise = PRACTICE / "word-tally"
    assert problem.starter.read_text() == (exercise / "word_tally.py").read_text()
    assert problem.reference.read_text() == (exercise / ".meta" / "example.py").read_text()
    assert (problem.tests_dir / "test_word_tally.py").read_text() == (exercise / "word_tally_test.py").read_text()
    assert [p.name for p in problem.hidden_dir.iterdir()] == ["README.md"]  # Exercism's tests are all public
    statement = problem.statement.read_text()
    assert statement.startswith("# Word Tally\n\nCount how often each word appears")
    assert "## Exception messages" in statement  # instructions.append.md follows
    assert '```pycon\n>>> tally("")  # a REPL session' in statement  # the exercise's illustration, not checked


def test_a_class_exercise_takes_its_classes_and_methods_from_the_stub(bank: Path) -> None:
    problem = load_problem(bank / "plant-shelf")
    assert problem.difficulty == "medium"
    assert problem.topics == ("classes", "raising and handling errors")  # no practices: the prerequisites
    shelf = problem.entry("Shelf")
    assert shelf is not None and shelf.callable.signature == "Shelf(capacity)"
    assert [m.name for m in shelf.methods] == ["add", "label", "first", "watch", "unwatch"]
    assert problem.entry("ShelfFullError") is not None and problem.entry("Pot") is None  # the tests never name Pot


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_imported_problems_validate(bank: Path, sandbox: str) -> None:
    result = judge("--problems", bank, "validate", "--sandbox", usable(sandbox), "--jobs", "1")
    assert_no_traceback(result, 0)
    assert "2 problems, 0 failed checks" in result.output


@pytest.mark.parametrize("sandbox", SANDBOXES)
@pytest.mark.parametrize("slug", ["word-tally", "plant-shelf"])
def test_the_example_is_accepted_and_the_stub_plainly_rejected(bank: Path, slug: str, sandbox: str) -> None:
    problem = load_problem(bank / slug)
    accepted = judge("--problems", bank, "submit", slug, problem.reference, "--sandbox", usable(sandbox), "--format", "json")
    assert_no_traceback(accepted, 0)
    assert '"verdict": "AC"' in accepted.output
    stub = judge("--problems", bank, "submit", slug, problem.starter, "--sandbox", sandbox, "--format", "json")
    assert_no_traceback(stub, 1)
    assert '"verdict": "IE"' not in stub.output


def test_a_class_exercise_s_wrong_answers_say_what_went_wrong(bank: Path, tmp_path: Path) -> None:
    wrong = tmp_path / "plant_shelf.py"
    wrong.write_text(
        (bank / "plant-shelf" / "reference" / "plant_shelf.py")
        .read_text()
        .replace('raise ShelfFullError("the shelf is full")', 'raise ShelfFullError("full")')
        .replace("self.listeners.remove(listener)", "pass")
    )
    result = judge("--problems", bank, "test", "plant-shelf", wrong, "--sandbox", "local")
    assert_no_traceback(result, 1)
    assert "'full' != 'the shelf is full'" in result.output
    assert "['fern', 'moss'] != ['fern']" in result.output


@pytest.mark.parametrize("source", [PRACTICE, PRACTICE / "word-tally"], ids=["practice folder", "one exercise"])
def test_the_practice_folder_or_one_exercise_imports_with_the_track_s_metadata(source: Path, tmp_path: Path) -> None:
    result = judge("import", "exercism", source, tmp_path)
    assert_no_traceback(result, 0)
    assert load_problem(tmp_path / "word-tally").difficulty == "easy"  # config.json found above the folder


def test_an_exercise_outside_a_track_gets_default_metadata_and_says_so(tmp_path: Path) -> None:
    exercise = shutil.copytree(PRACTICE / "word-tally", tmp_path / "loose" / "word-tally")
    result = judge("import", "exercism", exercise, tmp_path / "bank")
    assert_no_traceback(result, 0)
    assert "no track config.json above SOURCE" in result.output
    problem = load_problem(tmp_path / "bank" / "word-tally")
    assert (problem.title, problem.difficulty, problem.topics) == ("Word Tally", "medium", ("uncategorised",))


def test_an_existing_problem_is_not_overwritten(tmp_path: Path) -> None:
    (tmp_path / "word-tally").mkdir()
    (tmp_path / "word-tally" / "mine.txt").write_text("keep")
    result = judge("import", "exercism", PRACTICE / "word-tally", tmp_path)
    assert_no_traceback(result, 1)  # nothing imported
    assert f"skipped word-tally: {tmp_path / 'word-tally'} already exists (not overwritten)" in result.output
    assert [p.name for p in (tmp_path / "word-tally").iterdir()] == ["mine.txt"]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("missing", "not a folder"),
        (".", "not an Exercism track, exercises/practice folder or exercise folder"),
    ],
)
def test_a_bad_source_is_one_line_and_exit_2(tmp_path: Path, source: str, message: str) -> None:
    (tmp_path / "notes.txt").write_text("not a track")
    result = judge("import", "exercism", tmp_path / source, tmp_path / "bank")
    assert_no_traceback(result, 2)
    assert message in result.output and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "bank").exists()


def test_a_bank_dir_that_is_a_file_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "bank").write_text("")
    result = judge("import", "exercism", TRACK, tmp_path / "bank")
    assert_no_traceback(result, 2)
    assert "not a folder" in result.output

"""Generated inputs for io problems: hypothesis draws inputs from generator.py's
inputs(), the reference program answers, the submission must agree; the failing
input is shrunk and shown."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from judge.grading.grade import grade
from judge.problem.loader import load_problem
from judge.results import CaseResult, SubmissionResult
from judge.sandbox.base import Sandbox
from judge.sandbox.local import LocalSandbox
from judge.verdicts import Verdict
from tests.docker_support import docker_sandbox_or_skip

ADD = Path(__file__).parent / "problems" / "add"
GENERATOR = """
from hypothesis import strategies as st


def inputs():
    pairs = st.tuples(st.integers(-10**6, 10**6), st.integers(-10**6, 10**6))
    return pairs.map(lambda p: f"{p[0]} {p[1]}\\n")
"""


@pytest.fixture
def problem_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "add"
    shutil.copytree(ADD, folder)
    (folder / "generator.py").write_text(GENERATOR)
    with (folder / "problem.toml").open("a") as toml:
        toml.write("\n[hypothesis]\nmax_examples = 10\n")
    return folder


@pytest.fixture(params=["local", pytest.param("docker", marks=pytest.mark.docker)])
def sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    chosen = LocalSandbox() if request.param == "local" else docker_sandbox_or_skip()
    yield chosen
    chosen.close()


def generated(result: SubmissionResult) -> CaseResult:
    return next(c for c in result.cases if c.name == "generated")


def test_the_reference_agrees_with_itself_on_generated_inputs(problem_folder: Path, sandbox: Sandbox) -> None:
    result = grade(load_problem(problem_folder), (problem_folder / "reference" / "solution.py").read_text(), sandbox)
    assert result.verdict is Verdict.AC
    case = generated(result)
    assert (case.visibility, case.category, case.verdict) == ("hidden", "random inputs", Verdict.AC)


def test_a_wrong_answer_is_shrunk_to_the_smallest_input_and_shown(problem_folder: Path, sandbox: Sandbox) -> None:
    source = "a, b = map(int, input().split())\nprint(0 if 1000 <= a <= 10**7 else a + b)\n"  # right on every data file
    result = grade(load_problem(problem_folder), source, sandbox)
    assert result.verdict is Verdict.WA
    assert [c.name for c in result.cases if c.verdict is not Verdict.AC] == ["generated"]
    shown = generated(result).counterexample
    assert shown is not None
    assert (shown.input, shown.expected, shown.actual) == ("1000 0", "1000", "0")


def test_a_time_out_stops_the_search_at_once(problem_folder: Path) -> None:
    source = "a, b = map(int, input().split())\nwhile b < 0:\n    pass\nprint(a + b)\n"
    result = grade(load_problem(problem_folder), source, LocalSandbox())
    case = generated(result)
    assert case.verdict is Verdict.TLE and case.counterexample is None
    assert result.duration < 15  # one time-out, not one per shrinking step


def test_a_reference_that_fails_on_a_generated_input_is_an_internal_error(problem_folder: Path) -> None:
    (problem_folder / "generator.py").write_text(
        "from hypothesis import strategies as st\n\ndef inputs():\n    return st.just('one two')\n"
    )
    result = grade(load_problem(problem_folder), "print(0)\n", LocalSandbox())
    case = generated(result)
    assert case.verdict is Verdict.IE and case.message.startswith("the reference got RE on a generated input")


def test_a_broken_generator_is_an_internal_error_naming_it(problem_folder: Path) -> None:
    (problem_folder / "generator.py").write_text("def inputs():\n    return 'not a strategy'\n")
    result = grade(load_problem(problem_folder), "print(0)\n", LocalSandbox())
    assert generated(result).verdict is Verdict.IE
    assert "generator.py: inputs() must return a hypothesis strategy" in generated(result).message


def test_judge_test_does_not_generate(problem_folder: Path) -> None:
    result = grade(load_problem(problem_folder), "print(3)\n", LocalSandbox(), hidden=False)
    assert [c.name for c in result.cases] == ["sample/1"]

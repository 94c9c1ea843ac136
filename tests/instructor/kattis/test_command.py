"""`judge import kattis`: packages of our own writing (tests/instructor/fixtures/kattis/)
become io problems whose Python submissions get the verdicts of their folders;
interactive and scoring packages are refused; every bad input is one line, exit 2."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from judge.problem.loader import load_problem
from judge.sandbox.base import Sandbox
from judge.sandbox.local import LocalSandbox
from judge.validate import validate
from tests.cli_support import SANDBOXES, assert_no_traceback, judge
from tests.docker_support import docker_sandbox_or_skip

FIXTURES = Path(__file__).parents[1] / "fixtures" / "kattis"


def open_sandbox(name: str) -> Sandbox:
    return LocalSandbox() if name == "local" else docker_sandbox_or_skip()


def import_one(name: str, bank: Path) -> Path:
    result = judge("import", "kattis", FIXTURES / name, bank)
    assert_no_traceback(result, 0)
    return bank / name


def failed_checks(folder: Path, sandbox_name: str) -> list[str]:
    sandbox = open_sandbox(sandbox_name)
    try:
        checks = validate(load_problem(folder), sandbox)
    finally:
        sandbox.close()
    return [f"{c.name}: {c.detail}" for c in checks if not c.ok]


@pytest.mark.parametrize("sandbox_name", SANDBOXES)
def test_a_legacy_package_becomes_a_problem_whose_submissions_get_their_folders_verdicts(tmp_path: Path, sandbox_name: str) -> None:
    folder = import_one("greet", tmp_path)
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert files == [
        "data/sample/1.ans",
        "data/sample/1.in",
        "data/secret/names/long.ans",
        "data/secret/names/long.in",
        "data/secret/names/short.ans",
        "data/secret/names/short.in",
        "problem.toml",
        "reference/solution.py",
        "starter/solution.py",
        "statement.md",
        "waiting/accepted/greet.cc",
        "wrong/AC/shouts.py",  # a second accepted solution must be accepted too
        "wrong/RE/short_names.py",
        "wrong/TLE/spins.py",
        "wrong/WA/no_comma.py",
    ]
    problem = load_problem(folder)
    assert (problem.kind, problem.title, problem.limits.memory, problem.output_check.case_sensitive) == ("io", "Greeting", 128, False)
    assert failed_checks(folder, sandbox_name) == []


def test_the_statement_is_markdown_with_the_samples(tmp_path: Path) -> None:
    statement = (import_one("greet", tmp_path) / "statement.md").read_text()
    assert statement.startswith("# Greeting\n")
    assert "## Input" in statement and "Print `Hello, NAME!` for the name *NAME*." in statement
    assert "\\" not in statement and "% the statement" not in statement
    assert "Sample 1 input:\n\n```\nAda\n```\n\nSample 1 output:\n\n```\nHello, Ada!\n```" in statement


@pytest.mark.skipif(shutil.which("g++") is None, reason="no g++ on this machine")
def test_a_2023_package_with_a_cpp_validator_is_judged_by_it(tmp_path: Path) -> None:
    result = judge("import", "kattis", FIXTURES / "gap", tmp_path)
    assert_no_traceback(result, 0)
    assert "waiting for a runner: waiting/accepted/gap_py2.py" in result.output  # Python 2 does not compile as Python 3
    folder = tmp_path / "gap"
    problem = load_problem(folder)
    assert (problem.title, problem.limits.time, problem.output_check.validator) == ("The Gap", 1.5, "output_validator")
    assert failed_checks(folder, "local") == []
    wrong = judge("--problems", tmp_path, "test", "gap", folder / "wrong" / "WA" / "no_abs.py", "--sandbox", "local")
    assert_no_traceback(wrong, 1)
    assert "line 2 is wrong" in wrong.output  # the validator's judgemessage.txt


@pytest.mark.skipif(shutil.which("g++") is None, reason="no g++ on this machine")
def test_a_folder_of_packages_imports_what_it_can_and_names_each_other_one(tmp_path: Path) -> None:
    result = judge("import", "kattis", FIXTURES, tmp_path / "bank")
    assert_no_traceback(result, 2)
    lines = result.output.splitlines()
    assert any(line.startswith("refused ") and "chat: interactive problems are not supported" in line for line in lines)
    assert any(line.startswith("refused ") and "tally: scoring problems are not supported" in line for line in lines)
    assert any(line.startswith("error: ") and "broken_yaml/problem.yaml: malformed YAML: line 4" in line for line in lines)
    assert any(line.startswith("error: ") and "no_secret/data/secret: missing" in line for line in lines)
    assert any(line.startswith("error: ") and "check.cpp: the output validator does not build" in line for line in lines)
    assert "imported 2 of 7 packages" in result.output
    assert sorted(p.name for p in (tmp_path / "bank").iterdir()) == ["gap", "greet"]  # nothing half-written


@pytest.mark.parametrize(
    ("package", "said"),
    [
        ("chat", "chat: interactive problems are not supported (the program talks with a validator as it runs)"),
        ("tally", "tally: scoring problems are not supported"),
        ("broken_yaml", "broken_yaml/problem.yaml: malformed YAML: line 4: indentation out of place"),
        ("no_secret", "no_secret/data/secret: missing: a Kattis package needs data/secret"),
        pytest.param(
            "bad_validator",
            "bad_validator/output_validator/check.cpp: the output validator does not build: ",
            marks=pytest.mark.skipif(shutil.which("g++") is None, reason="no g++"),
        ),
    ],
)
def test_each_bad_package_is_one_line_naming_its_file_and_exit_2(tmp_path: Path, package: str, said: str) -> None:
    result = judge("import", "kattis", FIXTURES / package, tmp_path)
    assert_no_traceback(result, 2)
    assert said in result.output.splitlines()[0]
    assert list(tmp_path.iterdir()) == []


def test_an_existing_problem_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "greet").mkdir()
    result = judge("import", "kattis", FIXTURES / "greet", tmp_path)
    assert_no_traceback(result, 2)
    assert "greet exists already: not overwritten" in result.output
    assert list((tmp_path / "greet").iterdir()) == []


@pytest.mark.parametrize("source", ["nowhere", "."])
def test_a_source_that_is_no_package_is_a_usage_error(tmp_path: Path, source: str) -> None:
    result = judge("import", "kattis", tmp_path / source, tmp_path / "bank")
    assert_no_traceback(result, 2)
    assert len(result.output.strip().splitlines()) == 1

"""`judge init-practice`: what a candidate forks, and the CI workflow in it."""

from __future__ import annotations

import shlex
import tomllib
from pathlib import Path

import pytest
import yaml

from .support import PROBLEMS, assert_clean_exit, assert_one_line_error, run


def workflow_steps(repo: Path) -> list[dict[str, object]]:
    data = yaml.safe_load((repo / ".github" / "workflows" / "judge.yml").read_text())
    assert set(data["on"]) >= {"push"}, data  # "on" is quoted, so it stays a string key
    steps = data["jobs"]["grade"]["steps"]
    assert isinstance(steps, list)
    return steps


def run_lines(repo: Path) -> list[str]:
    return [line for step in workflow_steps(repo) if "run" in step for line in str(step["run"]).splitlines() if line.strip()]


def test_the_repo_has_statement_starter_and_visible_tests_per_problem(practice_repo: Path, bank: Path) -> None:
    for slug in PROBLEMS:
        folder = practice_repo / slug
        assert (folder / "statement.md").read_text() == (bank / slug / "statement.md").read_text()
        assert (folder / "solution.py").read_text() == (bank / slug / "starter" / "solution.py").read_text()
        assert sorted(p.name for p in (folder / "tests").iterdir()) == sorted(p.name for p in (bank / slug / "tests").glob("*.py"))
    assert {p.name for p in practice_repo.iterdir()} == {*PROBLEMS, "README.md", "judge.toml", ".github", ".gitignore"}


def test_hidden_tests_references_and_wrong_solutions_never_ship(practice_repo: Path, bank: Path) -> None:
    shipped = {p.read_bytes() for p in practice_repo.rglob("*") if p.is_file()}
    for slug in PROBLEMS:
        secret = [p for folder in ("hidden", "reference", "wrong") for p in (bank / slug / folder).rglob("*.py")]
        assert secret
        for path in secret:
            assert path.read_bytes() not in shipped, path
    names = {p.name for p in practice_repo.rglob("*")}
    assert not names & {"hidden", "reference", "wrong", "test_hidden.py"}


def test_judge_toml_names_each_solution(practice_repo: Path) -> None:
    config = tomllib.loads((practice_repo / "judge.toml").read_text())
    assert config == {"problems": {slug: f"{slug}/solution.py" for slug in PROBLEMS}}


def test_readme_lists_the_problems_and_the_grade_command(practice_repo: Path) -> None:
    readme = (practice_repo / "README.md").read_text()
    for title in ("Two Sum", "Add Two", "Count Vowels", "Is Palindrome"):
        assert title in readme
    assert "judge grade --sandbox local" in readme
    assert "judge test two-sum two-sum/solution.py" in readme


def test_workflow_is_yaml_that_installs_judge_builds_the_image_and_grades_in_docker(practice_repo: Path) -> None:
    install, build, grade_line = run_lines(practice_repo)
    assert install == "python -m pip install judge-hidden-tests"  # `judge` on the package index is another project
    assert build == 'sudo "$(command -v judge)" sandbox build'
    grade = shlex.split(grade_line)
    assert grade[:2] == ["judge", "grade"]
    assert grade[2:4] == ["--sandbox", "docker"]
    assert "--report" in grade and "github" in grade


def test_workflow_carries_the_options_it_was_made_with(bank: Path, tmp_path: Path) -> None:
    requirement = "git+https://example.org/team/judge@v0.1.0"
    result = run(
        "--problems", bank, "init-practice", tmp_path / "r", "--problems", "add-two",
        "--judge-requirement", requirement, "--sandbox", "docker", "--min-score", "0.75",
    )  # fmt: skip
    assert_clean_exit(result, 0)
    install, build, grade = run_lines(tmp_path / "r")
    assert shlex.split(install) == ["python", "-m", "pip", "install", requirement]
    assert "sandbox build" in build
    command = shlex.split(grade)
    assert command[:6] == ["judge", "grade", "--sandbox", "docker", "--min-score", "0.75"]
    assert "the score is at least 75%" in (tmp_path / "r" / "README.md").read_text()


def test_choosing_by_topic_and_difficulty(bank: Path, tmp_path: Path) -> None:
    assert_clean_exit(run("--problems", bank, "init-practice", tmp_path / "s", "--topic", "strings"), 0)
    assert sorted(tomllib.loads((tmp_path / "s" / "judge.toml").read_text())["problems"]) == ["count-vowels", "is-palindrome"]
    assert_clean_exit(run("--problems", bank, "init-practice", tmp_path / "m", "--topic", "strings", "--difficulty", "medium"), 0)
    assert list(tomllib.loads((tmp_path / "m" / "judge.toml").read_text())["problems"]) == ["is-palindrome"]


def test_every_problem_by_default(bank: Path, tmp_path: Path) -> None:
    assert_clean_exit(run("--problems", bank, "init-practice", tmp_path / "all"), 0)
    assert sorted(tomllib.loads((tmp_path / "all" / "judge.toml").read_text())["problems"]) == sorted(PROBLEMS)


@pytest.mark.parametrize(
    ("args", "code", "phrase"),
    [
        (["--problems", "two-summ"], 2, "did you mean 'two-sum'"),
        (["--problems", "two-sum", "--topic", "math"], 2, "not both"),
        (["--topic", "no such topic"], 2, "no problem matches"),
        (["--judge-requirement", " "], 2, "--judge-requirement"),
        (["--min-score", "2"], 2, "--min-score"),
        (["--sandbox", "vm"], 2, "--sandbox"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(bank: Path, tmp_path: Path, args: list[str], code: int, phrase: str) -> None:
    assert_one_line_error(run("--problems", bank, "init-practice", tmp_path / "x", *args), code, phrase)


def test_existing_files_are_kept_unless_forced(practice_repo: Path, bank: Path) -> None:
    (practice_repo / "two-sum" / "solution.py").write_text("mine = 1\n")
    again = run("--problems", bank, "init-practice", practice_repo, "--problems", "two-sum")
    assert_one_line_error(again, 2, "already exists", "--force")
    assert (practice_repo / "two-sum" / "solution.py").read_text() == "mine = 1\n"
    assert_clean_exit(run("--problems", bank, "init-practice", practice_repo, "--problems", "two-sum", "--force"), 0)
    assert "mine" not in (practice_repo / "two-sum" / "solution.py").read_text()


def test_help() -> None:
    result = run("init-practice", "--help")
    assert_clean_exit(result, 0)
    assert "Hidden tests and references are never copied" in result.output

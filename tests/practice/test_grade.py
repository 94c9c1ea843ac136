"""`judge grade`: a practice repo's solutions against the full bank, a table, an exit code."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
import yaml

from tests.docker_support import docker_sandbox_or_skip

from .conftest import GradedRun
from .support import ACCEPTED, PROBLEMS, assert_clean_exit, assert_one_line_error, fill_fixture_repo, make_bank, run, solve


def table_rows(output: str) -> dict[str, list[str]]:
    """problem -> [verdict, score, cases, ...] from the summary table."""
    rows = {}
    for line in output.splitlines():
        cells = line.split()
        if cells and cells[0] in PROBLEMS and len(cells) >= 4 and re.fullmatch(r"\d+%", cells[2]):
            rows[cells[0]] = cells[1:]
    return rows


def test_accepted_wrong_crashing_and_unsolved(graded: GradedRun) -> None:
    assert_clean_exit(graded.result, 1)
    rows = table_rows(graded.result.output)
    assert {slug: row[0] for slug, row in rows.items()} == {
        "two-sum": "AC",
        "add-two": "WA",
        "count-vowels": "RE",
        "is-palindrome": "unsolved",
    }
    assert rows["two-sum"][1:3] == ["100%", "12/12"]
    assert rows["is-palindrome"][1:3] == ["0%", "-"]
    assert "unsolved: is-palindrome/solution.py is still the starter code" in " ".join(graded.result.output.split())  # the note may wrap
    assert "not passed — 1/4 accepted" in graded.result.output


@pytest.mark.docker
def test_the_new_user_flow_runs_exactly_the_workflow_command(bank: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """init-practice, copy in solutions, then the workflow's own `judge grade` line, on CI, in Docker."""
    docker_sandbox_or_skip().close()
    repo = tmp_path / "practice"
    assert_clean_exit(run("--problems", bank, "init-practice", repo, "--problems", ",".join(PROBLEMS)), 0)
    fill_fixture_repo(repo)
    workflow = yaml.safe_load((repo / ".github" / "workflows" / "judge.yml").read_text())
    grade_line = next(s["run"] for s in workflow["jobs"]["grade"]["steps"] if "judge grade" in s.get("run", ""))
    command = shlex.split(grade_line)
    assert command[0] == "judge"
    monkeypatch.chdir(repo)  # CI runs it from the checkout
    assert command[2:4] == ["--sandbox", "docker"]
    result = run("--problems", bank, *command[1:], env={"GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md"), "CI": "true"})
    assert_clean_exit(result, 1)
    assert {slug: row[0] for slug, row in table_rows(result.output).items()} == {
        "two-sum": "AC",
        "add-two": "WA",
        "count-vowels": "RE",
        "is-palindrome": "unsolved",
    }
    assert "::error file=count-vowels/solution.py,line=4," in result.output
    assert (repo / "judge-junit.xml").is_file() and (repo / "judge-results.json").is_file()
    assert "## judge: ❌ not passed" in (tmp_path / "summary.md").read_text()


def test_everything_accepted_exits_0(bank: Path, tmp_path: Path) -> None:
    repo = tmp_path / "done"
    assert_clean_exit(run("--problems", bank, "init-practice", repo, "--problems", "add-two,is-palindrome"), 0)
    solve(repo, "add-two", (bank / "add-two" / "reference" / "solution.py").read_text())
    solve(repo, "is-palindrome", (bank / "is-palindrome" / "reference" / "solution.py").read_text())
    result = run("--problems", bank, "grade", repo, "--sandbox", "local")
    assert_clean_exit(result, 0)
    assert "passed — 2/2 accepted, score 100%" in result.output


def test_min_score_sets_the_pass_bar(bank: Path, tmp_path: Path) -> None:
    repo = tmp_path / "half"
    assert_clean_exit(run("--problems", bank, "init-practice", repo, "--problems", "add-two,is-palindrome"), 0)
    solve(repo, "is-palindrome", (bank / "is-palindrome" / "reference" / "solution.py").read_text())
    assert_clean_exit(run("--problems", bank, "grade", repo, "--sandbox", "local", "--min-score", "0.5"), 0)
    result = run("--problems", bank, "grade", repo, "--sandbox", "local", "--min-score", "0.6")
    assert_clean_exit(result, 1)
    assert "bar: score ≥ 60%" in result.output


def test_an_untouched_repo_is_unsolved_not_a_crash(practice_repo: Path, bank: Path) -> None:
    result = run("--problems", bank, "grade", practice_repo, "--sandbox", "local")
    assert_clean_exit(result, 1)
    assert {row[0] for row in table_rows(result.output).values()} == {"unsolved"}
    assert "0/4 accepted, score 0%" in result.output


def test_convention_without_judge_toml(bank: Path, tmp_path: Path) -> None:
    repo = tmp_path / "plain"
    (repo / "is-palindrome").mkdir(parents=True)
    (repo / "notes").mkdir()
    solve(repo, "is-palindrome", (bank / "is-palindrome" / "reference" / "solution.py").read_text())
    result = run("--problems", bank, "grade", repo, "--sandbox", "local")
    assert_clean_exit(result, 0)
    assert list(table_rows(result.output)) == ["is-palindrome"]


def test_judge_toml_maps_problems_to_any_path(bank: Path, tmp_path: Path) -> None:
    repo = tmp_path / "mapped"
    (repo / "src").mkdir(parents=True)
    (repo / "src" / "pal.py").write_text((bank / "is-palindrome" / "reference" / "solution.py").read_text())
    (repo / "judge.toml").write_text('[problems]\nis-palindrome = "src/pal.py"\nadd-two = "src/add.py"\n')
    result = run("--problems", bank, "grade", repo, "--sandbox", "local", "--report", f"json={tmp_path / 'r.json'}")
    assert_clean_exit(result, 1)
    data = json.loads((tmp_path / "r.json").read_text())
    assert [(p["problem"], p["path"], p["status"], p["verdict"]) for p in data["problems"]] == [
        ("is-palindrome", "src/pal.py", "graded", "AC"),
        ("add-two", "src/add.py", "missing", None),
    ]


def test_judge_toml_as_a_list_of_slugs(practice_repo: Path, bank: Path) -> None:
    (practice_repo / "judge.toml").write_text('problems = ["two-sum"]\n')
    solve(practice_repo, "two-sum", ACCEPTED)
    result = run("--problems", bank, "grade", practice_repo, "--sandbox", "local", "--no-complexity")
    assert_clean_exit(result, 0)
    assert list(table_rows(result.output)) == ["two-sum"]


@pytest.mark.parametrize(
    ("config", "phrases"),
    [
        ("[problems]\ntwo-summ = 'two-sum/solution.py'\n", ["field 'problems.two-summ'", "did you mean 'two-sum'"]),
        ("[problems]\ntwo-sum = '../elsewhere.py'\n", ["field 'problems.two-sum'", "outside the repo"]),
        ("[problems]\ntwo-sum = 3\n", ["field 'problems.two-sum'", ".py file"]),
        ("[problem]\n", ["field 'problem'", "unknown field"]),
        ("problems = [\n", ["judge.toml", "invalid TOML"]),
        ("problems = []\n", ["field 'problems'", "required"]),
    ],
)
def test_a_bad_judge_toml_is_one_line_naming_file_and_field(practice_repo: Path, bank: Path, config: str, phrases: list[str]) -> None:
    (practice_repo / "judge.toml").write_text(config)
    assert_one_line_error(run("--problems", bank, "grade", practice_repo, "--sandbox", "local"), 2, *phrases)


@pytest.mark.parametrize(
    ("args", "phrases"),
    [
        (["--report", "xml=out.xml"], ["unknown report 'xml'", "junit"]),
        (["--report", "junit"], ["--report junit needs a file"]),
        (["--report", "json=a.json", "--report", "junit=a.json"], ["two reports would write"]),
        (["--min-score", "1.5"], ["--min-score"]),
        (["--sandbox", "vm"], ["--sandbox"]),
    ],
)
def test_bad_options_are_one_line(practice_repo: Path, bank: Path, args: list[str], phrases: list[str]) -> None:
    assert_one_line_error(run("--problems", bank, "grade", practice_repo, *args), 2, *phrases)


def test_a_folder_without_solutions(bank: Path, tmp_path: Path) -> None:
    assert_one_line_error(run("--problems", bank, "grade", tmp_path), 2, "no solutions in")
    assert_one_line_error(run("--problems", bank, "grade", tmp_path / "nowhere"), 2, "does not exist")


def test_a_public_pack_cannot_grade(tmp_path: Path) -> None:
    bank = make_bank(tmp_path / "bank", ("add-two",))
    for folder in ("hidden", "reference", "wrong"):
        for path in sorted((bank / "add-two" / folder).rglob("*"), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
        (bank / "add-two" / folder).rmdir()
    (tmp_path / "repo" / "add-two").mkdir(parents=True)
    solve(tmp_path / "repo", "add-two", "def add_two(x):\n    return x + 2\n")
    assert_one_line_error(run("--problems", bank, "grade", tmp_path / "repo"), 2, "no hidden tests", "full bank")


def test_help() -> None:
    result = run("grade", "--help")
    assert_clean_exit(result, 0)
    assert "--report NAME[=PATH]" in result.output and "gradescope" in result.output


@pytest.mark.parametrize("report", ["github={target}/summary.md", "json={target}/r.json"])
def test_a_report_that_cannot_be_written_is_one_line(practice_repo: Path, bank: Path, tmp_path: Path, report: str) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = run("--problems", bank, "grade", practice_repo, "--sandbox", "local", "--report", report.format(target=blocker))
    assert_one_line_error(result, 2, "cannot write", str(blocker))

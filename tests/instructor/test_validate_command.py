"""`judge validate` from the command line: one problem, the bank in parallel,
broken folders skipped, --calibrate writing problem.toml."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner, Result

from judge.cli import cli
from tests.conftest import BROKEN_PROBLEMS, NO_CACHE, VALID_PROBLEM


def run(bank: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--problems", str(bank), "validate", *args], env={"JUDGE_PROBLEMS": None})


def small_bank(tmp_path: Path, *slugs: str) -> Path:
    bank = tmp_path / "bank"
    for slug in slugs:
        shutil.copytree(VALID_PROBLEM, bank / slug, ignore=NO_CACHE)
    return bank


def summary_rows(output: str) -> dict[str, list[str]]:
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.split()[:4] == ["problem", "passed", "failed", "seconds"])
    return {line.split()[0]: line.split()[1:] for line in lines[start + 1 :] if line.strip() and not line[0].isdigit()}


def test_the_whole_bank_in_two_processes_with_a_summary_table(tmp_path: Path) -> None:
    bank = small_bank(tmp_path, "add-one", "add-one-again")
    result = run(bank, "--all", "--jobs", "2", "--sandbox", "local")
    assert result.exit_code == 0, result.output
    rows = summary_rows(result.output)
    assert set(rows) == {"add-one", "add-one-again"}
    for passed, failed, seconds, *_ in rows.values():
        assert int(passed) >= 6 and failed == "0" and float(seconds) > 0
    assert "2 problems, 0 failed checks" in result.output
    assert "ok   add-one-again: reference is accepted" in result.output


def test_no_slug_means_every_problem_and_a_broken_one_is_skipped_with_exit_2(tmp_path: Path) -> None:
    bank = small_bank(tmp_path, "add-one")
    shutil.copytree(BROKEN_PROBLEMS / "bad_difficulty", bank / "broken-one")
    result = run(bank, "--jobs", "1", "--sandbox", "local")
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert set(summary_rows(result.stdout)) == {"add-one"}
    (skipped,) = [line for line in result.stderr.splitlines() if "broken-one" in line]
    assert skipped.startswith("skipped a broken problem:") and "difficulty" in skipped


def test_a_failed_check_is_exit_1_and_named_in_the_table(tmp_path: Path) -> None:
    bank = small_bank(tmp_path, "add-one")
    (bank / "add-one" / "reference" / "solution.py").write_text("def add_one(x):\n    return x\n")
    result = run(bank, "add-one", "--sandbox", "local")
    assert result.exit_code == 1, result.output
    assert summary_rows(result.output)["add-one"][3:6] == ["statement", "examples", "hold"]


def test_calibrate_writes_the_proposed_limit_and_keeps_the_rest(tmp_path: Path) -> None:
    bank = small_bank(tmp_path, "add-one")
    toml = bank / "add-one" / "problem.toml"
    before = toml.read_text()
    toml.write_text(before.replace("time = 1.0", "time = 6.5  # generous"))
    result = run(bank, "add-one", "--calibrate", "--sandbox", "local")
    assert result.exit_code == 0, result.output
    assert "wrote [limits] time = 1 to" in " ".join(result.output.split())
    assert toml.read_text() == before.replace("time = 1.0", "time = 1.0  # generous")


def test_calibrate_does_not_write_when_a_wrong_solution_breaks_under_the_proposal(tmp_path: Path) -> None:
    bank = small_bank(tmp_path, "add-one")
    wrong = bank / "add-one" / "wrong" / "WA" / "right_after_all.py"
    wrong.parent.mkdir(parents=True)
    wrong.write_text("def add_one(x):\n    return x + 1\n")
    toml = bank / "add-one" / "problem.toml"
    before = toml.read_text()
    result = run(bank, "add-one", "--calibrate", "--sandbox", "local")
    assert result.exit_code == 1, result.output
    said = " ".join(result.output.split())  # rich wraps long lines
    assert "[limits] time not written: under 1 s, wrong/WA/right_after_all.py gets WA failed" in said
    assert toml.read_text() == before


def test_usage_errors(tmp_path: Path) -> None:
    bank = small_bank(tmp_path, "add-one")
    for args, phrase in [(["add-one", "--all"], "not both"), (["nope"], "unknown problem"), (["--jobs", "0"], "--jobs")]:
        result = run(bank, *args)
        assert result.exit_code == 2, result.output
        assert phrase in result.output and "Traceback" not in result.output

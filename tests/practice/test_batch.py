"""`judge grade-batch`: many repos in parallel, a gradebook, and a journal that survives kills."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from judge.practice.journal import Entry, Journal

from .support import CRASHING, ROOT, WRONG, assert_clean_exit, assert_one_line_error, make_bank, run, solve

BATCH_PROBLEMS = ("add-two", "count-vowels", "is-palindrome")
REPOS = 8


@pytest.fixture(scope="module")
def batch_bank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_bank(tmp_path_factory.mktemp("batch-bank") / "bank", BATCH_PROBLEMS)


@pytest.fixture(scope="module")
def classroom(batch_bank: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """REPOS student repos with a spread of accepted, wrong, crashing and unsolved solutions."""
    root = tmp_path_factory.mktemp("classroom") / "class"
    reference = {slug: (batch_bank / slug / "reference" / "solution.py").read_text() for slug in BATCH_PROBLEMS}
    for i in range(REPOS):
        repo = root / f"student-{i:02d}"
        assert run("--problems", batch_bank, "init-practice", repo).exit_code == 0
        solve(repo, "add-two", [reference["add-two"], WRONG, (repo / "add-two" / "solution.py").read_text()][i % 3])
        solve(repo, "count-vowels", CRASHING if i % 4 == 0 else reference["count-vowels"])
        if i % 2 == 0:
            solve(repo, "is-palindrome", reference["is-palindrome"])
    return root


@dataclass(frozen=True)
class Batch:
    out: Path
    output: str


@pytest.fixture(scope="module")
def batch(classroom: Path, batch_bank: Path, tmp_path_factory: pytest.TempPathFactory) -> Batch:
    out = tmp_path_factory.mktemp("uninterrupted") / "grades"
    result = run("--problems", batch_bank, "grade-batch", classroom, "--out", out, "--jobs", "2", "--sandbox", "local", "--report", "junit")
    assert_clean_exit(result, 0)
    return Batch(out, result.output)


@pytest.fixture
def uninterrupted(batch: Batch) -> Path:
    return batch.out


def gradebook(out: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO((out / "gradebook.csv").read_text())))


def journal_entries(out: Path) -> list[dict[str, object]]:
    lines = (out / "journal.jsonl").read_text().splitlines()
    return [json.loads(line) for line in lines[1:] if line.endswith("}")]


def test_the_gradebook_has_a_row_per_repo_and_a_verdict_and_score_per_problem(uninterrupted: Path) -> None:
    rows = gradebook(uninterrupted)
    assert [row["repo"] for row in rows] == [f"student-{i:02d}" for i in range(REPOS)]
    assert list(rows[0]) == [
        "repo", "status", "passed", "score",
        "add-two verdict", "add-two score", "count-vowels verdict", "count-vowels score", "is-palindrome verdict", "is-palindrome score",
    ]  # fmt: skip
    assert [row["add-two verdict"] for row in rows[:3]] == ["AC", "WA", "unsolved"]
    assert rows[0]["count-vowels verdict"] == "RE" and rows[1]["count-vowels verdict"] == "AC"
    assert rows[6]["passed"] == "yes" and rows[6]["score"] == "1.0000"  # 6: add-two AC, count-vowels AC, is-palindrome AC
    assert all(row["status"] == "graded" for row in rows)


def test_each_repo_gets_its_reports(uninterrupted: Path) -> None:
    for i in range(REPOS):
        folder = uninterrupted / "reports" / f"student-{i:02d}"
        assert json.loads((folder / "judge.json").read_text())["kind"] == "repo"
        assert (folder / "junit.xml").read_text().startswith("<?xml")


def test_progress_bar_and_a_line_per_repo(batch: Batch) -> None:
    assert "grading on 2 cores" in batch.output and f"{REPOS}/{REPOS}" in batch.output
    assert all(f"student-{i:02d}:" in batch.output for i in range(REPOS))
    assert f"{REPOS} repos: 1 passed, {REPOS - 1} not passed" in batch.output


def test_a_finished_batch_run_again_grades_nothing(classroom: Path, batch_bank: Path, uninterrupted: Path, tmp_path: Path) -> None:
    out = tmp_path / "grades"
    shutil.copytree(uninterrupted, out)
    again = run("--problems", batch_bank, "grade-batch", classroom, "--out", out, "--jobs", "2", "--sandbox", "local", "--report", "junit")
    assert_clean_exit(again, 0)
    assert f"resuming: {REPOS} of {REPOS} repos already graded" in again.output
    assert (out / "journal.jsonl").read_text() == (uninterrupted / "journal.jsonl").read_text()
    assert gradebook(out) == gradebook(uninterrupted)


def start_batch(classroom: Path, bank: Path, out: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "judge", "--problems", str(bank), "grade-batch", str(classroom), "--out", str(out), "--jobs", "2"]
    command += ["--sandbox", "local", "--report", "junit"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("JUDGE_PROBLEMS", None)
    env.pop("CI", None)  # its `judge grade --sandbox local` children would be refused on CI
    # Its own session, so a SIGKILL can take the batch and its gradings down together, as a crash would.
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True)


def wait_for_entries(out: Path, count: int, process: subprocess.Popen[bytes]) -> int:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        done = len(journal_entries(out)) if (out / "journal.jsonl").exists() else 0
        if done >= count:
            return done
        assert process.poll() is None, "the batch ended before it could be interrupted"
        time.sleep(0.02)
    raise AssertionError(f"fewer than {count} results journaled in time")


def test_killed_twice_then_resumed_ends_with_the_same_gradebook(
    classroom: Path, batch_bank: Path, uninterrupted: Path, tmp_path: Path
) -> None:
    out = tmp_path / "grades"
    # 1. SIGTERM, as a cancelled CI job or `kill` sends: the batch stops its gradings and exits 130.
    batch = start_batch(classroom, batch_bank, out)
    wait_for_entries(out, 2, batch)
    batch.send_signal(signal.SIGTERM)
    assert batch.wait(60) == 130
    after_term = journal_entries(out)
    assert 2 <= len(after_term) < REPOS

    # 2. Resumed, then SIGKILL to the batch and its gradings: no clean-up at all.
    batch = start_batch(classroom, batch_bank, out)
    wait_for_entries(out, len(after_term) + 2, batch)
    os.killpg(batch.pid, signal.SIGKILL)
    batch.wait(60)
    after_kill = journal_entries(out)
    assert len(after_term) + 2 <= len(after_kill) < REPOS
    finished = {str(e["repo"]) for e in after_kill}
    stamps = {name: (out / "reports" / name / "judge.json").stat().st_mtime_ns for name in finished}

    # 3. Resumed to the end: only the unfinished repos are graded, nothing journaled is lost.
    result = run("--problems", batch_bank, "grade-batch", classroom, "--out", out, "--jobs", "2", "--sandbox", "local", "--report", "junit")
    assert_clean_exit(result, 0)
    assert f"resuming: {len(finished)} of {REPOS} repos already graded" in result.output
    assert {name: (out / "reports" / name / "judge.json").stat().st_mtime_ns for name in finished} == stamps
    entries = journal_entries(out)
    assert sorted(str(e["repo"]) for e in entries) == [f"student-{i:02d}" for i in range(REPOS)]  # each graded once
    assert entries[: len(after_kill)] == after_kill
    assert gradebook(out) == gradebook(uninterrupted)


def test_a_list_file_and_a_repo_that_cannot_be_graded(classroom: Path, batch_bank: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "judge.toml").write_text("[problems]\nnope = 'x.py'\n")
    listing = tmp_path / "repos.txt"
    listing.write_text(f"# two repos\n{classroom / 'student-06'}\n\n{broken}  # this one has a bad judge.toml\n")
    result = run("--problems", batch_bank, "grade-batch", listing, "--jobs", "2", "--sandbox", "local")
    assert_clean_exit(result, 0)
    assert "2 repos: 1 passed, 0 not passed, 1 could not be graded" in result.output
    rows = gradebook(tmp_path / "repos-grades")
    assert [(row["repo"], row["status"], row["passed"]) for row in rows] == [("student-06", "graded", "yes"), ("broken", "error", "")]


def test_resuming_with_other_options_is_refused(classroom: Path, batch_bank: Path, uninterrupted: Path) -> None:
    result = run("--problems", batch_bank, "grade-batch", classroom, "--out", uninterrupted, "--sandbox", "local", "--min-score", "0.5")
    assert_one_line_error(result, 2, "journal of a batch run with other options", "min_score", "--fresh")


def test_an_empty_root_and_a_list_naming_nothing_real_are_one_line(batch_bank: Path, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert_one_line_error(run("--problems", batch_bank, "grade-batch", tmp_path / "empty", "--sandbox", "local"), 2, "no repos in")
    (tmp_path / "list.txt").write_text("nowhere/\n")
    assert_one_line_error(
        run("--problems", batch_bank, "grade-batch", tmp_path / "list.txt", "--sandbox", "local"), 2, "line 1", "not a folder"
    )


# -- the journal on its own ------------------------------------------------------


def test_a_line_cut_short_by_a_kill_is_dropped_and_the_file_stays_appendable(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    journal = Journal(path, {"sandbox": "local"})
    journal.append(Entry("a", "error", 2, error="bad"))
    journal.close()
    with path.open("a") as file:
        file.write('{"repo":"b","status":"gra')  # the kill came mid-write
    journal = Journal(path, {"sandbox": "local"})
    assert list(journal.entries) == ["a"] and journal.done() == set()
    journal.append(Entry("b", "error", 2, error="bad"))
    journal.close()
    assert [json.loads(line)["repo"] for line in path.read_text().splitlines()[1:]] == ["a", "b"]


def test_a_corrupt_journal_is_one_line(classroom: Path, batch_bank: Path, tmp_path: Path) -> None:
    out = tmp_path / "grades"
    out.mkdir()
    (out / "journal.jsonl").write_text("not json\n")
    result = run("--problems", batch_bank, "grade-batch", classroom, "--out", out, "--sandbox", "local")
    assert_one_line_error(result, 2, "journal.jsonl", "--fresh")


def test_help() -> None:
    result = run("grade-batch", "--help")
    assert_clean_exit(result, 0)
    assert "journal" in result.output and "--fresh" in result.output

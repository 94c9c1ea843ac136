"""`judge grade-batch`: many practice repos, graded in parallel, resumable.

Each repo is graded by its own `python -m judge grade` process (pytest.main
is not thread-safe, and a process can be stopped cleanly), up to `jobs` at
once.  Its JSON report is read back when it exits and journaled at once, so
a batch that is killed resumes with the repos it had not finished.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from judge import resources
from judge.environment import for_child
from judge.errors import UsageError
from judge.practice.journal import Entry, Journal
from judge.practice.results import RepoResult

# Per-repo reports besides judge.json, and the file each is written to.
EXTRA_REPORTS = {"junit": "junit.xml", "exercism": "exercism-results.json", "gradescope": "gradescope-results.json"}
POLL_SECONDS = 0.05
STOP_GRACE_SECONDS = 10.0


@dataclass(frozen=True)
class Repo:
    name: str
    path: Path


@dataclass(frozen=True)
class BatchOptions:
    bank: Path
    out: Path
    sandbox: str = "auto"
    min_score: float | None = None
    reports: tuple[str, ...] = ()
    jobs: int = 1
    complexity: bool = True
    allow_unsafe_local: bool = False  # passed on to each `judge grade` (refused on CI otherwise)

    def settings(self) -> dict[str, object]:
        """What a resumed batch must share with the one that started the journal."""
        return {
            "bank": str(self.bank),
            "sandbox": self.sandbox,
            "min_score": self.min_score,
            "reports": sorted(self.reports),
            "complexity": self.complexity,
        }

    def report_dir(self, repo: Repo) -> Path:
        return self.out / "reports" / repo.name

    def log_path(self, repo: Repo) -> Path:
        return self.out / "logs" / f"{repo.name}.log"


def list_repos(root: Path, out: Path | None = None) -> list[Repo]:
    """ROOT's sub-folders, or the folders a list file names (one a line, `#` comments)."""
    if root.is_dir():
        skip = out.resolve() if out is not None else None
        repos = [
            Repo(p.name, p.resolve()) for p in sorted(root.iterdir()) if p.is_dir() and not p.name.startswith(".") and p.resolve() != skip
        ]
    elif root.is_file():
        repos = [Repo(p.name, p) for p in _listed(root)]
    else:
        raise UsageError(f"{root} is neither a folder of repos nor a list file")
    if not repos:
        raise UsageError(f"no repos in {root}")
    names = [r.name for r in repos]
    twice = next((n for n in names if names.count(n) > 1), None)
    if twice is not None:
        raise UsageError(f"{root}: two repos are named '{twice}': their reports would collide")
    return repos


def _listed(list_file: Path) -> list[Path]:
    paths = []
    for number, line in enumerate(list_file.read_text(encoding="utf-8").splitlines(), 1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        path = (list_file.parent / text).resolve()
        if not path.is_dir():
            raise UsageError(f"{list_file}, line {number}: {text} is not a folder")
        paths.append(path)
    return paths


def run_batch(repos: Sequence[Repo], options: BatchOptions, journal: Journal, on_done: Callable[[Entry], None]) -> None:
    """Grade `repos`, `options.jobs` at a time; each result is journaled as it lands."""
    queue = deque(repos)
    running: dict[subprocess.Popen[bytes], tuple[Repo, IO[bytes]]] = {}
    try:
        while queue or running:
            while queue and len(running) < options.jobs:
                repo = queue.popleft()
                running.update([_start(repo, options)])
            finished = [process for process in running if process.poll() is not None]
            if not finished:
                time.sleep(POLL_SECONDS)
            for process in finished:
                repo, log = running.pop(process)
                log.close()
                entry = _collect(repo, process.returncode, options)
                journal.append(entry)
                on_done(entry)
    finally:
        _stop(running)


def _start(repo: Repo, options: BatchOptions) -> tuple[subprocess.Popen[bytes], tuple[Repo, IO[bytes]]]:
    report = options.report_dir(repo) / "judge.json"
    report.unlink(missing_ok=True)  # a report left by an earlier, killed run is not this run's result
    report.parent.mkdir(parents=True, exist_ok=True)
    log_path = options.log_path(repo)
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log = log_path.open("wb")
    process = subprocess.Popen(
        grade_command(repo, options), stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=_child_env()
    )
    return process, (repo, log)


def grade_command(repo: Repo, options: BatchOptions) -> list[str]:
    reports = options.report_dir(repo)
    command = [sys.executable, "-m", "judge", "--problems", str(options.bank), "grade", str(repo.path), "--sandbox", options.sandbox]
    command += ["--report", f"json={reports / 'judge.json'}"]
    if options.allow_unsafe_local:
        command.append("--allow-unsafe-local")
    for name in options.reports:
        command += ["--report", f"{name}={reports / EXTRA_REPORTS[name]}"]
    if options.min_score is not None:
        command += ["--min-score", str(options.min_score)]
    if not options.complexity:
        command.append("--no-complexity")
    return command


def _child_env() -> dict[str, str]:
    env = for_child()
    env["PYTHONHASHSEED"] = "0"  # as `judge` pins it for itself: same seed, same shrinking, no re-exec
    # The judge this batch runs, importable from anywhere: a checkout is not on sys.path by itself.
    package_root = str(resources.PACKAGE_DIR.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
    env.pop("GITHUB_STEP_SUMMARY", None)
    return env


def _collect(repo: Repo, exit_code: int, options: BatchOptions) -> Entry:
    report = options.report_dir(repo) / "judge.json"
    if exit_code in (0, 1, 3) and report.is_file():
        try:
            return Entry(repo.name, "graded", exit_code, RepoResult.from_json(json.loads(report.read_text(encoding="utf-8"))))
        except (ValueError, KeyError, TypeError) as exc:
            return Entry(repo.name, "error", exit_code, error=f"unreadable report {report}: {exc}")
    return Entry(repo.name, "error", exit_code, error=_last_line(options.log_path(repo)) or f"exit code {exit_code}")


def _last_line(log: Path) -> str:
    try:
        lines = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return ""
    return lines[-1].strip().removeprefix("Error: ") if lines else ""


def _stop(running: dict[subprocess.Popen[bytes], tuple[Repo, IO[bytes]]]) -> None:
    """Interrupted: ask each grading to stop (it removes its sandboxes), then make sure."""
    for process in running:
        process.terminate()
    deadline = time.monotonic() + STOP_GRACE_SECONDS
    for process, (_, log) in running.items():
        try:
            process.wait(max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()

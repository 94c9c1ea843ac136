"""`--report github[=PATH]`: for GitHub Actions, a Markdown job summary and annotations.

The summary is appended to PATH, else to $GITHUB_STEP_SUMMARY (nowhere when
neither is set).  Annotations are workflow commands on stdout
(`::error file=two-sum/solution.py,line=7,title=...::...`): a runtime error
points at the submission line that raised it, a syntax error at its line,
other failures at the solution file.
"""

from __future__ import annotations

import os
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import IO

from judge.errors import UsageError
from judge.practice.model import RunPlan
from judge.practice.results import ProblemOutcome, RepoResult, Status
from judge.reporters.base import Reporter
from judge.reporters.cases import case_detail, failures, source_line
from judge.reporters.markdown import summary_markdown
from judge.results import CaseResult, SubmissionResult
from judge.verdicts import Verdict


class GithubReporter(Reporter):
    def __init__(self, path: Path | None = None, stream: IO[str] | None = None):
        summary = path or os.environ.get("GITHUB_STEP_SUMMARY")
        self.summary_path = Path(summary) if summary else None
        self.stream = stream or sys.stdout  # bound now: grading redirects sys.stdout
        self.repo: Path | None = None

    def begin_run(self, plan: RunPlan) -> None:
        self.repo = plan.repo

    def end_run(self, result: RepoResult) -> None:
        for line in workflow_annotations(result, self._file_path):
            self.stream.write(line + "\n")
        self.stream.flush()
        if self.summary_path is not None:
            self._append_summary(self.summary_path, summary_markdown(result))

    @staticmethod
    def _append_summary(path: Path, markdown: str) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as summary:  # GitHub collects what every step appends
                summary.write(markdown + "\n")
        except OSError as exc:
            raise UsageError(f"cannot write the job summary {path}: {exc.strerror or exc}") from None

    def _file_path(self, relpath: str) -> str:
        """Annotations name files from the workspace root, which may be above the repo."""
        if self.repo is None:
            return relpath
        workspace = Path(os.environ.get("GITHUB_WORKSPACE") or Path.cwd()).resolve()
        path = self.repo / relpath
        return path.relative_to(workspace).as_posix() if path.is_relative_to(workspace) else relpath


def workflow_annotations(result: RepoResult, file_path: Callable[[str], str] = str) -> list[str]:
    """`file_path` turns a solution's path from the repo root into one from the workspace root."""
    return [line for outcome in result.outcomes for line in _outcome_annotations(outcome, file_path(outcome.path))]


def _outcome_annotations(outcome: ProblemOutcome, file: str) -> list[str]:
    slug, result = outcome.problem, outcome.result
    if outcome.status is Status.UNSOLVED:
        return [command("warning", "still the starter code: write your solution here", file=file, title=f"{slug}: unsolved")]
    if result is None:
        return [command("error", f"{outcome.path} is not there", title=f"{slug}: missing")]
    if result.accepted:
        return []
    if not result.cases:
        line = source_line(result)
        return [command("error", result.message or result.verdict.value, file=file, line=line, title=f"{slug}: {result.verdict.name}")]
    return _case_annotations(slug, result, file)


def _case_annotations(slug: str, result: SubmissionResult, file: str) -> list[str]:
    by_line: dict[int | None, list[tuple[CaseResult, str]]] = defaultdict(list)
    for case, name in failures(result):
        by_line[case.line if case.verdict is Verdict.RE else None].append((case, name))
    lines = []
    for line, cases in by_line.items():
        case, name = cases[0]
        more = f" (and {len(cases) - 1} more case{'s' * (len(cases) > 2)})" if len(cases) > 1 else ""
        where = "hidden case " + (case.category or name) if case.visibility == "hidden" else f"test {name}"
        title = f"{slug}: {case.verdict.name} in {where}{more}"
        lines.append(command("error", case_detail(case), file=file, line=line, title=title))
    return lines


def command(kind: str, message: str, *, file: str | None = None, line: int | None = None, title: str | None = None) -> str:
    properties = {"file": file, "line": str(line) if line else None, "title": title}
    given = ",".join(f"{key}={_escape_property(value)}" for key, value in properties.items() if value)
    return f"::{kind} {given}::{_escape_data(message)}" if given else f"::{kind}::{_escape_data(message)}"


def _escape_data(text: str) -> str:
    # As @actions/core escapes them: the runner decodes these, nothing else.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")

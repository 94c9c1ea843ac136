"""`--report NAME[=PATH]`: the reports a run writes besides the terminal table."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from judge.errors import UsageError
from judge.reporters.base import Reporter
from judge.reporters.exercism import ExercismReporter
from judge.reporters.github import GithubReporter
from judge.reporters.gradescope import GradescopeReporter
from judge.reporters.junit import JUnitReporter
from judge.reporters.repo_json import RepoJsonReporter


@dataclass(frozen=True)
class ReportFormat:
    make: Callable[[Path | None], Reporter]
    needs_path: bool
    help: str


def _file(cls: Callable[[Path], Reporter]) -> Callable[[Path | None], Reporter]:
    def make(path: Path | None) -> Reporter:
        assert path is not None  # parse_report insists on one
        return cls(path)

    return make


REPORTS: dict[str, ReportFormat] = {
    "json": ReportFormat(_file(RepoJsonReporter), True, "the judge's own JSON (docs/json-schema.md)"),
    "junit": ReportFormat(_file(JUnitReporter), True, "JUnit XML"),
    "exercism": ReportFormat(_file(ExercismReporter), True, "Exercism test-runner results.json (version 3)"),
    "gradescope": ReportFormat(_file(GradescopeReporter), True, "Gradescope autograder results.json"),
    "github": ReportFormat(GithubReporter, False, "GitHub Actions annotations, and a job summary to PATH or $GITHUB_STEP_SUMMARY"),
}


@dataclass(frozen=True)
class ReportSpec:
    name: str
    path: Path | None

    def __str__(self) -> str:
        return f"{self.name}={self.path}" if self.path else self.name


def parse_report(spec: str) -> ReportSpec:
    """'junit=out/junit.xml' -> ReportSpec('junit', Path('out/junit.xml'))."""
    name, has_path, path = spec.partition("=")
    form = REPORTS.get(name.strip())
    if form is None:
        raise UsageError(f"unknown report '{name}' in --report {spec} (one of {', '.join(REPORTS)})")
    if has_path and not path:
        raise UsageError(f"--report {spec}: the path after '=' is empty")
    if form.needs_path and not path:
        raise UsageError(f"--report {name} needs a file: --report {name}=PATH")
    return ReportSpec(name.strip(), Path(path) if path else None)


def make_reporters(specs: Iterable[ReportSpec]) -> list[Reporter]:
    specs = list(specs)
    paths = [s.path.resolve() for s in specs if s.path is not None]
    clash = next((p for p in paths if paths.count(p) > 1), None)
    if clash is not None:
        raise UsageError(f"two reports would write {clash}")
    return [REPORTS[s.name].make(s.path) for s in specs]

"""`judge init-practice`: a repository a candidate can fork.

Per problem: its statement, starter code and visible tests, in `<slug>/`, as
`judge start` lays them out.  Hidden tests, references and wrong solutions
are never copied: only `statement.md`, `starter/` and `tests/` are read.
Beside them: a README, `judge.toml`, and a GitHub Actions workflow that
installs judge and runs `judge grade` on every push.
"""

from __future__ import annotations

from pathlib import Path

from judge.errors import UsageError
from judge.practice import templates
from judge.practice.discover import CONFIG_NAME
from judge.practice.templates import CiOptions
from judge.problem.model import Problem


def init_practice(target: Path, problems: list[Problem], ci: CiOptions, *, force: bool = False) -> list[Path]:
    """Write the practice repo into `target`; returns the files written."""
    if not problems:
        raise UsageError("no problem matches: `judge list` shows the bank")
    if target.exists() and not target.is_dir():
        raise UsageError(f"{target} exists and is not a folder")
    copies = [pair for problem in problems for pair in _problem_files(problem, target)]
    texts = [
        (target / "README.md", templates.readme(problems, ci)),
        (target / CONFIG_NAME, templates.config(problems)),
        (target / templates.WORKFLOW_PATH, templates.workflow(ci)),
        (target / ".gitignore", templates.GITIGNORE),
    ]
    written = [dst for _, dst in copies] + [dst for dst, _ in texts]
    clashes = [path for path in written if path.exists()]
    if clashes and not force:
        raise UsageError(f"{clashes[0]} already exists (use --force to overwrite)")
    for src, dst in copies:
        dst.parent.mkdir(parents=True, exist_ok=True)
        dst.write_bytes(src.read_bytes())
    for dst, text in texts:
        dst.parent.mkdir(parents=True, exist_ok=True)
        dst.write_text(text, encoding="utf-8")
    return written


def _problem_files(problem: Problem, target: Path) -> list[tuple[Path, Path]]:
    folder = target / problem.slug
    starter = [(f, folder / f.name) for f in sorted(problem.starter.parent.iterdir()) if f.is_file()]
    tests = [(f, folder / "tests" / f.name) for f in sorted(problem.tests_dir.glob("*.py"))]
    return [*starter, (problem.statement, folder / "statement.md"), *tests]

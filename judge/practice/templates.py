"""The files `judge init-practice` writes besides the problems: README, CI workflow, judge.toml."""

from __future__ import annotations

import shlex
from dataclasses import dataclass

from judge.practice.discover import CONFIG_NAME
from judge.problem.model import Problem

WORKFLOW_PATH = ".github/workflows/judge.yml"
JUNIT_FILE = "judge-junit.xml"
JSON_FILE = "judge-results.json"
DEFAULT_REQUIREMENT = "judge"


@dataclass(frozen=True)
class CiOptions:
    """How the practice repo's CI installs judge and grades."""

    requirement: str = DEFAULT_REQUIREMENT  # what `pip install` gets: a name, a version pin, git+URL, a wheel URL
    sandbox: str = "local"  # the candidate's own code in their own CI: rlimits are enough
    min_score: float | None = None
    python: str = "3.12"

    def grade_command(self) -> list[str]:
        """`judge grade` as CI runs it, and as the README tells the candidate to."""
        command = ["judge", "grade", "--sandbox", self.sandbox]
        if self.min_score is not None:
            command += ["--min-score", f"{self.min_score:g}"]
        return [*command, "--report", "github", "--report", f"junit={JUNIT_FILE}", "--report", f"json={JSON_FILE}"]


def workflow(ci: CiOptions) -> str:
    install_note = (
        "      # judge is not on PyPI: point this at where yours comes from, e.g.\n"
        '      #   python -m pip install "git+https://example.org/you/judge@v0.1.0"\n'
        "      # (judge init-practice --judge-requirement SPEC writes it for you)\n"
        if ci.requirement == DEFAULT_REQUIREMENT
        else ""
    )
    return f"""\
# Grades every solution in this repository on each push: visible and hidden
# tests, in a sandbox. Written by `judge init-practice`; edit freely.
name: judge

"on":  # quoted: YAML 1.1 readers take a bare `on` for true
  push:
  pull_request:
  workflow_dispatch:

jobs:
  grade:
    runs-on: ubuntu-latest
    timeout-minutes: 30
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "{ci.python}"
{install_note}      - name: Install judge
        run: |
          python -m pip install {shlex.quote(ci.requirement)}
      - name: Grade
        run: |
          {shlex.join(ci.grade_command())}
      - name: Keep the reports
        if: always()
        uses: actions/upload-artifact@v4
        with:
          name: judge-reports
          path: |
            {JUNIT_FILE}
            {JSON_FILE}
          if-no-files-found: ignore
"""


def readme(problems: list[Problem], ci: CiOptions) -> str:
    rows = "\n".join(
        f"| {p.title} | {p.difficulty} | [{p.slug}/{p.filename}]({p.slug}/{p.filename}) | [statement]({p.slug}/statement.md) |"
        for p in problems
    )
    first = problems[0]
    return f"""\
# Practice problems

Solve each problem in its folder and push: CI grades every solution against
the judge's tests, the visible ones in each `tests/` folder and hidden ones
you will not see. A failing hidden case tells its category ("empty input",
"duplicates"), never its data; a failing property shows the smallest input
that breaks your code.

| problem | difficulty | solution | |
| --- | --- | --- | --- |
{rows}

## Working on a problem

1. Read `{first.slug}/statement.md`.
2. Write your solution in `{first.slug}/{first.filename}`. Until you change it,
   it is the starter code, and grading reports the problem as *unsolved*.
3. Run the visible tests: `judge test {first.slug} {first.slug}/{first.filename}`
4. Grade everything, hidden tests included, as CI does:

   ```sh
   {shlex.join(ci.grade_command())}
   ```

   It prints a table, writes the reports, and exits 0 only when
   {"every problem is accepted" if ci.min_score is None else f"the score is at least {ci.min_score:.0%}"}.

## CI

`{WORKFLOW_PATH}` installs judge (`python -m pip install {ci.requirement}`)
and runs the command above on every push: failures show as annotations on
your code and in the job summary; `{JUNIT_FILE}` and `{JSON_FILE}` are kept as
artifacts.

`{CONFIG_NAME}` tells `judge grade` where each solution lives; without it,
`judge grade` looks for `<problem>/{first.filename}` folders.
"""


def config(problems: list[Problem]) -> str:
    lines = "\n".join(f'{p.slug} = "{p.slug}/{p.filename}"' for p in problems)
    return f"""\
# Where `judge grade` finds each solution: problem = path from this folder.
[problems]
{lines}
"""


GITIGNORE = f"""\
__pycache__/
*.pyc
.hypothesis/
{JUNIT_FILE}
{JSON_FILE}
"""

"""The files `judge init-practice` writes besides the problems: README, CI workflow, judge.toml."""

from __future__ import annotations

import shlex
from dataclasses import dataclass

from judge.practice.discover import CONFIG_NAME
from judge.problem.model import Problem

WORKFLOW_PATH = ".github/workflows/judge.yml"
JUNIT_FILE = "judge-junit.xml"
JSON_FILE = "judge-results.json"
# The distribution's name on the package index (`judge` there is someone
# else's project); the command and the import package are `judge`.
DISTRIBUTION = "judge-hidden-tests"
DEFAULT_REQUIREMENT = DISTRIBUTION
# The actions the workflow uses, pinned by commit (a tag can be moved; a
# commit cannot), with the release each commit is.
ACTIONS = {
    "checkout": ("actions/checkout", "3d3c42e5aac5ba805825da76410c181273ba90b1", "v7.0.1"),
    "setup-python": ("actions/setup-python", "5fda3b95a4ea91299a34e894583c3862153e4b97", "v7.0.0"),
    "upload-artifact": ("actions/upload-artifact", "bbbca2ddaa5d8feaa63e36b76fdaad77386f024f", "v7.0.0"),
}


@dataclass(frozen=True)
class CiOptions:
    """How the practice repo's CI installs judge and grades."""

    requirement: str = DEFAULT_REQUIREMENT  # what `pip install` gets: a name, a version pin, git+URL, a wheel URL
    # Docker: the bank judge installs holds the hidden tests and references,
    # and the local sandbox is no boundary: a solution could read and call them.
    sandbox: str = "docker"
    min_score: float | None = None
    python: str = "3.12"

    def grade_command(self) -> list[str]:
        """`judge grade` as CI runs it, and as the README tells the candidate to."""
        command = ["judge", "grade", "--sandbox", self.sandbox]
        if self.sandbox == "local":
            command.append("--allow-unsafe-local")  # asked for at init-practice: judge grade refuses it on CI otherwise
        if self.min_score is not None:
            command += ["--min-score", f"{self.min_score:g}"]
        return [*command, "--report", "github", "--report", f"junit={JUNIT_FILE}", "--report", f"json={JSON_FILE}"]


def uses(action: str) -> str:
    """`actions/checkout@<commit>  # v7.0.1`: pinned, and still readable."""
    name, commit, version = ACTIONS[action]
    return f"{name}@{commit}  # {version}"


def workflow(ci: CiOptions) -> str:
    install_note = (
        f"      # {DISTRIBUTION} is judge's name on the package index; to install it from\n"
        '      # elsewhere, e.g. a fork:  python -m pip install "git+https://example.org/you/judge@v0.1.0"\n'
        "      # (judge init-practice --judge-requirement SPEC writes it for you)\n"
        if ci.requirement == DEFAULT_REQUIREMENT
        else ""
    )
    build = (
        "      - name: Build the sandbox image (from the runner's own apt mirror, no registry)\n"
        "        run: |\n"
        '          sudo "$(command -v judge)" sandbox build\n'
        if ci.sandbox == "docker"
        else "      # The local sandbox is no boundary: a solution can read the hidden tests\n"
        "      # and the references installed with judge. Grade with --sandbox docker.\n"
    )
    return f"""\
# Grades every solution in this repository on each push: visible and hidden
# tests, in a sandbox. Written by `judge init-practice`; edit freely.
name: judge

"on":  # quoted: YAML 1.1 readers take a bare `on` for true
  push:
  pull_request:
  workflow_dispatch:

# The job reads the repository and nothing else.
permissions:
  contents: read

# A newer push to the same branch makes an older grading moot.
concurrency:
  group: judge-${{{{ github.ref }}}}
  cancel-in-progress: true

jobs:
  grade:
    name: Grade the solutions
    runs-on: ubuntu-latest
    timeout-minutes: 30
    steps:
      - uses: {uses("checkout")}
        with:
          persist-credentials: false  # no token left in .git for later steps or artifacts
      - uses: {uses("setup-python")}
        with:
          python-version: "{ci.python}"
{install_note}      - name: Install judge
        run: |
          python -m pip install {shlex.quote(ci.requirement)}
{build}      - name: Grade
        run: |
          {shlex.join(ci.grade_command())}
      - name: Keep the reports
        if: always()
        uses: {uses("upload-artifact")}
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
   The Docker sandbox needs its image once: `sudo judge sandbox build`. On
   your own machine `judge grade --sandbox local` grades the same way without
   Docker: it is your own code, and the local sandbox is no security boundary.

## CI

`{WORKFLOW_PATH}` installs judge (`python -m pip install {ci.requirement}`),
builds the sandbox image and runs the command above on every push: failures
show as annotations on your code and in the job summary; `{JUNIT_FILE}` and
`{JSON_FILE}` are kept as artifacts.

The hidden tests come with judge itself (its bank of problems is whole), so
this repo is for honest practice: CI grades in the Docker sandbox, where your
code cannot reach them, but they are not secret from you. Graded coursework
with secret tests is graded elsewhere, on the instructor's side.

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

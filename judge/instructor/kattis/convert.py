"""A read Kattis package written out as an io problem folder of the bank.

Submissions: the first accepted Python 3 one is the reference, other
accepted ones go to wrong/AC/ (they must be accepted too), the others to
wrong/<VERDICT>/ by their folder.  Submissions in other languages (and
Python that does not compile as Python 3) are kept in waiting/<folder>/
until their language has a runner.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from judge.errors import ProblemFormatError, UsageError
from judge.instructor.kattis.package import Package, Refused, Submission
from judge.instructor.kattis.statement import statement_markdown
from judge.programs.validator import build_validator
from judge.verdicts import Verdict

STARTER = """import sys

# Read the input from standard input and print the answer to standard output.
data = sys.stdin.read()
"""
MIB_TO_KIB = 1024


@dataclass
class Imported:
    """What one package became, for the summary."""

    slug: str
    folder: Path
    reference: str = ""
    wrong: list[str] = field(default_factory=list)  # "wrong/WA/x.py"
    waiting: list[str] = field(default_factory=list)  # "waiting/accepted/x.cc"
    notes: list[str] = field(default_factory=list)


def slug_of(package: Package) -> str:
    return re.sub(r"[^a-z0-9]+", "-", package.root.name.lower()).strip("-") or "problem"


def write_problem(package: Package, bank: Path) -> Imported:
    """Write the problem folder; nothing is left behind if any step fails."""
    slug = slug_of(package)
    folder = bank / slug
    if folder.exists():
        raise UsageError(f"{folder} exists already: not overwritten (remove it or import elsewhere)")
    python, waiting = _sorted_submissions(package)
    accepted = [s for s in python if s.verdict is Verdict.AC]
    if not accepted:
        raise Refused(package.root, "no accepted Python 3 submission to be the reference (other languages wait for their runners)")
    staging = bank / f".{slug}.importing"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        imported = _write(package, staging, slug, accepted[0], python, waiting)
        staging.rename(folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    imported.folder = folder
    return imported


def _write(package: Package, root: Path, slug: str, reference: Submission, python: list[Submission], waiting: list[Submission]) -> Imported:
    imported = Imported(slug, root)
    root.mkdir(parents=True)
    if (package.root / "data" / "sample").is_dir():
        shutil.copytree(package.root / "data" / "sample", root / "data" / "sample", ignore=_only_data)
    else:
        imported.notes.append("no samples: `judge test` has nothing to run; `judge submit` runs the secret data")
    shutil.copytree(package.root / "data" / "secret", root / "data" / "secret", ignore=_only_data)
    samples = sorted((root / "data" / "sample").glob("*.in"))
    (root / "statement.md").write_text(statement_markdown(package.statement, package.name, samples), encoding="utf-8")
    (root / "starter").mkdir()
    (root / "starter" / "solution.py").write_text(STARTER, encoding="utf-8")
    _place(reference.path, root / "reference" / "solution.py")
    imported.reference = f"{reference.folder}/{reference.path.name}"
    for submission in python:
        if submission is reference:
            continue
        assert submission.verdict is not None
        target = root / "wrong" / submission.verdict.name / submission.path.name
        _place(submission.path, target)
        imported.wrong.append(target.relative_to(root).as_posix())
    for submission in waiting:
        target = root / "waiting" / submission.folder / submission.path.name
        _place(submission.path, target)
        imported.waiting.append(target.relative_to(root).as_posix())
    checker = _checker_table(package, root, imported)
    (root / "problem.toml").write_text(_problem_toml(package, checker, imported), encoding="utf-8")
    return imported


def _only_data(folder: str, names: list[str]) -> list[str]:
    """Only .in/.ans files and folders: hints, descriptions and images stay behind."""
    return [n for n in names if not (Path(folder, n).is_dir() or n.endswith((".in", ".ans")))]


def _place(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if source.is_dir():
        shutil.copytree(source, target)
    else:
        shutil.copyfile(source, target)


def _sorted_submissions(package: Package) -> tuple[list[Submission], list[Submission]]:
    """(Python 3 submissions in a verdict folder, everything else)."""
    python, waiting = [], []
    for submission in package.submissions:
        if submission.verdict is not None and submission.path.suffix == ".py" and _compiles(submission.path):
            python.append(submission)
        else:
            waiting.append(submission)
    return python, waiting


def _compiles(path: Path) -> bool:
    """Python 3 source?  (Compiled only, never run.)  Python 2 waits for a runner of its own."""
    try:
        compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        return False
    return True


def _checker_table(package: Package, root: Path, imported: Imported) -> str:
    """[checker]: the validator program (built now, so a broken one fails the import), or the default's flags."""
    if package.validator is not None:
        build_validator(package.validator)  # now, from the package: an error names its file (the build is cached)
        target = root / "output_validator"
        _place(package.validator, target if package.validator.is_dir() else target / package.validator.name)
        if package.flags:
            imported.notes.append(f"validator flags {' '.join(package.flags)} are not passed to the validator")
        return '[checker]\nvalidator = "output_validator"   # a Kattis output validator: exit 42 accepts, 43 rejects\n'
    lines = ["[checker]", "case_sensitive = " + ("true" if "case_sensitive" in package.flags else "false") + "   # Kattis's default"]
    tolerance = _tolerance(package.flags, package.root)
    if tolerance is not None:
        lines.append(f"float_tolerance = {tolerance!r}")
    if "space_change_sensitive" in package.flags:
        imported.notes.append("space_change_sensitive is not enforced: any whitespace separates tokens")
    return "\n".join(lines) + "\n"


def _tolerance(flags: list[str], root: Path) -> float | None:
    names = ("float_tolerance", "float_absolute_tolerance", "float_relative_tolerance")
    values = []
    for index, flag in enumerate(flags):
        if flag in names:
            try:
                values.append(float(flags[index + 1]))
            except (IndexError, ValueError):
                raise ProblemFormatError(root / "problem.yaml", f"validator flag {flag} needs a number") from None
    return max(values) if values else None


def _problem_toml(package: Package, checker: str, imported: Imported) -> str:
    topics = package.keywords or ["imported"]
    lines = [
        f"title = {json.dumps(package.name)}",
        'difficulty = "medium"   # Kattis packages do not say: set it',
        f"topics = {json.dumps(topics)}",
        'kind = "io"',
        "",
    ]
    limits = _limits(package)
    if "time" not in limits:
        imported.notes.append(
            "no time limit in the package (Kattis derives one from its accepted submissions): `judge validate --calibrate` sets one"
        )
    if limits:
        lines += ["[limits]", *(f"{key} = {value!r}" for key, value in limits.items()), ""]
    imported.notes.append("difficulty set to medium: edit problem.toml")
    return "\n".join(lines).rstrip("\n") + "\n\n" + checker


def _limits(package: Package) -> dict[str, float | int]:
    limits: dict[str, float | int] = {}
    raw = package.limits
    timelimit = package.root / ".timelimit"
    seconds = raw.get("time_limit")
    if seconds is None and timelimit.is_file():
        seconds = timelimit.read_text(encoding="utf-8").strip()
    try:
        if seconds is not None and float(seconds) > 0:
            limits["time"] = float(seconds)
    except ValueError:
        raise ProblemFormatError(timelimit, f"not a number of seconds: {seconds!r}") from None
    for key, ours, scale in (("memory", "memory", 1), ("output", "output", MIB_TO_KIB)):
        value = raw.get(key)
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                raise ProblemFormatError(package.root / "problem.yaml", f"field 'limits.{key}': must be a positive whole number of MiB")
            limits[ours] = value * scale
    return limits

"""The parts of the folder format only io problems have: data files and [checker].

An io problem's cases are files: `data/sample/<name>.in` with its `.ans`
(visible, shown in full when they fail) and `data/secret/**/<name>.in|.ans`
(hidden).  A hidden case's category is, first found: `[cases.<name>]`,
`[cases.<subfolder>]`, the subfolder's own name, else "secret data".
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge.errors import ProblemFormatError
from judge.problem.model import CaseInfo, OutputCheck, Problem

CHECKER_KEYS = ("float_tolerance", "case_sensitive", "validator")
DEFAULT_CATEGORY = "secret data"


@dataclass(frozen=True)
class DataCase:
    """One input file and its answer."""

    name: str  # "sample/1", "secret/large/03": the path under data/, without the suffix
    input: Path
    answer: Path
    hidden: bool
    info: CaseInfo

    @property
    def size(self) -> int:
        return self.input.stat().st_size


def output_check(toml_path: Path, raw: Any) -> OutputCheck:
    """The [checker] table: how the default checker compares, or which validator program decides."""
    if not isinstance(raw, dict):
        raise ProblemFormatError(toml_path, "field 'checker': must be a table")
    unknown = sorted(set(raw) - set(CHECKER_KEYS))
    if unknown:
        raise ProblemFormatError(toml_path, f"field 'checker.{unknown[0]}': unknown field (known: {', '.join(CHECKER_KEYS)})")
    tolerance = raw.get("float_tolerance")
    if tolerance is not None and (
        isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or not math.isfinite(tolerance) or tolerance < 0
    ):
        raise ProblemFormatError(toml_path, "field 'checker.float_tolerance': must be a number >= 0")
    sensitive = raw.get("case_sensitive", True)
    if not isinstance(sensitive, bool):
        raise ProblemFormatError(toml_path, "field 'checker.case_sensitive': must be true or false")
    validator = raw.get("validator")
    if validator is not None and (
        not isinstance(validator, str) or not validator.strip() or Path(validator).is_absolute() or ".." in Path(validator).parts
    ):
        raise ProblemFormatError(toml_path, "field 'checker.validator': a folder inside the problem, like 'output_validator'")
    return OutputCheck(None if tolerance is None else float(tolerance), sensitive, validator)


def data_cases(problem: Problem, hidden: bool) -> list[DataCase]:
    """The samples, then (with `hidden`) the secret cases, each folder sorted by name."""
    cases = _cases_in(problem, problem.sample_dir, hidden=False)
    if hidden and problem.hidden_dir.is_dir():
        cases += _cases_in(problem, problem.hidden_dir, hidden=True)
    return cases


def _cases_in(problem: Problem, folder: Path, hidden: bool) -> list[DataCase]:
    found = []
    for path in sorted(folder.rglob("*.in")):
        relative = path.relative_to(problem.root / "data").with_suffix("").as_posix()
        info = _info(problem, path.relative_to(folder)) if hidden else CaseInfo()
        found.append(DataCase(relative, path, path.with_suffix(".ans"), hidden, info))
    return found


def _info(problem: Problem, relative: Path) -> CaseInfo:
    """[cases.<name>] first, then [cases.<subfolder>], then the subfolder's name."""
    stem = relative.with_suffix("").as_posix()
    subfolder = relative.parts[0] if len(relative.parts) > 1 else None
    for key in (stem, relative.stem, subfolder):
        if key is not None and key in problem.cases:
            info = problem.cases[key]
            return info if info.category else CaseInfo(subfolder or DEFAULT_CATEGORY, info.points)
    return CaseInfo(subfolder or DEFAULT_CATEGORY)


def io_errors(problem: Problem) -> list[ProblemFormatError]:
    """What an io folder must hold: statement, starter, samples with answers,
    the reference when there are secret cases, one way to check output."""
    errors = [ProblemFormatError(path, "missing") for path in (problem.statement, problem.starter) if not path.is_file()]
    if not any(problem.sample_dir.glob("*.in")) and not any(problem.hidden_dir.rglob("*.in")):
        errors.append(
            ProblemFormatError(problem.root / "data", "missing: an io problem needs data/sample/*.in (or data/secret) with their .ans")
        )
    for folder in (problem.sample_dir, problem.hidden_dir):
        for path in sorted(folder.rglob("*.in")) if folder.is_dir() else []:
            if not path.with_suffix(".ans").is_file():
                errors.append(ProblemFormatError(path.with_suffix(".ans"), "missing: every .in needs its .ans"))
    if problem.has_hidden and not problem.reference.is_file():
        errors.append(ProblemFormatError(problem.reference, "missing: secret data needs the reference solution"))
    validator = problem.output_check.validator
    if validator is not None and not (problem.root / validator).exists():
        errors.append(ProblemFormatError(problem.root / validator, "missing: named by [checker] validator"))
    if validator is not None and problem.checker.is_file():
        errors.append(ProblemFormatError(problem.checker, "a checker.py and a [checker] validator: keep one"))
    return errors

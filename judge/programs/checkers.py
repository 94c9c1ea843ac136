"""How an io problem's output is judged, on the trusted side: its checker.py,
its output validator program, or the default token checker.

A checker that raises, or answers anything but AC/WA, is the judge's fault
(IE), never the candidate's.
"""

from __future__ import annotations

import importlib.util
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge.errors import ProblemFormatError
from judge.problem.model import Problem
from judge.programs.tokens import compare_tokens
from judge.programs.validator import build_validator
from judge.verdicts import Verdict

CheckFunction = Callable[[str, str, str], Any]


@dataclass(frozen=True)
class Judged:
    verdict: Verdict
    message: str


class Checker:
    """Judges one case: the input, the answer file, the program's output."""

    def __init__(self, problem: Problem):
        self.problem = problem
        self.function: CheckFunction | None = _load_function(problem.checker) if problem.checker.is_file() else None
        validator = problem.output_check.validator
        self.validator = build_validator(problem.root / validator) if validator is not None else None

    def judge(self, input_path: Path, answer_path: Path, output: str) -> Judged:
        if self.validator is not None:
            return Judged(*self.validator.judge(input_path, answer_path, output))
        expected = answer_path.read_text(encoding="utf-8", errors="replace")
        if self.function is None:
            return Judged(*compare_tokens(expected, output, self.problem.output_check))
        given = input_path.read_text(encoding="utf-8", errors="replace")
        return _call(self.function, given, expected, output)


def _load_function(path: Path) -> CheckFunction:
    spec = importlib.util.spec_from_file_location(f"judge_checker_{abs(hash(path))}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as exc:  # noqa: BLE001 - the setter's code: any fault is a format error, named
        raise ProblemFormatError(path, f"does not import: {type(exc).__name__}: {exc}") from None
    function = getattr(module, "check", None)
    if not callable(function):
        raise ProblemFormatError(path, "must define check(input: str, expected: str, output: str) -> Verdict | (Verdict, str)")
    return function  # type: ignore[no-any-return]


def _call(function: CheckFunction, given: str, expected: str, output: str) -> Judged:
    try:
        answer = function(given, expected, output)
    except Exception as exc:  # noqa: BLE001 - a checker that raises is the judge's fault
        where = traceback.format_exception(exc)[-2].strip() if exc.__traceback__ else ""
        return Judged(Verdict.IE, f"checker.py raised {type(exc).__name__}: {exc} ({where})")
    verdict, message = answer if isinstance(answer, tuple) and len(answer) == 2 else (answer, "")
    if verdict not in (Verdict.AC, Verdict.WA) or not isinstance(message, str):
        return Judged(Verdict.IE, f"checker.py returned {answer!r}: it must return Verdict.AC or Verdict.WA, or (verdict, message)")
    return Judged(verdict, message)

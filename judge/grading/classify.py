"""From the exception that ended a test to a verdict and a message."""

from __future__ import annotations

import builtins
import re
from dataclasses import dataclass

import pytest
from hypothesis.errors import HypothesisException

from judge.outcomes import CaseOver, NotDefined, raised_by_submission
from judge.verdicts import Verdict

MESSAGE_CAP = 2000
# pytest's hints about its own command-line flags, which mean nothing to
# someone reading a verdict.
PYTEST_FLAG_HINT = re.compile(r"^\s*Use -v to get more diff\n?|, use '?-vv'? to show", re.MULTILINE)


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    message: str  # for visible cases: the whole story
    hidden_message: str  # for hidden cases: no data from the test
    line: int | None = None


def judge_exception(exc: BaseException, phase: str) -> Judgement:
    """`phase` is pytest's: setup, call or teardown."""
    if isinstance(exc, BaseExceptionGroup):
        return max((judge_exception(e, phase) for e in exc.exceptions), key=lambda j: j.verdict.severity)
    if isinstance(exc, CaseOver):
        return Judgement(exc.verdict, exc.message, exc.message)
    if isinstance(exc, NotDefined):
        return Judgement(Verdict.CE, str(exc), str(exc))
    info = raised_by_submission(exc)
    if info is not None:
        where = f" at line {info.line}" if info.line else ""
        # A hidden case names only builtin exceptions: a class of the
        # submission's own could carry the hidden input in its name.
        shown = info.type_name if _standard(info.type_name) else "an exception of its own class"
        return Judgement(Verdict.RE, clip(f"raised {info}{where}"), f"raised {shown}{where}", info.line)
    if phase != "call" or isinstance(exc, HypothesisException):
        # Fixtures, collection and hypothesis' own complaints are the
        # problem's or the judge's doing, never the candidate's.
        return Judgement(Verdict.IE, clip(f"{type(exc).__name__}: {exc}"), "internal error in the test")
    if isinstance(exc, (AssertionError, pytest.fail.Exception)):
        lines = PYTEST_FLAG_HINT.sub("", str(exc)).splitlines()
        explanation = "\n".join(line for line in lines if line.strip())  # pytest's blank separators too
        return Judgement(Verdict.WA, clip(explanation or "wrong answer"), "wrong answer")
    # The test could not use what came back (len(None), a missing key...);
    # `judge validate` proves the tests pass with the reference, so it is
    # the answer's fault.
    text = f"the returned value could not be checked: {type(exc).__name__}: {exc}"
    return Judgement(Verdict.WA, clip(text), "wrong answer (the returned value has the wrong shape)")


# The standard library's exceptions of the other languages, named in hidden
# cases as Python's builtins are: a fixed set says no more than those do.
STANDARD_EXCEPTIONS = frozenset({
    # Java (java.lang, java.util)
    "NullPointerException", "ArrayIndexOutOfBoundsException", "IndexOutOfBoundsException", "StringIndexOutOfBoundsException",
    "NoSuchElementException", "ArithmeticException", "ClassCastException", "IllegalArgumentException", "IllegalStateException",
    "NumberFormatException", "UnsupportedOperationException", "ConcurrentModificationException", "NegativeArraySizeException",
    "StackOverflowError", "OutOfMemoryError", "EmptyStackException",
    # JavaScript
    "RangeError", "ReferenceError", "SyntaxError", "URIError", "EvalError", "AggregateError",
    # C++ (std::x travels as std.x)
    "std.out_of_range", "std.length_error", "std.invalid_argument", "std.bad_alloc", "std.logic_error",
    "std.runtime_error", "std.overflow_error", "std.bad_function_call", "std.bad_optional_access",
})  # fmt: skip


def _standard(type_name: str) -> bool:
    return isinstance(getattr(builtins, type_name, None), type) or type_name in STANDARD_EXCEPTIONS


def clip(text: str) -> str:
    return text if len(text) <= MESSAGE_CAP else text[: MESSAGE_CAP - 3] + "..."

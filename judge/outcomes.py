"""What a call into the sandbox can end in, as seen by test code.

`CaseOver` and its subclasses derive from BaseException, like pytest's own
outcomes: a test's `except Exception` cannot swallow a time-out, and
hypothesis stops at once instead of shrinking through repeated time-outs.
`SubmissionError` is an ordinary Exception: the submission raised it, and a
test may expect it (`pytest.raises(KeyError)` works, see `raised`).
"""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from judge.verdicts import Verdict


class CaseOver(BaseException):
    """The sandbox ended this case; the verdict is fixed."""

    verdict: ClassVar[Verdict] = Verdict.IE

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class TimeLimitExceeded(CaseOver):
    verdict = Verdict.TLE


class MemoryLimitExceeded(CaseOver):
    verdict = Verdict.MLE


class OutputLimitExceeded(CaseOver):
    verdict = Verdict.OLE


class RunnerCrashed(CaseOver):
    verdict = Verdict.RE


class LoadFailed(CaseOver):
    verdict = Verdict.CE

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


class HarnessFault(CaseOver):
    verdict = Verdict.IE


class SubmissionError(Exception):
    """An exception the submission raised, re-raised on the trusted side."""

    type_name: ClassVar[str] = "Exception"

    def __init__(self, message: str, traceback: str = "", line: int | None = None):
        super().__init__(message)
        self.message = message
        self.traceback = traceback
        self.line = line

    def __str__(self) -> str:
        return f"{self.type_name}: {self.message}" if self.message else self.type_name


_CLASSES: dict[str, type[SubmissionError]] = {}


def raised(type_name: str) -> type[SubmissionError]:
    """The trusted-side class for a submission exception named `type_name`.

    It also derives from the builtin of that name when there is one (so
    `except KeyError` works), but never from BaseException-only classes:
    a submission's SystemExit must not exit the judge.
    """
    cls = _CLASSES.get(type_name)
    if cls is None:
        base = getattr(builtins, type_name, None)
        bases: tuple[type, ...] = (SubmissionError,)
        if isinstance(base, type) and issubclass(base, Exception) and base is not Exception:
            bases = (SubmissionError, base)
        cls = _make_class(type_name, bases)
        _CLASSES[type_name] = cls
    return cls


def _make_class(type_name: str, bases: tuple[type, ...]) -> type[SubmissionError]:
    attrs: dict[str, Any] = {"type_name": type_name, "__module__": "judge.submission"}
    name = type_name.rsplit(".", 1)[-1]
    try:
        cls = type(name, bases, attrs)
        cls("probe")  # builtins with their own __init__ (UnicodeDecodeError) refuse one message
    except TypeError:
        cls = type(name, (SubmissionError,), attrs)
    return cls

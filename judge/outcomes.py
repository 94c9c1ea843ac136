"""What a call into the sandbox can end in, as seen by test code.

`CaseOver` and its subclasses derive from BaseException, like pytest's own
outcomes: a test's `except Exception` cannot swallow a time-out, and
hypothesis stops at once instead of shrinking through repeated time-outs.

An exception the submission raised is re-raised as what it was: a builtin
as the builtin class itself (`type(err) is ValueError`, with its args), a
class of the submission's own as a class of that name on the builtin bases
it derives from (`except BufferError` catches it).  Either way it carries a
`Raised` (`raised_by_submission`) with the message, line and trace for
reports.  Classes that are BaseException-only (SystemExit) come back as a
`SubmissionError` of that name: a submission must not exit the judge.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
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


class CannotCarry(HarnessFault):
    """A test passed a value the protocol cannot carry (nothing was sent)."""


class NotDefined(AttributeError):
    """A test asked the submission's module for a name it does not define:
    the submission's omission (CE), as a missing entry point is."""


@dataclass(frozen=True)
class Raised:
    """What the submission raised, as its runner described it."""

    type_name: str
    message: str
    traceback: str = ""
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.type_name}: {self.message}" if self.message else self.type_name


def raised_by_submission(exc: BaseException) -> Raised | None:
    info = getattr(exc, "judge_raised", None)
    return info if isinstance(info, Raised) else None


class SubmissionError(Exception):
    """An exception the submission raised, re-raised on the trusted side."""

    type_name: ClassVar[str] = "Exception"

    def __init__(self, message: str, traceback: str = "", line: int | None = None):
        super().__init__(message)
        self.message = message
        self.traceback = traceback
        self.line = line
        self.judge_raised = Raised(self.type_name, message, traceback, line)

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


_BUILT: dict[tuple[str, tuple[type, ...]], type[BaseException]] = {}
MAX_DEPTH = 16


def exception_class(type_name: str, classes: dict[str, list[str]], depth: int = 0) -> type[BaseException]:
    """The trusted-side class for the submission's exception class `type_name`.

    `classes` maps the submission's own classes to their bases' names.  A
    builtin is itself; an own class is made once per name and bases (so the
    class a test imports is the class its raise arrives as), on the bases'
    trusted classes; anything else is a judge-made class of that name."""
    builtin = getattr(builtins, type_name, None)
    if isinstance(builtin, type) and issubclass(builtin, BaseException):
        return builtin if issubclass(builtin, Exception) else raised(type_name)
    names = classes.get(type_name)
    if names is None or depth > MAX_DEPTH:
        return raised(type_name)
    bases = _most_derived([exception_class(b, classes, depth + 1) for b in names]) or (Exception,)
    key = (type_name, bases)
    if key not in _BUILT:
        _BUILT[key] = _own_class(type_name, bases)
    return _BUILT[key]


def _most_derived(classes: list[type[BaseException]]) -> tuple[type[BaseException], ...]:
    unique = list(dict.fromkeys(classes))
    return tuple(c for c in unique if not any(o is not c and issubclass(o, c) for o in unique))


def _own_class(type_name: str, bases: tuple[type[BaseException], ...]) -> type[BaseException]:
    module, _, qualname = type_name.rpartition(".")
    attrs: dict[str, Any] = {"__module__": module or "solution", "__qualname__": qualname, "__str__": _as_raised}
    for candidate in (bases, bases[:1], (Exception,)):
        try:
            return type(qualname.rsplit(".", 1)[-1], candidate, attrs)
        except TypeError:  # bases whose layouts conflict (two builtins with their own fields)
            continue
    raise AssertionError("unreachable: a class on Exception can always be made")


def _as_raised(exc: BaseException) -> str:
    """str() of the submission's own exception: what its own __str__ said."""
    info = raised_by_submission(exc)
    return info.message if info is not None else BaseException.__str__(exc)


def submission_exception(cls: type[BaseException], args: tuple[Any, ...] | None, info: Raised) -> BaseException:
    """An instance of `cls` as the submission raised it (its args when they
    came across), carrying `info` for reports."""
    if issubclass(cls, SubmissionError):
        return cls(info.message, info.traceback, info.line)
    exc: BaseException | None = None
    for attempt in (args, (info.message,) if info.message else ()):
        if attempt is None:
            continue
        try:
            exc = cls(*attempt)  # UnicodeDecodeError and friends refuse the wrong arity
            break
        except Exception:  # noqa: BLE001 - a builtin's constructor may refuse these args: try the next
            continue
    if exc is None:
        return raised(info.type_name)(info.message, info.traceback, info.line)
    exc.judge_raised = info  # type: ignore[attr-defined]
    return exc

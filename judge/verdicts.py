"""Verdicts: a closed set with a fixed display precedence."""

from __future__ import annotations

import enum
from collections.abc import Iterable


class Verdict(enum.Enum):
    AC = "accepted"
    WA = "wrong answer"
    RE = "runtime error"
    OLE = "output limit exceeded"
    MLE = "memory limit exceeded"
    TLE = "time limit exceeded"
    CE = "compilation error"
    IE = "internal error"

    @property
    def code(self) -> str:
        return self.name

    @property
    def severity(self) -> int:
        return _PRECEDENCE.index(self)


# Least to most severe: the submission's verdict is its most severe case's.
# Resource failures outrank RE and WA because they cut a case short; IE is
# the judge's own fault and outranks everything, so it is never hidden.
_PRECEDENCE = (Verdict.AC, Verdict.WA, Verdict.RE, Verdict.OLE, Verdict.MLE, Verdict.TLE, Verdict.CE, Verdict.IE)


def worst(verdicts: Iterable[Verdict]) -> Verdict:
    """The overall verdict: the most severe, or AC when there is nothing to blame."""
    return max(verdicts, key=lambda v: v.severity, default=Verdict.AC)


def parse(code: str) -> Verdict:
    """'WA' -> Verdict.WA; raises ValueError naming the valid codes."""
    try:
        return Verdict[code.upper()]
    except KeyError:
        valid = ", ".join(v.name for v in Verdict)
        raise ValueError(f"unknown verdict {code!r} (one of {valid})") from None

"""One check of `judge validate`: plain data, so it crosses process boundaries as it is."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# A wrong solution's summary when its grading stopped early (WrongSolution.settled): its score is of the cases run.
SETTLED = " (of the cases run: its checks were settled, the rest not run)"


@dataclass(frozen=True)
class Check:
    problem: str
    name: str
    ok: bool
    detail: str = ""
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)  # figures a command may act on

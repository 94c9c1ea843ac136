"""Grading with the local sandbox on CI: refused unless asked for by name.

A practice repo's CI installs judge, and with it the whole bank: hidden tests,
references and wrong solutions.  The local sandbox is a child process with
rlimits, no boundary: a solution graded there can find the installed bank,
import the reference and return its answers.  On a candidate's own machine
that only cheats the candidate; on CI, where a grade is read by others, it
must not pass unnoticed.
"""

from __future__ import annotations

import os

from judge.errors import UsageError
from judge.sandbox.base import Sandbox

ALLOW_FLAG = "--allow-unsafe-local"


def under_ci() -> bool:
    """CI sets CI (GitHub Actions, GitLab and most others: `true`)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def refuse_unsafe_local(chosen: Sandbox, allowed: bool) -> None:
    """Raise a usage error when `chosen` is the local sandbox on CI and it was not allowed."""
    if chosen.name != "local" or allowed or not under_ci():
        return
    raise UsageError(
        "refusing to grade in the local sandbox on CI (CI is set): it is no security boundary, and a solution "
        "graded there can read the hidden tests and references installed with judge; use --sandbox docker "
        f"(`sudo judge sandbox build` makes its image), or {ALLOW_FLAG} for code you trust"
    )

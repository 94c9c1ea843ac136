"""The environment as one thread sees it while others may change it: always a copy."""

from __future__ import annotations

import os


def snapshot() -> dict[str, str]:
    """os.environ copied whole, though another thread may be removing names.

    A copy walks the names and then reads each value; a name removed between
    the two raised KeyError in the copying thread.  Grading removes names
    while the judge's threads run (pytest drops PYTEST_CURRENT_TEST after
    every case, and the grading environment drops CI): in CI a runner being
    started ahead failed that way.  A copy that lost the race is taken again."""
    for _ in range(SNAPSHOT_ATTEMPTS - 1):
        try:
            return dict(os.environ)
        except KeyError:
            continue
    return dict(os.environ)


SNAPSHOT_ATTEMPTS = 100  # each copy takes microseconds; losing this many races in a row does not happen


def for_child() -> dict[str, str]:
    """A copy of os.environ, to pass as a child's `env`.

    Without `env`, the child's exec reads the C library's `environ` array,
    which another thread may be reallocating at that moment: grading sets the
    environment pytest sees (judge/grading/grade.py) while a background thread
    runs a toolchain.  In CI, exec then failed with EFAULT ("Bad address") on
    /usr/bin/go.  A copy is built into an array of the child's own first."""
    return snapshot()

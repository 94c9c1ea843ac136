"""The environment a child process is given: always a copy."""

from __future__ import annotations

import os


def for_child() -> dict[str, str]:
    """A copy of os.environ, to pass as a child's `env`.

    Without `env`, the child's exec reads the C library's `environ` array,
    which another thread may be reallocating at that moment: grading sets the
    environment pytest sees (judge/grading/grade.py) while a background thread
    runs a toolchain.  In CI, exec then failed with EFAULT ("Bad address") on
    /usr/bin/go.  A copy is built into an array of the child's own first.

    The copy itself walks the names and then reads each value; a name
    removed between the two (pytest drops PYTEST_CURRENT_TEST after every
    case, grading drops CI) raised KeyError in the copying thread.  A copy
    that lost that race is taken again."""
    for _ in range(COPY_ATTEMPTS - 1):
        try:
            return dict(os.environ)
        except KeyError:
            continue
    return dict(os.environ)


COPY_ATTEMPTS = 100  # each copy takes microseconds; losing this many races in a row does not happen

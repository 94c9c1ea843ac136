"""One exception root for the judge; the exit code lives on the class.

Only the CLI turns these into exits.  Verdicts are not errors: a submission
that fails is a result (exit 1), not an exception.
"""

from __future__ import annotations


class JudgeError(Exception):
    """Root of every error the judge reports to a user in one line."""

    exit_code = 3


class UsageError(JudgeError):
    """Bad command-line input: a missing file, an unknown problem."""

    exit_code = 2


class ProblemFormatError(JudgeError):
    """A problem folder that breaks the format; the message names file and field."""

    exit_code = 2

    def __init__(self, path: object, message: str):
        super().__init__(f"{path}: {message}")
        self.path = path


class ProblemFormatErrors(ProblemFormatError):
    """Every error found in one problem folder, on one line: a setter fixes them all in one run."""

    def __init__(self, errors: list[ProblemFormatError]):
        JudgeError.__init__(self, "; ".join(str(e) for e in errors))
        self.path = errors[0].path
        self.errors = errors


class SandboxUnavailable(JudgeError):
    """The sandbox asked for cannot be used here (no engine, no image)."""

    exit_code = 2


class InternalError(JudgeError):
    """The judge's own fault."""

    exit_code = 3

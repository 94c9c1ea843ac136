"""A test file that does not load: one result for the file, and whose fault it is.

The problem's tests are proved against the reference by `judge validate`, so
a file that fails to import is the problem's (or the judge's) fault: IE,
with the reason for a visible file and none for a hidden one (its source
could show in the reason).  One exception: the file imports a name the
submission does not define (`from solution import BufferFullException`),
which is the submission's doing: CE, naming what is missing.
"""

from __future__ import annotations

from collections.abc import Iterable

from judge.results import CaseResult
from judge.verdicts import Verdict

HIDDEN_PREFIX = "hidden/"


def collection_case(error: str, missing: Iterable[str], module: str) -> CaseResult:
    """`error` is "nodeid: reason" as the plugin recorded it; `missing` the
    names tests asked the submission's module for that it does not define."""
    nodeid, _, reason = error.partition(": ")
    visibility = "hidden" if nodeid.startswith(HIDDEN_PREFIX) else "visible"
    absent = next((name for name in sorted(missing) if f"'{name}'" in reason), None)
    if absent is not None:
        message = f"the tests import {absent!r} from {module}, which the submission does not define"
        return CaseResult(nodeid, visibility, "", Verdict.CE, message, 1.0)
    if visibility == "hidden":
        message = "a hidden test file could not be loaded (the problem's fault, not the submission's)"
    else:
        cause = reason.strip().removeprefix("E ").strip()  # pytest marks its error lines with E
        message = f"the test file could not be loaded (the problem's fault, not the submission's): {cause}"
    return CaseResult(nodeid, visibility, "", Verdict.IE, message, 1.0)

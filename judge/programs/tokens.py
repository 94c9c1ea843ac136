"""The default checker: whitespace-insensitive tokens, numbers within a tolerance when one is set."""

from __future__ import annotations

import math

from judge.problem.model import OutputCheck
from judge.verdicts import Verdict

SHOWN = 40  # characters of a token quoted in a message


def compare_tokens(expected: str, output: str, settings: OutputCheck) -> tuple[Verdict, str]:
    """AC when the output's tokens are the answer's, in order; else WA and the first difference."""
    wanted, got = expected.split(), output.split()
    for index, (want, have) in enumerate(zip(wanted, got, strict=False), start=1):
        if not _same(want, have, settings):
            return Verdict.WA, f"token {index}: expected {_quote(want)}, got {_quote(have)}"
    if len(got) < len(wanted):
        return Verdict.WA, f"the output ended after {len(got)} tokens; {len(wanted)} expected (next: {_quote(wanted[len(got)])})"
    if len(got) > len(wanted):
        return Verdict.WA, f"more output than expected: {len(got)} tokens, {len(wanted)} expected (extra: {_quote(got[len(wanted)])})"
    return Verdict.AC, ""


def _same(want: str, have: str, settings: OutputCheck) -> bool:
    if want == have or (not settings.case_sensitive and want.casefold() == have.casefold()):
        return True
    tolerance = settings.float_tolerance
    if tolerance is None:
        return False
    a, b = _number(want), _number(have)
    if a is None or b is None:
        return False
    # Within either tolerance, as Kattis's default validator reads float_tolerance.
    return abs(a - b) <= tolerance or abs(a - b) <= tolerance * abs(a)


def _number(token: str) -> float | None:
    try:
        value = float(token)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _quote(token: str) -> str:
    return repr(token if len(token) <= SHOWN else token[:SHOWN] + "...")

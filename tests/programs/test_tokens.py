"""The default checker: tokens alike whatever the whitespace; numbers within float_tolerance."""

from __future__ import annotations

import pytest

from judge.problem.model import OutputCheck
from judge.programs.tokens import compare_tokens
from judge.verdicts import Verdict

EXACT = OutputCheck()
LOOSE = OutputCheck(float_tolerance=1e-6)


@pytest.mark.parametrize(
    ("expected", "output", "settings", "verdict", "message"),
    [
        ("1 2\n3\n", "1\n2   3", EXACT, Verdict.AC, ""),
        ("1 2 3", "1 2 4", EXACT, Verdict.WA, "token 3: expected '3', got '4'"),
        ("1 2 3", "1 2", EXACT, Verdict.WA, "the output ended after 2 tokens; 3 expected (next: '3')"),
        ("1 2", "1 2 3", EXACT, Verdict.WA, "more output than expected: 3 tokens, 2 expected (extra: '3')"),
        ("", "", EXACT, Verdict.AC, ""),
        ("Yes", "yes", EXACT, Verdict.WA, "token 1: expected 'Yes', got 'yes'"),
        ("Yes", "yes", OutputCheck(case_sensitive=False), Verdict.AC, ""),
        ("0.3333333", "0.33333331", EXACT, Verdict.WA, "token 1: expected '0.3333333', got '0.33333331'"),
        ("0.3333333", "0.33333331", LOOSE, Verdict.AC, ""),  # absolute error
        ("1000000000", "1000000500", LOOSE, Verdict.AC, ""),  # relative error, 5e-7
        ("1000000000", "1000002000", LOOSE, Verdict.WA, "token 1: expected '1000000000', got '1000002000'"),
        ("1.5", "1.5e0", LOOSE, Verdict.AC, ""),
        ("1.5", "abc", LOOSE, Verdict.WA, "token 1: expected '1.5', got 'abc'"),
        ("inf", "inf", LOOSE, Verdict.AC, ""),  # alike as tokens
        ("1", "nan", LOOSE, Verdict.WA, "token 1: expected '1', got 'nan'"),
    ],
)
def test_compare_tokens(expected: str, output: str, settings: OutputCheck, verdict: Verdict, message: str) -> None:
    assert compare_tokens(expected, output, settings) == (verdict, message)


def test_a_long_token_is_cut_in_the_message() -> None:
    verdict, message = compare_tokens("a", "b" * 1000, EXACT)
    assert verdict is Verdict.WA and len(message) < 100

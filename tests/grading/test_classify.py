"""What a failed test's exception becomes: verdict and message."""

from __future__ import annotations

import pytest

from judge.grading.classify import judge_exception
from judge.outcomes import NotDefined, Raised, exception_class, submission_exception
from judge.verdicts import Verdict

# pytest's own explanations, as it writes them; the judge's reader has no -v to give.
EXPLANATIONS = [
    (
        "assert [] == [[-2, -3]]\n  \n  Right contains one more item: [-2, -3]\n  Use -v to get more diff",
        "assert [] == [[-2, -3]]\n  Right contains one more item: [-2, -3]",
    ),
    (
        "assert {1: 2} == {1: 3}\n  \n  Omitting 6 identical items, use -vv to show\n  Differing items:\n  {1: 2} != {1: 3}\n"
        "  ...Full output truncated (3 lines hidden), use '-vv' to show",
        "assert {1: 2} == {1: 3}\n  Omitting 6 identical items\n  Differing items:\n  {1: 2} != {1: 3}\n"
        "  ...Full output truncated (3 lines hidden)",
    ),
    ("", "wrong answer"),
]


@pytest.mark.parametrize(("explanation", "message"), EXPLANATIONS)
def test_a_failed_assertion_is_wa_without_pytests_flag_hints(explanation: str, message: str) -> None:
    judgement = judge_exception(AssertionError(explanation), "call")
    assert judgement.verdict is Verdict.WA
    assert judgement.message == message
    assert judgement.hidden_message == "wrong answer"


def test_a_failing_fixture_is_the_judges_fault() -> None:
    assert judge_exception(KeyError("x"), "setup").verdict is Verdict.IE


def test_an_unusable_answer_is_wa() -> None:
    judgement = judge_exception(TypeError("object of type 'NoneType' has no len()"), "call")
    assert judgement.verdict is Verdict.WA
    assert "NoneType" in judgement.message and "NoneType" not in judgement.hidden_message


def test_a_name_the_submission_does_not_define_is_ce() -> None:
    judgement = judge_exception(NotDefined("the tests use 'SCALE' from solution, which the submission does not define"), "call")
    assert judgement.verdict is Verdict.CE and "'SCALE'" in judgement.message and judgement.hidden_message == judgement.message


def test_what_the_submission_raised_is_re_and_hidden_cases_name_only_builtins() -> None:
    builtin = submission_exception(ValueError, ("secret 42",), Raised("ValueError", "secret 42", "", 3))
    judgement = judge_exception(builtin, "call")
    assert judgement.verdict is Verdict.RE and judgement.message == "raised ValueError: secret 42 at line 3"
    assert judgement.hidden_message == "raised ValueError at line 3"
    own = exception_class("solution.Secret42", {"solution.Secret42": ["ValueError"]})
    hidden = judge_exception(submission_exception(own, None, Raised("solution.Secret42", "x")), "call").hidden_message
    assert hidden == "raised an exception of its own class"


@pytest.mark.parametrize("name", ["NullPointerException", "NoSuchElementException", "RangeError", "std.out_of_range"])
def test_hidden_cases_name_the_other_languages_standard_exceptions(name: str) -> None:
    standard = exception_class(name, {name: ["RuntimeError"]})
    hidden = judge_exception(submission_exception(standard, None, Raised(name, "secret 42", "", 7)), "call").hidden_message
    assert hidden == f"raised {name} at line 7"

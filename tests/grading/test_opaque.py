"""Answers the judge cannot carry as values (a generator, an object of the submission's own)
show as their repr from the sandbox and say why they cannot be compared; hidden cases say
only what kind of object it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from judge.grading.opaque import VALUES
from tests.cli_support import SANDBOXES, assert_no_traceback, judge, usable
from tests.grading.test_explain import case_block

SUBMISSIONS = Path(__file__).parent / "opaque"
NOT_A_VALUE = f"is not a value the judge can compare: only {VALUES} come out of the sandbox"


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_generator_shows_as_one_and_says_why_it_fails(sandbox: str) -> None:
    result = judge("test", "two-sum", SUBMISSIONS / "returns_generator.py", "--sandbox", usable(sandbox))
    assert_no_traceback(result, 1)
    assert case_block(result.output, "test_first_example") == [
        "test_visible.py, line 10: assert two_sum([2, 7, 11, 15], 9) == [0, 1]",
        "two_sum([2, 7, 11, 15], 9) returned <generator object two_sum>; expected [0, 1]",
        f"a generator {NOT_A_VALUE}; return a list",
    ]
    assert "returned generator;" not in result.output and " object;" not in result.output


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_an_object_with_a_repr_shows_it_in_cases_and_in_the_smallest_failing_input(sandbox: str) -> None:
    result = judge("submit", "two-sum", SUBMISSIONS / "returns_pair.py", "--sandbox", usable(sandbox), "--no-complexity")
    assert_no_traceback(result, 1)
    assert case_block(result.output, "test_first_example")[1:] == [
        "two_sum([2, 7, 11, 15], 9) returned Pair(0, 1); expected [0, 1]",
        f"a Pair object {NOT_A_VALUE}; return a list",
    ]
    smallest = result.output.split("Smallest failing input", 1)[1].splitlines()
    assert smallest[1:4] == [
        "    pair = two_sum(nums=[], target=0)",
        "  expected: []",
        "  got:      Pair(-1, -1) (a Pair object, not a value the judge can compare)",
    ]
    # A hidden case names the kind of object (its class is the module's own, defined at load), not its repr.
    assert case_block(result.output, "hidden: test_duplicates (duplicates)") == [
        "wrong answer: the answer was a Pair object, not a value the judge can compare"
    ]


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_hidden_case_shows_no_class_name_made_from_its_input(sandbox: str) -> None:
    named = SUBMISSIONS / "class_named_after_its_input.py"
    result = judge("submit", "two-sum", named, "--sandbox", usable(sandbox), "--no-complexity", "--format", "json")
    assert_no_traceback(result, 1)
    cases = json.loads(result.output)["cases"]
    visible = next(case for case in cases if case["name"] == "test_first_example")
    assert "returned Seen2_7_11_15(); expected [0, 1]" in visible["message"]
    for case in cases:
        if case["visibility"] == "hidden" and case["category"] != "examples":  # the statement's examples are public
            assert "Seen" not in case["message"], case
            if case["name"] != "test_matches_reference":
                assert case["message"] == "wrong answer: the answer was an object of a class of its own, not a value the judge can compare"


def test_judge_run_shows_the_repr_and_says_it_cannot_be_compared() -> None:
    result = judge("run", "two-sum", SUBMISSIONS / "returns_generator.py", "--input", "[[3, 2, 4], 6]", "--sandbox", "local")
    assert_no_traceback(result, 1)
    answer = "<generator object two_sum> (a generator, not a value the judge can compare)"
    assert f"two_sum(nums=[3, 2, 4], target=6)  ->  {answer}" in result.output

"""`judge run SLUG FILE --input ARGS | --case N`: the candidate's code on their
own arguments, what it returned beside the reference's answer, and the time;
a bad input is a one-line usage error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_support import SANDBOXES, assert_no_traceback, judge, usable
from tests.conftest import BANK

TWO_SUM_REFERENCE = BANK / "two-sum" / "reference" / "solution.py"
TWO_SUM_WRONG = BANK / "two-sum" / "wrong" / "WA" / "ignores_negatives.py"
LRU_WRONG = BANK / "lru-cache" / "wrong" / "WA" / "get_does_not_refresh.py"
LRU_OPERATIONS = '["LRUCache","put","put","get","put","get"] [[2],[1,1],[2,2],[1],[3,3],[2]]'


def lines(output: str) -> list[str]:
    return [line.strip() for line in output.splitlines()]


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_their_answer_beside_the_references(sandbox: str) -> None:
    result = judge("run", "two-sum", TWO_SUM_WRONG, "--input", "[[-1, -2], -3]", "--sandbox", usable(sandbox))
    assert_no_traceback(result, 1)
    at = lines(result.output).index("two_sum(nums=[-1, -2], target=-3)  ->  []")
    assert lines(result.output)[at + 1] == "the reference: [0, 1]"
    assert "your answer differs from the reference's" in result.output
    assert "time: " in result.output and " ms in all" in result.output


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_class_operations_as_leetcode_writes_them(sandbox: str) -> None:
    result = judge("run", "lru-cache", LRU_WRONG, "--input", LRU_OPERATIONS, "--sandbox", usable(sandbox))
    assert_no_traceback(result, 1)
    shown = lines(result.output)
    assert shown[1:8] == [
        "lru_cache = LRUCache(capacity=2)",
        "lru_cache.put(key=1, value=1)  ->  None",
        "lru_cache.put(key=2, value=2)  ->  None",
        "lru_cache.get(key=1)  ->  1",
        "lru_cache.put(key=3, value=3)  ->  None",
        "lru_cache.get(key=2)  ->  2",
        "the reference: -1",
    ]


def test_same_answers_exit_0_and_python_literals_are_read() -> None:
    result = judge("run", "two-sum", TWO_SUM_REFERENCE, "--input", "([3, 2, 4], 6)", "--sandbox", "local")
    assert_no_traceback(result, 0)
    assert "the reference:" not in result.output
    pairs = '[("LRUCache", [1]), ("put", [1, 1]), ("get", [1])]'
    assert_no_traceback(
        judge("run", "lru-cache", BANK / "lru-cache" / "reference" / "solution.py", "--input", pairs, "--sandbox", "local"), 0
    )


def test_case_replays_the_statements_example() -> None:
    result = judge("run", "lru-cache", LRU_WRONG, "--case", "1", "--sandbox", "local")
    assert_no_traceback(result, 1)
    at = lines(result.output).index("lru_cache.get(key=2)  ->  2")
    assert lines(result.output)[at + 1] == "the reference: -1"
    result = judge("run", "two-sum", TWO_SUM_REFERENCE, "--case", "2", "--sandbox", "local")
    assert_no_traceback(result, 0)
    assert "two_sum(nums=[3, 2, 4], target=6)" in result.output


def test_trees_are_given_as_level_order_lists() -> None:
    reference = BANK / "clone-binary-tree" / "reference" / "solution.py"
    result = judge("run", "clone-binary-tree", reference, "--input", "[[1, 2, 3, null, 4]]", "--sandbox", "local")
    assert_no_traceback(result, 0)
    assert "clone_tree(root=tree([1, 2, 3, None, 4]))  ->  tree([1, 2, 3, None, 4])" in lines(result.output)
    assert "the reference:" not in result.output


def test_what_their_code_raised_is_shown(tmp_path: Path) -> None:
    mine = tmp_path / "mine.py"
    mine.write_text("def two_sum(nums, target):\n    return [nums.index(target - nums[0]), 0]\n")
    result = judge("run", "two-sum", mine, "--input", "[[1, 2], 9]", "--sandbox", "local")
    assert_no_traceback(result, 1)
    assert "raised ValueError: 8 is not in list (line 2)" in result.output


def test_a_file_that_does_not_load_is_told_as_graded(tmp_path: Path) -> None:
    mine = tmp_path / "mine.py"
    mine.write_text("def two_sum(nums, target)\n    return []\n")
    result = judge("run", "two-sum", mine, "--input", "[[1, 2], 3]", "--sandbox", "local")
    assert_no_traceback(result, 1)
    assert "CE  mine.py, line 1: SyntaxError: expected ':'" in result.output


def test_runs_are_kept_in_the_history() -> None:
    judge("run", "two-sum", TWO_SUM_WRONG, "--input", "[[-1, -2], -3]", "--sandbox", "local")
    listed = judge("history")
    assert "run" in listed.output and "differs" in listed.output  # the run's outcome, in the verdict column
    shown = judge("history", "--show", "1")
    assert "def two_sum" in shown.output and "two_sum(nums=[-1, -2], target=-3)" in shown.output


@pytest.mark.parametrize(
    ("slug", "options", "message"),
    [
        ("two-sum", ["--input", "[[1], 1"], "--input: not a JSON or Python literal"),
        ("two-sum", ["--input", "__import__('os').system('true')"], "--input: not a JSON or Python literal"),
        ("two-sum", ["--input", "[[1]]"], "--input: two_sum(nums, target) takes 2 arguments; 1 given"),
        ("two-sum", ["--input", "5"], "--input for two_sum(nums, target): a list of its arguments"),
        ("lru-cache", ["--input", '["LRUCache","pop"] [[2],[1]]'], "--input: LRUCache has no method 'pop' (it has get, put)"),
        ("lru-cache", ["--input", '["put"] [[1, 1]]'], "--input: the first operation must be 'LRUCache'"),
        ("lru-cache", ["--input", '["LRUCache","get"] [[2]]'], "--input: 2 operations but 1 argument lists"),
        ("two-sum", ["--case", "9"], "--case 9: the statement of 'two-sum' has 3 example(s) to replay"),
        ("two-sum", [], "give either --input ARGS or --case N"),
        ("two-sum", ["--entry", "three_sum", "--case", "1"], "has no entry point 'three_sum'"),
    ],
)
def test_bad_input_is_one_line(slug: str, options: list[str], message: str) -> None:
    result = judge("run", slug, TWO_SUM_REFERENCE, *options, "--sandbox", "local")
    assert_no_traceback(result, 2)
    (error,) = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert message in error


def test_input_reading(tmp_path: Path) -> None:
    from judge.custom_input import parse_values

    assert parse_values('["LRUCache","put"] [[2],[1,1]]') == [["LRUCache", "put"], [[2], [1, 1]]]
    assert parse_values("[('a', (1, 2)), None]") == [[("a", (1, 2)), None]]
    assert parse_values(json.dumps([[1e308, "x"], {"k": 1}])) == [[[1e308, "x"], {"k": 1}]]


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_what_their_code_printed_is_shown(sandbox: str) -> None:
    printing = Path(__file__).parent / "sandbox" / "printing" / "prints_and_reverses.py"
    result = judge("run", "two-sum", printing, "--input", "[[3, 2, 4], 6]", "--sandbox", usable(sandbox))
    assert_no_traceback(result, 1)
    at = lines(result.output).index("your code printed:")
    assert lines(result.output)[at + 1 : at + 5] == ["| saw [3, 2, 4] 6", "| at 0 3", "| at 1 2", "| at 2 4"]

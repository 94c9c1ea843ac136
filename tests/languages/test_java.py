"""Java: types as LeetCode writes them, starters that compile, and grading through the CLI on both sandboxes."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.languages import get
from judge.languages.types import parse
from judge.problem import load_problem
from tests.cli_support import SANDBOXES, assert_no_traceback, judge, usable
from tests.toolchains import image_or_skip, toolchain_or_skip

JAVA = get("java")
BANK = Path(__file__).parents[2] / "problems"


def needs_java(sandbox: str) -> str:
    if sandbox == "local":
        toolchain_or_skip(JAVA)
    if sandbox == "docker":
        image_or_skip(JAVA)
    return usable(sandbox)


@pytest.mark.parametrize(
    ("text", "argument", "result"),
    [
        ("int", "int", "int"),
        ("i64", "long", "long"),
        ("str", "String", "String"),
        ("list[int]", "int[]", "int[]"),
        ("list[str]", "String[]", "List<String>"),
        ("list[list[int]]", "int[][]", "List<List<Integer>>"),
        ("TreeNode | None", "TreeNode", "TreeNode"),
        ("dict[str, int]", "Map<String, Integer>", "Map<String, Integer>"),
    ],
)
def test_types_as_leetcode_writes_them(text: str, argument: str, result: str) -> None:
    assert JAVA.type_name(parse(text)) == argument
    assert JAVA.type_name(parse(text), result=True) == result


def test_tuples_have_no_java_spelling() -> None:
    assert JAVA.type_name(parse("tuple[int, int]")) is None


def test_starter_of_a_function_problem() -> None:
    starter = JAVA.starter(load_problem(BANK / "two-sum"))
    assert "class Solution {" in starter
    assert "public int[] twoSum(int[] nums, int target) {" in starter


def test_starter_of_a_class_problem_and_of_a_tree_problem() -> None:
    lru = JAVA.starter(load_problem(BANK / "lru-cache"))
    assert "class LRUCache {" in lru and "public LRUCache(int capacity)" in lru and "public void put(int key, int value)" in lru
    tree = JAVA.starter(load_problem(BANK / "clone-binary-tree"))
    assert " * public class TreeNode {" in tree  # shown as a comment: the judge provides it
    assert "public TreeNode cloneTree(TreeNode root)" in tree


def test_start_writes_a_starter(tmp_path: Path) -> None:
    result = judge("--problems", BANK, "start", "two-sum", tmp_path / "two-sum", "--lang", "java")
    assert_no_traceback(result, 0)
    written = list((tmp_path / "two-sum").glob("*.java"))
    assert written and "twoSum" in written[0].read_text()


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_leetcode_solution_is_accepted(sandbox: str) -> None:
    result = judge("--problems", BANK, "submit", "--sandbox", needs_java(sandbox), "two-sum", BANK / "two-sum/reference/solution.java")
    assert_no_traceback(result, 0)
    assert "accepted" in result.output


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_wrong_solution_shows_the_smallest_counterexample(sandbox: str) -> None:
    wrong = BANK / "two-sum/wrong/WA/skips_negatives.java"
    result = judge("--problems", BANK, "submit", "--sandbox", needs_java(sandbox), "two-sum", wrong)
    assert_no_traceback(result, 1)
    assert "WA" in result.output
    assert "new Solution().twoSum(new int[]{0, -1}, -1)" in result.output  # in Java's terms (tests/languages/test_show.py)


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_compile_error_is_ce_with_the_line(sandbox: str, tmp_path: Path) -> None:
    broken = tmp_path / "Solution.java"
    broken.write_text("class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        return nums\n    }\n}\n")
    result = judge("--problems", BANK, "test", "--sandbox", needs_java(sandbox), "two-sum", broken)
    assert_no_traceback(result, 1)
    assert "CE" in result.output
    assert "line 3" in result.output


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_class_problem_is_accepted(sandbox: str) -> None:
    result = judge("--problems", BANK, "test", "--sandbox", needs_java(sandbox), "lru-cache", BANK / "lru-cache/reference/solution.java")
    assert_no_traceback(result, 0)


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_what_a_call_prints_shows_under_its_case(sandbox: str, tmp_path: Path) -> None:
    chatty = tmp_path / "Solution.java"
    body = 'System.out.println("looking for " + target);\n        return new int[0];'
    chatty.write_text(f"class Solution {{\n    public int[] twoSum(int[] nums, int target) {{\n        {body}\n    }}\n}}\n")
    result = judge("--problems", BANK, "test", "--sandbox", needs_java(sandbox), "two-sum", chatty)
    assert_no_traceback(result, 1)
    assert "| looking for 9" in result.output

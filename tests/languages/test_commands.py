"""The --lang options of the CLI, through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_support import assert_no_traceback, judge
from tests.conftest import BANK
from tests.languages.support import js_sandbox


def test_start_writes_the_javascript_starter_beside_the_statement_and_tests(tmp_path: Path) -> None:
    result = judge("--problems", BANK, "start", "reverse-linked-list", tmp_path / "r", "--lang", "js")
    assert_no_traceback(result, 0)
    starter = (tmp_path / "r" / "solution.js").read_text(encoding="utf-8")
    assert "var reverseList = function(head) {" in starter and "function ListNode(val, next) {" in starter
    assert (tmp_path / "r" / "statement.md").is_file() and list((tmp_path / "r" / "tests").glob("test_*.py"))
    assert not (tmp_path / "r" / "solution.py").exists()
    assert "judge test reverse-linked-list" in result.output and "solution.js" in result.output


def test_start_refuses_a_problem_the_language_cannot_solve(tmp_path: Path) -> None:
    result = judge("--problems", BANK, "start", "merge-k-sorted-lists", tmp_path / "m", "--lang", "cpp")
    assert_no_traceback(result, 2)
    assert "merge-k-sorted-lists cannot be solved in cpp: no spelling for merge_k_lists(lists: list[ListNode | None])" in result.output


def test_list_shows_what_a_language_can_solve() -> None:
    every = {p["slug"] for p in json.loads(judge("--problems", BANK, "list", "--format", "json").output)}
    result = judge("--problems", BANK, "list", "--lang", "cpp", "--format", "json")
    assert_no_traceback(result, 0)
    solvable = {p["slug"] for p in json.loads(result.output)}
    assert {"two-sum", "lru-cache", "reverse-linked-list", "bounded-blocking-queue"} <= solvable < every
    assert "merge-k-sorted-lists" in every - solvable


@pytest.mark.parametrize(
    "args",
    [
        ("test", "two-sum", "{file}", "--lang", "cobol"),
        ("list", "--lang", "cobol"),
        ("validate", "two-sum", "--lang", "js", "--calibrate"),
        ("sandbox", "build", "--lang", "cobol"),
    ],
)
def test_a_bad_language_option_is_one_line_and_exit_2(args: tuple[str, ...], tmp_path: Path) -> None:
    file = tmp_path / "solution.js"
    file.write_text("var twoSum = () => [];\n", encoding="utf-8")
    result = judge("--problems", BANK, *(a.format(file=file) for a in args))
    assert_no_traceback(result, 2)
    assert len(result.output.strip().splitlines()) == 1


def test_test_picks_javascript_by_the_extension(tmp_path: Path) -> None:
    js_sandbox("local").close()
    file = tmp_path / "mine.js"
    file.write_text(
        "var twoSum = (nums, target) => { for (let j = 0; j < nums.length; j++) for (let i = 0; i < j; i++) "
        "if (nums[i] + nums[j] === target) return [i, j]; return []; };\n",
        encoding="utf-8",
    )
    result = judge("--problems", BANK, "test", "two-sum", file, "--sandbox", "local")
    assert_no_traceback(result, 0)
    assert "graded twoSum as two_sum" in result.output


def test_sandbox_status_names_each_language() -> None:
    result = judge("sandbox", "status")
    assert "local javascript:" in result.output and "docker javascript:" in result.output


def test_run_takes_a_javascript_file_by_its_extension(tmp_path: Path) -> None:
    js_sandbox("local").close()
    file = tmp_path / "mine.js"
    file.write_text("var twoSum = (nums, target) => [nums.length, target];\n", encoding="utf-8")
    result = judge("--problems", BANK, "run", "two-sum", file, "--input", "[[3, 4], 7]", "--sandbox", "local")
    assert_no_traceback(result, 1)
    assert "->  [2, 7]" in result.output and "the reference: [0, 1]" in result.output


@pytest.mark.parametrize(
    ("lang", "file", "spelled"),
    [("java", "solution.java", "public boolean isValidBST(TreeNode root)"), ("cpp", "solution.cpp", "bool isValidBST(TreeNode* root)"),
     ("go", "solution.go", "func isValidBST(root *TreeNode) bool"), ("js", "solution.js", "var isValidBST = function(root)")],
)  # fmt: skip
def test_starters_spell_acronyms_as_leetcode_does(tmp_path: Path, lang: str, file: str, spelled: str) -> None:
    result = judge("--problems", BANK, "start", "validate-bst", tmp_path / "v", "--lang", lang)
    assert_no_traceback(result, 0)
    assert spelled in (tmp_path / "v" / file).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["isValidBST", "isValidBst"])
def test_any_case_of_the_camel_name_is_the_entry_point_in_javascript(tmp_path: Path, name: str) -> None:
    file = tmp_path / "solution.js"
    file.write_text(f"var {name} = (root) => root === null || root.val > 0;\n", encoding="utf-8")
    result = judge("--problems", BANK, "test", "validate-bst", file, "--sandbox", "local")
    assert "defines no function" not in result.output
    assert f"graded {name} as is_valid_bst" in result.output


def test_validate_with_a_language_proves_the_problems_solved_in_it(bank_copy: Path) -> None:
    """The bank's add-one has no JavaScript reference: said once, not a failed check; two-sum's are proved."""
    result = judge("--problems", bank_copy, "validate", "--lang", "js", "--sandbox", "local", "--jobs", "1")
    assert_no_traceback(result, 0)
    assert "1 problems have no javascript reference solution: not validated in javascript" in result.output
    assert "two-sum: reference/solution.js is accepted" in result.output and "add-one" not in result.output
    assert "1 problems, 0 failed checks" in result.output

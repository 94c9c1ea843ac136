"""Go: types as LeetCode writes them, starters and glue that compile, and grading through the CLI on both sandboxes."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.errors import SandboxUnavailable
from judge.languages import get, golang
from judge.languages.types import parse
from judge.problem import load_problem
from tests.cli_support import SANDBOXES, assert_no_traceback, judge, usable
from tests.toolchains import image_or_skip, toolchain_or_skip

GO = get("go")
BANK = Path(__file__).parents[2] / "problems"


def needs_go(sandbox: str) -> str:
    if sandbox == "local":
        toolchain_or_skip(GO)
    if sandbox == "docker":
        image_or_skip(GO)
    return usable(sandbox)


@pytest.mark.parametrize(
    ("text", "argument", "result"),
    [
        ("int", "int", "int"),
        ("i64", "int64", "int64"),
        ("float", "float64", "float64"),
        ("str", "string", "string"),
        ("list[int]", "[]int", "[]int"),
        ("list[list[str]]", "[][]string", "[][]string"),
        ("TreeNode | None", "*TreeNode", "*TreeNode"),
        ("ListNode", "*ListNode", "*ListNode"),
    ],
)
def test_types_as_leetcode_writes_them(text: str, argument: str, result: str) -> None:
    assert GO.type_name(parse(text)) == argument
    assert GO.type_name(parse(text), result=True) == result


@pytest.mark.parametrize("text", ["dict[str, int]", "set[int]", "tuple[int, int]", "int | None"])
def test_types_with_no_go_spelling(text: str) -> None:
    assert GO.type_name(parse(text)) is None


def test_no_result_is_no_result_type() -> None:
    assert GO.type_name(parse("None"), result=True) == ""


def test_starter_of_a_function_problem() -> None:
    starter = GO.starter(load_problem(BANK / "two-sum"))
    assert "func twoSum(nums []int, target int) []int {\n    return nil\n}" in starter


def test_starter_of_a_class_problem_uses_constructor_and_exported_methods() -> None:
    starter = GO.starter(load_problem(BANK / "lru-cache"))
    assert "type LRUCache struct {" in starter
    assert "func Constructor(capacity int) LRUCache {\n    return LRUCache{}\n}" in starter
    assert "func (this *LRUCache) Get(key int) int {\n    return 0\n}" in starter
    assert "func (this *LRUCache) Put(key int, value int) {\n\n}" in starter


def test_starter_shows_the_node_definition_as_a_comment() -> None:
    starter = GO.starter(load_problem(BANK / "reverse-linked-list"))
    assert " * type ListNode struct {" in starter
    assert "func reverseList(head *ListNode) *ListNode {" in starter


def test_glue_names_the_entry_points() -> None:
    assert '"two_sum": twoSum' in GO.glue(load_problem(BANK / "two-sum"))
    assert '"LRUCache": Constructor' in GO.glue(load_problem(BANK / "lru-cache"))


def test_start_writes_a_starter(tmp_path: Path) -> None:
    result = judge("--problems", BANK, "start", "two-sum", tmp_path / "two-sum", "--lang", "go")
    assert_no_traceback(result, 0)
    written = tmp_path / "two-sum" / "solution.go"
    assert "func twoSum(" in written.read_text()


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_the_starter_loads_but_is_not_accepted(sandbox: str, tmp_path: Path) -> None:
    starter = tmp_path / "solution.go"
    starter.write_text(GO.starter(load_problem(BANK / "lru-cache")))
    result = judge("--problems", BANK, "test", "--sandbox", needs_go(sandbox), "lru-cache", starter)
    assert_no_traceback(result, 1)
    assert "WA" in result.output and "CE" not in result.output


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_leetcode_solution_is_accepted(sandbox: str) -> None:
    result = judge("--problems", BANK, "submit", "--sandbox", needs_go(sandbox), "two-sum", BANK / "two-sum/reference/solution.go")
    assert_no_traceback(result, 0)
    assert "accepted" in result.output


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_wrong_solution_shows_the_smallest_counterexample(sandbox: str) -> None:
    wrong = BANK / "two-sum/wrong/WA/skips_negatives.go"
    result = judge("--problems", BANK, "submit", "--no-complexity", "--sandbox", needs_go(sandbox), "two-sum", wrong)
    assert_no_traceback(result, 1)
    assert "WA" in result.output
    assert "twoSum([]int{0, -1}, -1)" in result.output  # in Go's terms (tests/languages/test_show.py)


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_compile_error_is_ce_with_the_line(sandbox: str, tmp_path: Path) -> None:
    broken = tmp_path / "solution.go"
    broken.write_text("func twoSum(nums []int, target int) []int {\n    x := 1\n    return nums\n}\n")
    result = judge("--problems", BANK, "test", "--sandbox", needs_go(sandbox), "two-sum", broken)
    assert_no_traceback(result, 1)
    assert "CE" in result.output
    assert "line 2" in result.output and "not used" in result.output  # "x declared but not used" (1.19), "declared and not used: x" (1.24)


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_missing_entry_point_is_named(sandbox: str, tmp_path: Path) -> None:
    other = tmp_path / "solution.go"
    other.write_text("func twoSums(nums []int, target int) []int {\n    return nil\n}\n")
    result = judge("--problems", BANK, "test", "--sandbox", needs_go(sandbox), "two-sum", other)
    assert_no_traceback(result, 1)
    assert "defines no function 'twoSum'" in result.output and "twoSums" in result.output


@pytest.mark.parametrize("sandbox", SANDBOXES)
@pytest.mark.parametrize("slug", ["lru-cache", "reverse-linked-list", "binary-tree-level-order"])
def test_classes_lists_and_trees_are_accepted(sandbox: str, slug: str) -> None:
    result = judge("--problems", BANK, "test", "--sandbox", needs_go(sandbox), slug, BANK / slug / "reference/solution.go")
    assert_no_traceback(result, 0)


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_panic_is_the_calls_exception_with_its_line(sandbox: str, tmp_path: Path) -> None:
    panics = tmp_path / "solution.go"
    panics.write_text("func twoSum(nums []int, target int) []int {\n    return []int{nums[len(nums)]}\n}\n")
    result = judge("--problems", BANK, "test", "--sandbox", needs_go(sandbox), "two-sum", panics)
    assert_no_traceback(result, 1)
    assert "IndexError" in result.output and "index out of range" in result.output
    assert "line 2" in result.output


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_paste_with_its_own_package_and_node_definition_is_accepted(sandbox: str) -> None:
    paste = Path(__file__).parent / "go" / "reverse_list_pasted.go"
    result = judge("--problems", BANK, "test", "--sandbox", needs_go(sandbox), "reverse-linked-list", paste)
    assert_no_traceback(result, 0)


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_nil_slice_result_is_an_empty_list(sandbox: str) -> None:
    # LeetCode prints a nil slice as []: a solution that appends to `var found [][]int` and finds nothing is right.
    nil_when_none = Path(__file__).parent / "go" / "paths_nil_when_none.go"
    result = judge("--problems", BANK, "test", "--sandbox", needs_go(sandbox), "path-sum-k", nil_when_none)
    assert_no_traceback(result, 0)
    assert "test_no_path" in result.output and "returned None" not in result.output


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_an_empty_list_inside_an_input_comes_back(sandbox: str) -> None:
    # An empty slice has no identity, so [[]]'s inner list got a slot of its own past the request's: it was "malformed object None".
    islands = BANK / "number-of-islands/reference/solution.go"
    result = judge("--problems", BANK, "run", "--sandbox", needs_go(sandbox), "number-of-islands", islands, "--input", "[[[]]]")
    assert_no_traceback(result, 0)  # 0: the answer is the reference's
    assert "malformed" not in result.output


def test_without_go_the_local_sandbox_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(golang.shutil, "which", lambda name: None)
    assert GO.missing_toolchain() == "go is not installed (the local sandbox compiles Go with the host's go: apt-get install golang-go)"
    with pytest.raises(SandboxUnavailable, match="go is not installed"):
        golang.local_kit("digest")


GATE_TOML = """\
title = "Gate"
difficulty = "easy"
topics = ["concurrency"]

[[entry]]
class = "Gate()"
methods = ["wait(self) -> int", "open(self, value: int) -> None", "take(self) -> int"]

[limits]
time = 1.0
wall = 2.0
"""

GATE_TESTS = """\
import threading
import time

from solution import Gate


def test_a_blocked_wait_is_freed_by_open():
    gate = Gate()
    got = []
    waiter = threading.Thread(target=lambda: got.append(gate.wait()))
    waiter.start()
    time.sleep(0.3)
    assert got == []  # still waiting
    gate.open(7)
    waiter.join()
    assert got == [7]


def test_a_panic_in_a_concurrent_call_is_that_calls_exception():
    gate = Gate()
    raised = []

    def take():
        try:
            gate.take()
        except IndexError as exc:
            raised.append(str(exc))

    taker = threading.Thread(target=take)
    taker.start()
    taker.join()
    gate.open(3)
    assert raised and "index out of range" in raised[0]
    assert gate.wait() == 3  # the runner goes on
"""


def gate_problem(root: Path) -> Path:
    """A concurrency problem of two cases: a call blocked until another call frees it, and a panic in a concurrent call."""
    folder = root / "gate"
    (folder / "tests").mkdir(parents=True)
    (folder / "starter").mkdir()
    (folder / "problem.toml").write_text(GATE_TOML)
    (folder / "statement.md").write_text("# Gate\n\n`wait()` blocks until `open(value)`, then returns the value.\n")
    (folder / "starter" / "solution.py").write_text("class Gate:\n    pass\n")
    (folder / "tests" / "test_gate.py").write_text(GATE_TESTS)
    return root


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_blocked_concurrent_call_is_freed_by_another_call(sandbox: str, tmp_path: Path) -> None:
    gate = Path(__file__).parent / "go" / "gate.go"
    result = judge("--problems", gate_problem(tmp_path), "test", "--sandbox", needs_go(sandbox), "gate", gate)
    assert_no_traceback(result, 0)
    assert "AC  test_a_blocked_wait_is_freed_by_open" in result.output
    assert "AC  test_a_panic_in_a_concurrent_call_is_that_calls_exception" in result.output


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_concurrent_call_never_freed_is_a_time_out(sandbox: str, tmp_path: Path) -> None:
    never = Path(__file__).parent / "go" / "gate_never_opens.go"
    result = judge("--problems", gate_problem(tmp_path), "test", "--sandbox", needs_go(sandbox), "gate", never)
    assert_no_traceback(result, 1)
    assert "TLE  test_a_blocked_wait_is_freed_by_open" in result.output
    assert "a deadlock?" in result.output


def test_go_lists_the_concurrency_problems_it_has_solutions_for() -> None:
    listed = judge("--problems", BANK, "list", "--lang", "go", "--topic", "concurrency")
    assert_no_traceback(listed, 0)
    with_go = [p.name for p in BANK.iterdir() if "concurrency" in load_problem(p).topics and (p / "reference/solution.go").is_file()]
    assert {"bounded-blocking-queue", "thread-safe-counter", "print-in-order", "read-write-lock"} <= set(with_go)
    for slug in with_go:
        assert slug in listed.output

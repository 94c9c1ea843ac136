"""C++: types as LeetCode writes them, starters and glue made from the signatures, and grading through the CLI on both sandboxes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from judge.languages import get
from judge.languages.types import parse
from judge.problem import load_problem
from tests.cli_support import SANDBOXES, assert_no_traceback, judge, usable
from tests.toolchains import image_or_skip, toolchain_or_skip

CPP = get("cpp")
BANK = Path(__file__).parents[2] / "problems"
THREADS = Path(__file__).parent / "cpp_threads"  # a concurrency problem and C++ submissions, each with its verdict


def needs_cpp(sandbox: str) -> str:
    if sandbox == "local":
        toolchain_or_skip(CPP)
    if sandbox == "docker":
        image_or_skip(CPP)
    return usable(sandbox)


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("int", "int"),
        ("i64", "long long"),
        ("float", "double"),
        ("str", "string"),
        ("list[int]", "vector<int>"),
        ("list[i64]", "vector<long long>"),
        ("list[str]", "vector<string>"),
        ("list[list[int]]", "vector<vector<int>>"),
        ("TreeNode | None", "TreeNode*"),
        ("ListNode", "ListNode*"),
    ],
)
def test_types_as_leetcode_writes_them(text: str, spelled: str) -> None:
    assert CPP.type_name(parse(text)) == spelled


@pytest.mark.parametrize("text", ["dict[str, int]", "set[int]", "tuple[int, int]", "int | None", "list[list[list[int]]]"])
def test_types_the_runner_does_not_convert_have_no_spelling(text: str) -> None:
    assert CPP.type_name(parse(text)) is None


def test_none_is_void_as_a_result_only() -> None:
    assert CPP.type_name(parse("None"), result=True) == "void"
    assert CPP.type_name(parse("None")) is None


def test_starter_of_a_function_problem() -> None:
    starter = CPP.starter(load_problem(BANK / "two-sum"))
    assert "class Solution {\npublic:\n" in starter
    assert "    vector<int> twoSum(vector<int>& nums, int target) {\n        return {};\n    }" in starter


def test_starter_of_a_class_problem_and_of_a_tree_problem() -> None:
    lru = CPP.starter(load_problem(BANK / "lru-cache"))
    assert "class LRUCache {" in lru and "    LRUCache(int capacity) {" in lru and "    void put(int key, int value) {" in lru
    tree = CPP.starter(load_problem(BANK / "clone-binary-tree"))
    assert " * struct TreeNode {" in tree  # shown as a comment: the judge provides it
    assert "TreeNode* cloneTree(TreeNode* root)" in tree


def test_glue_calls_solutions_methods_with_typed_arguments() -> None:
    glue = CPP.glue(load_problem(BANK / "two-sum"))
    assert '#include "prelude.hpp"\n#include "@SUBMISSION@"\n#include "glue.hpp"' in glue
    assert "    vector<int> a0{};\n    call.take(0, a0);\n    int a1{};\n    call.take(1, a1);" in glue
    assert "    vector<int> result = solution.twoSum(a0, a1);" in glue
    assert 'judge::add_function("two_sum", "Solution.twoSum", entry_two_sum);' in glue


def test_glue_of_a_class_problem_makes_objects_and_calls_their_methods() -> None:
    glue = CPP.glue(load_problem(BANK / "lru-cache"))
    assert "    auto* object = new LRUCache(a0);" in glue
    assert "    self->put(a0, a1);" in glue and "    call.none();" in glue
    assert 'judge::add_method("LRUCache", "get", LRUCache_get);' in glue


def test_problems_with_types_c_plus_plus_cannot_spell_are_unmapped() -> None:
    assert CPP.unmapped(load_problem(BANK / "two-sum")) == []
    assert CPP.unmapped(load_problem(BANK / "path-sum-k")) == []
    assert CPP.unmapped(load_problem(BANK / "bounded-blocking-queue")) == []  # calls run on threads of their own


def test_list_offers_the_concurrency_problems_c_plus_plus_solves() -> None:
    result = judge("--problems", BANK, "list", "--lang", "cpp", "--format", "json")
    assert_no_traceback(result, 0)
    listed = {p["slug"] for p in json.loads(result.output)}
    concurrency = {p.parent.name for p in BANK.glob("*/problem.toml") if "concurrency" in load_problem(p.parent).topics}
    solved = {slug for slug in concurrency if (BANK / slug / "reference" / "solution.cpp").is_file()}
    assert "bounded-blocking-queue" in solved
    # Every concurrency problem offered has a C++ reference that proves it solvable (test_bank_cpp.py validates it).
    assert listed & concurrency == solved


def test_start_writes_a_starter_that_compiles_but_is_not_accepted(tmp_path: Path) -> None:
    result = judge("--problems", BANK, "start", "two-sum", tmp_path / "two-sum", "--lang", "cpp")
    assert_no_traceback(result, 0)
    starter = tmp_path / "two-sum" / "solution.cpp"
    assert "twoSum" in starter.read_text()
    if CPP.missing_toolchain() is None:
        graded = judge("--problems", BANK, "test", "--sandbox", "local", "two-sum", starter)
        assert_no_traceback(graded, 1)
        assert "WA" in graded.output and "CE" not in graded.output


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_leetcode_solution_is_accepted(sandbox: str) -> None:
    result = judge("--problems", BANK, "submit", "--sandbox", needs_cpp(sandbox), "two-sum", BANK / "two-sum/reference/solution.cpp")
    assert_no_traceback(result, 0)
    assert "accepted" in result.output


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_wrong_solution_shows_the_smallest_counterexample(sandbox: str) -> None:
    wrong = BANK / "two-sum/wrong/WA/pairs_with_itself.cpp"
    result = judge("--problems", BANK, "submit", "--sandbox", needs_cpp(sandbox), "--no-complexity", "two-sum", wrong)
    assert_no_traceback(result, 1)
    assert "WA" in result.output
    assert "Solution().twoSum({0}, 0)" in result.output  # in C++'s terms (tests/languages/test_show.py)
    assert "got:      {0, 0}" in result.output


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_compile_error_is_ce_with_the_line(sandbox: str, tmp_path: Path) -> None:
    broken = tmp_path / "solution.cpp"
    broken.write_text("class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int t) {\n        return nums +;\n    }\n};\n")
    result = judge("--problems", BANK, "test", "--sandbox", needs_cpp(sandbox), "two-sum", broken)
    assert_no_traceback(result, 1)
    assert "CE" in result.output
    assert "line 4: CompileError: error: expected primary-expression before ';' token" in result.output


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_missing_method_is_ce_naming_it(sandbox: str, tmp_path: Path) -> None:
    renamed = tmp_path / "solution.cpp"
    renamed.write_text("class Solution {\npublic:\n    vector<int> two_sum(vector<int>& nums, int target) { return {}; }\n};\n")
    result = judge("--problems", BANK, "test", "--sandbox", needs_cpp(sandbox), "two-sum", renamed)
    assert_no_traceback(result, 1)
    assert "does not define what the problem calls, as the starter spells it:" in result.output
    assert "'class Solution' has no member named 'twoSum'" in result.output


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_class_problem_is_accepted(sandbox: str) -> None:
    result = judge("--problems", BANK, "test", "--sandbox", needs_cpp(sandbox), "lru-cache", BANK / "lru-cache/reference/solution.cpp")
    assert_no_traceback(result, 0)


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_an_exception_reaches_the_test_as_its_python_kin(sandbox: str, tmp_path: Path) -> None:
    throwing = tmp_path / "solution.cpp"
    throwing.write_text("class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) { return {nums.at(99)}; }\n};\n")
    result = judge("--problems", BANK, "test", "--sandbox", needs_cpp(sandbox), "two-sum", throwing)
    assert_no_traceback(result, 1)
    assert "RE" in result.output
    assert "std.out_of_range" in result.output


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_nodes_keep_their_identity_across_the_call(sandbox: str) -> None:
    # returns_root hands back the input tree itself: the test must see the very same nodes.
    wrong = BANK / "clone-binary-tree/wrong/WA/returns_root.cpp"
    result = judge("--problems", BANK, "test", "--sandbox", needs_cpp(sandbox), "clone-binary-tree", wrong)
    assert_no_traceback(result, 1)
    assert "WA" in result.output


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_result_that_reuses_an_input_node_is_that_node(sandbox: str) -> None:
    # The test checks `new_head is last`: the reversed list must be the input's own nodes.
    reference = BANK / "reverse-linked-list/reference/solution.cpp"
    result = judge("--problems", BANK, "test", "--sandbox", needs_cpp(sandbox), "reverse-linked-list", reference)
    assert_no_traceback(result, 0)


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_an_argument_changed_in_place_goes_back_to_the_test(sandbox: str) -> None:
    in_place = BANK / "merge-intervals/wrong/WA/merges_in_place.cpp"
    result = judge("--problems", BANK, "submit", "--sandbox", needs_cpp(sandbox), "--no-complexity", "merge-intervals", in_place)
    assert_no_traceback(result, 1)
    assert "WA  hidden: test_input_unchanged" in result.output
    assert "WA  wrong answer" in result.output


def test_a_new_runner_home_replaces_other_versions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    from judge.languages import cpp

    def fake_make_home(command: list[str], **options: object) -> subprocess.CompletedProcess[str]:
        Path(command[-1]).mkdir()  # make-home.sh's staging folder
        (Path(command[-1]) / "judge-cpp").write_text("")
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(cpp.subprocess, "run", fake_make_home)
    (tmp_path / "cpp-0ld").mkdir()
    (tmp_path / "go-kit").mkdir()
    cpp.build_home(tmp_path / "cpp-new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cpp-new", "go-kit"]
    assert (tmp_path / "cpp-new" / "judge-cpp").is_file()


def test_the_local_sandbox_says_plainly_when_g_plus_plus_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    from judge.languages import cpp

    monkeypatch.setattr(cpp.shutil, "which", lambda tool: None if tool == "g++" else f"/usr/bin/{tool}")
    assert CPP.missing_toolchain() == "g++ not installed (the local sandbox compiles C++ with the host's g++)"


def declared(submission: Path) -> str:
    first = submission.read_text().splitlines()[0]
    assert first.startswith("// verdict: "), f"{submission.name} declares no verdict"
    return first.removeprefix("// verdict: ")


@pytest.mark.parametrize("sandbox", SANDBOXES)
@pytest.mark.parametrize("submission", sorted((THREADS / "submissions").glob("*.cpp")), ids=lambda p: p.stem)
def test_concurrent_calls_run_on_threads_of_their_own(sandbox: str, submission: Path) -> None:
    # A dequeue blocked in C++ is freed by an enqueue from another test thread; a constructor's exception reaches
    # the thread that called it; eight threads make and use their own objects at once.
    result = judge("--problems", THREADS / "problems", "test", "--sandbox", needs_cpp(sandbox), "blocking-queue", submission)
    verdict = declared(submission)
    assert_no_traceback(result, 0 if verdict == "AC" else 1)
    assert f"{verdict}  test_a_blocked_dequeue_is_freed_by_an_enqueue" in result.output
    assert "AC  test_an_exception_in_a_concurrent_call_reaches_its_thread" in result.output
    assert "AC  test_calls_from_eight_threads_each_get_their_own_answers" in result.output
    if verdict == "TLE":
        assert "wall-time limit of 2 s during a concurrent call (calls blocked waiting for each other: a deadlock?)" in result.output

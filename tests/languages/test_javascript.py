"""judge/languages/javascript.py: LeetCode's JavaScript spellings, starters and commands."""

from __future__ import annotations

import signal

import pytest

from judge.languages.types import parse
from judge.problem.loader import load_problem
from judge.problem.model import Limits
from judge.sandbox.base import Death
from tests.conftest import BANK
from tests.languages.support import JS


@pytest.mark.parametrize(
    ("annotation", "param", "result"),
    [
        ("int", "number", "number"),
        ("i64", "number", "number"),
        ("list[list[int]]", "number[][]", "number[][]"),
        ("list[str]", "string[]", "string[]"),
        ("bool", "boolean", "boolean"),
        ("TreeNode | None", "TreeNode", "TreeNode"),
        ("str | None", "string|null", "string|null"),
        ("None", None, "void"),
        ("dict[str, int]", None, None),
        ("set[int]", None, None),
        ("list[int | None]", None, None),
    ],
)
def test_types_are_spelled_as_leetcode_writes_them(annotation: str, param: str | None, result: str | None) -> None:
    assert JS.type_name(parse(annotation)) == param
    assert JS.type_name(parse(annotation), result=True) == result


def test_a_function_starter_is_a_leetcode_var_function() -> None:
    starter = JS.starter(load_problem(BANK / "two-sum"))
    assert starter == (
        "/**\n * @param {number[]} nums\n * @param {number} target\n * @return {number[]}\n */\n"
        "var twoSum = function(nums, target) {\n    \n};\n"
    )


def test_a_class_starter_has_a_constructor_and_camel_case_prototype_methods() -> None:
    starter = JS.starter(load_problem(BANK / "min-stack"))
    assert "var MinStack = function() {" in starter
    assert "MinStack.prototype.getMin = function() {" in starter and "@return {void}" in starter


def test_node_definitions_are_shown_as_comments_where_used() -> None:
    starter = JS.starter(load_problem(BANK / "binary-tree-level-order"))
    assert starter.startswith("/**\n * Definition for a binary tree node")
    assert " * function TreeNode(val, left, right) {" in starter and "ListNode" not in starter


def test_concurrency_problems_are_solved_with_promises() -> None:
    problem = load_problem(BANK / "bounded-blocking-queue")
    assert JS.unmapped(problem) == []
    starter = JS.starter(problem)
    assert "JavaScript has no threads" in starter and "write it `async`" in starter
    assert "no threads" not in JS.starter(load_problem(BANK / "two-sum"))


def test_the_heap_cap_is_the_problems_memory_and_a_v8_abort_is_the_memory_limit() -> None:
    limits = Limits(memory=200)
    assert "--max-old-space-size=200" in JS.local_command(limits)
    assert "--child-flags=--max-old-space-size=200,--single-threaded,--expose-gc" in JS.image_command(limits)
    assert JS.death(-signal.SIGABRT) is Death.MEMORY
    assert JS.death(-signal.SIGSEGV) is None and JS.death(0) is None


def test_the_image_is_tagged_by_the_runners_digest() -> None:
    assert JS.image_tag() == f"judge-javascript:{JS.runner_digest()}" and len(JS.runner_digest()) == 16
    assert JS.source_name("lru_cache") == "lru_cache.js"

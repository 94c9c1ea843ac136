"""Arguments that do not fit their declared type are the test's fault, found on the trusted side."""

from __future__ import annotations

import pytest

from judge.languages.fit import check_arguments, misfit
from judge.languages.types import parse
from judge.outcomes import CannotCarry
from judge.problem.model import Problem
from judge.protocol import ListNode, TreeNode


@pytest.mark.parametrize(
    ("value", "annotation"),
    [
        (2**31 - 1, "int"),
        (-(2**31), "int"),
        (2**40, "i64"),
        ([1, 2, 3], "list[int]"),
        ([[1], []], "list[list[int]]"),
        (None, "TreeNode | None"),
        (TreeNode(1), "TreeNode"),
        (3, "float"),
        ({"a": 1}, "dict[str, int]"),
        ("x", "Deque[str]"),  # unknown: anything
    ],
)
def test_values_that_fit(value: object, annotation: str) -> None:
    assert misfit(value, parse(annotation), "x") is None


@pytest.mark.parametrize(
    ("value", "annotation", "message"),
    [
        (2**31, "int", "x = 2147483648 does not fit int (32 bits)"),
        ([1, 2**40], "list[int]", "x[1] = 1099511627776 does not fit int (32 bits)"),
        (2**63, "i64", "does not fit i64 (64 bits)"),
        (True, "int", "x = True does not fit int"),
        (1.5, "int", "x = 1.5 does not fit int"),
        ("7", "float", "x = '7' is not a float"),
        ([[1], [2**33]], "list[list[int]]", "x[1][0] = 8589934592"),
        ({"a": 2**40}, "dict[str, int]", "x['a'] = 1099511627776"),
    ],
)
def test_values_that_do_not_fit_say_where(value: object, annotation: str, message: str) -> None:
    found = misfit(value, parse(annotation), "x")
    assert found is not None and message in found


def test_a_long_list_is_checked_without_recursion() -> None:
    assert misfit(list(range(200_000)), parse("list[int]"), "nums") is None
    assert misfit([[i] for i in range(100_000)] + [[2**31]], parse("list[list[int]]"), "nums") is not None


def test_a_node_value_must_fit_an_int_and_a_looping_list_is_checked_once() -> None:
    assert misfit(TreeNode(1, TreeNode(2), TreeNode(3)), parse("TreeNode | None"), "root") is None
    assert misfit(TreeNode(1, None, TreeNode(10**18)), parse("TreeNode | None"), "root") == (
        "root.right.val = 1000000000000000000 does not fit int (32 bits)"
    )
    head = ListNode(1, ListNode(2))
    head.next.next = head  # a cycle
    assert misfit(head, parse("ListNode"), "head") is None
    assert misfit(ListNode(-(2**31) - 1), parse("ListNode"), "head") is not None


def test_check_arguments_finds_the_signature_of_a_function_and_a_method(two_sum: Problem, lru_cache: Problem) -> None:
    assert check_arguments(two_sum, {"name": "two_sum"}, "two_sum", ([1, 2], 3), {}) == (([1, 2], 3), {})
    with pytest.raises(CannotCarry, match=r"two_sum\(\).*target = 4294967296 does not fit int"):
        check_arguments(two_sum, {"name": "two_sum"}, "two_sum", ([1, 2], 2**32), {})
    check_arguments(lru_cache, {"handle": 1, "attr": "put"}, "LRUCache", (1, 2), {})
    with pytest.raises(CannotCarry, match="key = 8589934592"):
        check_arguments(lru_cache, {"handle": 1, "attr": "put"}, "LRUCache", (2**33, 2), {})
    check_arguments(lru_cache, {"handle": 1, "attr": "put", "do": "get"}, "LRUCache", (), {})  # not a call: nothing declared


def test_keywords_are_placed_by_the_signatures_names(two_sum: Problem) -> None:
    assert check_arguments(two_sum, {"name": "two_sum"}, "two_sum", (), {"target": 9, "nums": [2, 7]}) == (([2, 7], 9), {})
    assert check_arguments(two_sum, {"name": "two_sum"}, "two_sum", ([2, 7],), {"target": 9}) == (([2, 7], 9), {})
    with pytest.raises(CannotCarry, match="keywords its signature does not name in order: goal"):
        check_arguments(two_sum, {"name": "two_sum"}, "two_sum", ([2, 7],), {"goal": 9})


@pytest.fixture
def lru_cache() -> Problem:
    from judge.problem.loader import load_problem
    from tests.conftest import BANK

    return load_problem(BANK / "lru-cache")

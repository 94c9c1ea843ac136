"""What a problem's tests may import: node types, builders, and `expect`.

from judge.testing import TreeNode, tree, tree_values, expect
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from typing import Any

from judge.display import linked_values, tree_values
from judge.grading import trace
from judge.protocol import ListNode, TreeNode

__all__ = ["ListNode", "TreeNode", "expect", "linked", "linked_values", "tree", "tree_values"]


def tree(values: Iterable[Any]) -> TreeNode | None:
    """A tree from level order with None for gaps: tree([1, None, 2])."""
    items = list(values)
    if not items or items[0] is None:
        return None
    root = TreeNode(items[0])
    queue = deque([root])
    index = 1
    while queue and index < len(items):
        node = queue.popleft()
        for side in ("left", "right"):
            if index < len(items) and items[index] is not None:
                child = TreeNode(items[index])
                setattr(node, side, child)
                queue.append(child)
            index += 1
    return root


def linked(values: Iterable[Any]) -> ListNode | None:
    head: ListNode | None = None
    for value in reversed(list(values)):
        head = ListNode(value, head)
    return head


def expect(value: Any) -> None:
    """Name the expected answer for the report when the test's check is not an `==`
    (any valid order, any valid pair): the counterexample shows it."""
    trace.current.expect(value)

"""Values as a candidate reads them: short, bounded, trees and lists shown by their values."""

from __future__ import annotations

import reprlib
from collections import deque
from typing import Any

from judge.protocol import ListNode, TreeNode

TEXT_CAP = 2000
NODE_CAP = 200


class _Repr(reprlib.Repr):
    def __init__(self) -> None:
        super().__init__()
        self.maxlevel = 8
        self.maxlist = self.maxtuple = self.maxset = self.maxfrozenset = self.maxdict = 60
        self.maxstring = 200
        self.maxother = 200
        self.maxlong = 400

    def repr1(self, x: Any, level: int) -> str:
        # An object in the sandbox shows as its name in the trace (`clock2`):
        # its own repr would be another call, and its class may be named TreeNode.
        show_handle = getattr(type(x), "_judge_show", None)
        return str(show_handle(x)) if show_handle is not None else super().repr1(x, level)

    def repr_TreeNode(self, obj: TreeNode, level: int) -> str:  # noqa: N802 - reprlib's naming
        return f"tree({tree_values(obj, NODE_CAP)!r})"

    def repr_ListNode(self, obj: ListNode, level: int) -> str:  # noqa: N802
        return f"linked({linked_values(obj, NODE_CAP)!r})"


_REPR = _Repr()


def show(value: Any) -> str:
    text = _REPR.repr(value)
    return text if len(text) <= TEXT_CAP else text[: TEXT_CAP - 3] + "..."


def tree_values(root: TreeNode | None, cap: int | None = None) -> list[Any]:
    """Level order with None for gaps, trailing Nones trimmed; cycle-safe."""
    values: list[Any] = []
    seen: set[int] = set()
    queue: deque[TreeNode | None] = deque([root] if root is not None else [])
    while queue and (cap is None or len(values) < cap):
        node = queue.popleft()
        if node is None or id(node) in seen:
            values.append(None)
            continue
        seen.add(id(node))
        values.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while values and values[-1] is None:
        values.pop()
    return values


def linked_values(head: ListNode | None, cap: int | None = None) -> list[Any]:
    """The values of a linked list, stopping at a cycle or at `cap`."""
    values: list[Any] = []
    seen: set[int] = set()
    node = head
    while node is not None and id(node) not in seen and (cap is None or len(values) < cap):
        seen.add(id(node))
        values.append(node.val)
        node = node.next
    return values

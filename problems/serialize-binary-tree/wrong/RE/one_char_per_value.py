# fails: test_negative_and_multi_digit_values, test_matches_reference
# No separator between values: each character is read back as one value, so
# "120" becomes 1, 2, 0 and the minus sign of "-7" crashes int().
from collections import deque


def serialize(root: TreeNode | None) -> str:
    out = []
    queue = deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append("#")
        else:
            out.append(str(node.val))
            queue.extend((node.left, node.right))
    return "".join(out)


def deserialize(data: str) -> TreeNode | None:
    chars = iter(data)
    first = next(chars)
    if first == "#":
        return None
    root = TreeNode(int(first))
    queue = deque([root])
    while queue:
        node = queue.popleft()
        for side in ("left", "right"):
            ch = next(chars, "#")
            if ch != "#":
                child = TreeNode(int(ch))
                setattr(node, side, child)
                queue.append(child)
    return root

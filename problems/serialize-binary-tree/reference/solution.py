from collections import deque

MISSING = "#"


def serialize(root: TreeNode | None) -> str:
    # Level order with a marker for every missing child, so the gaps fix the
    # shape; a queue rather than recursion, so depth does not matter.
    tokens = []
    queue = deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            tokens.append(MISSING)
            continue
        tokens.append(str(node.val))
        queue.append(node.left)
        queue.append(node.right)
    return ",".join(tokens)


def deserialize(data: str) -> TreeNode | None:
    # Read the tokens in the order serialize wrote them: every node that is
    # built is followed, later in the stream, by its two children's tokens.
    tokens = iter(data.split(","))
    first = next(tokens)
    if first == MISSING:
        return None
    root = TreeNode(int(first))
    queue = deque([root])
    while queue:
        node = queue.popleft()
        for side in ("left", "right"):
            token = next(tokens)
            if token != MISSING:
                child = TreeNode(int(token))
                setattr(node, side, child)
                queue.append(child)
    return root

# fails: test_deep_skewed_tree, test_large_input
# Correct but recursive preorder both ways: a 5,000-deep tree exceeds the recursion limit (RecursionError).
def serialize(root: TreeNode | None) -> str:
    if root is None:
        return "#"
    return f"{root.val},{serialize(root.left)},{serialize(root.right)}"


def deserialize(data: str) -> TreeNode | None:
    tokens = iter(data.split(","))

    def build():
        token = next(tokens)
        if token == "#":
            return None
        return TreeNode(int(token), build(), build())

    return build()

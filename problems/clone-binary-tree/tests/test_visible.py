from solution import clone_tree

from judge.testing import tree, tree_values


def all_nodes(root):
    stack, found = [root], []
    while stack:
        node = stack.pop()
        if node is not None:
            found.append(node)
            stack += [node.left, node.right]
    return found


def test_example():
    root = tree([1, 2, 3, 4])
    copy = clone_tree(root)
    assert tree_values(copy) == [1, 2, 3, 4]


def test_copy_shares_no_node():
    root = tree([1, 2, 3, 4])
    originals = {id(node) for node in all_nodes(root)}
    copy = clone_tree(root)
    shared = [node for node in all_nodes(copy) if id(node) in originals]
    assert shared == [], "the copy must be made of new nodes only"


def test_empty_tree():
    assert clone_tree(None) is None


def test_original_unchanged():
    root = tree([5, None, 7, 6])
    clone_tree(root)
    assert tree_values(root) == [5, None, 7, 6]

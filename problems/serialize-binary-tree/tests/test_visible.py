from solution import deserialize, serialize

from judge.testing import TreeNode, tree, tree_values


def round_trip(root):
    return deserialize(serialize(root))


def test_example():
    root = tree([1, 2, 3, None, None, 4, 5])
    assert tree_values(round_trip(root)) == [1, 2, 3, None, None, 4, 5]


def test_serialize_returns_a_string():
    assert isinstance(serialize(tree([1, 2])), str)


def test_empty_tree():
    assert round_trip(None) is None


def test_copy_is_new_nodes():
    root = TreeNode(1, TreeNode(2))
    copy = round_trip(root)
    assert copy is not root and copy.left is not root.left


def test_negative_values():
    assert tree_values(round_trip(tree([-7, None, 120]))) == [-7, None, 120]

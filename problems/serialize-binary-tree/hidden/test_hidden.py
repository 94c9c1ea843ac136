import random

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import TreeNode, tree, tree_values


def all_nodes(root):
    """Every node reachable from root, each once (safe even if a node is shared)."""
    seen, found, stack = set(), [], [root]
    while stack:
        node = stack.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        found.append(node)
        stack += [node.left, node.right]
    return found


def check(solution, root):
    before = tree_values(root)
    originals = {id(node) for node in all_nodes(root)}
    data = solution.serialize(root)
    assert isinstance(data, str), f"serialize returned {type(data).__name__}, not str"
    assert tree_values(root) == before, "serialize changed the tree"
    copy = solution.deserialize(data)
    # Identity survives the sandbox: a node kept from the input IS the input's node here.
    assert not any(id(node) in originals for node in all_nodes(copy)), "deserialize returned nodes of the input, not new ones"
    assert tree_values(copy) == before


def chain(values, side):
    """A path: each node is the `side` child of the one before."""
    root = None
    for value in reversed(values):
        root = TreeNode(value, root, None) if side == "left" else TreeNode(value, None, root)
    return root


def test_examples(solution):
    check(solution, tree([1, 2, 3, None, None, 4, 5]))
    check(solution, tree([-7, None, 120]))


def test_empty_tree(solution):
    check(solution, None)


def test_single_node(solution):
    for value in (0, 5, -1):
        check(solution, TreeNode(value))


def test_one_child_nodes(solution):
    # Lone right children, lone left children: each gap must stay on its side.
    check(solution, tree([1, None, 2, None, 3]))
    check(solution, tree([1, 2, None, 3]))
    check(solution, tree([1, 2, 3, None, 4, 5]))
    check(solution, tree([1, None, 2, 3]))


def test_negative_and_multi_digit_values(solution):
    check(solution, tree([-1, 10, -100, 1000, None, 0, -5]))
    check(solution, tree([10**9, -(10**9), 123456789]))
    check(solution, tree([-12, -3, None, 45]))


def test_duplicate_values(solution):
    check(solution, tree([1, 1, 1, 1, None, 1]))
    check(solution, tree([0, 0, None, 0, None, 0]))


def test_strings_are_independent(solution):
    # Several trees serialized first, then read back in another order, one twice:
    # each string alone must say which tree it holds.
    roots = [tree([1, 2, 3]), tree([4, None, 5]), None, tree([6, 7, None, 8])]
    expected = [tree_values(root) for root in roots]
    strings = [solution.serialize(root) for root in roots]
    for i in (3, 1, 0, 2, 3):
        assert tree_values(solution.deserialize(strings[i])) == expected[i]


def test_deep_skewed_tree(solution):
    # 5,000 nodes in a line: too deep for plain recursion.
    check(solution, chain(list(range(5_000)), "left"))
    check(solution, chain(list(range(5_000, 0, -1)), "right"))


def random_tree(n, rng):
    nodes = [TreeNode(rng.randint(-(10**9), 10**9)) for _ in range(n)]
    for i, node in enumerate(nodes[1:], start=1):
        parent = nodes[rng.randrange(i)]
        while True:  # hang it under a random earlier node with a free side
            side = rng.choice(("left", "right"))
            if getattr(parent, side) is None:
                setattr(parent, side, node)
                break
            parent = getattr(parent, side)
    return nodes[0]


def test_large_input(solution):
    check(solution, random_tree(10_000, random.Random(11)))
    zigzag = [TreeNode(i) for i in range(10_000)]
    for i, node in enumerate(zigzag[:-1]):
        setattr(node, "left" if i % 2 else "right", zigzag[i + 1])
    check(solution, zigzag[0])


# Level order, None for a gap; a few values of several digits and signs. Shrinks
# toward fewer nodes, then 0.
trees = st.lists(st.sampled_from([None, 0, 1, -1, 7, -23, 100, 4567]), max_size=31).map(tree)


@given(trees)
def test_matches_reference(solution, reference, root):
    # Any format is right: the reference is only a sanity check of the test itself.
    assert tree_values(reference.deserialize(reference.serialize(root))) == tree_values(root)
    check(solution, root)

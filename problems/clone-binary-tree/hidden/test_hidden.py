import random

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import TreeNode, expect, tree, tree_values


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


def check(solution, reference, root):
    before = tree_values(root)
    originals = {id(node) for node in all_nodes(root)}
    expect(reference.clone_tree(root))
    copy = solution.clone_tree(root)
    # Identity survives the sandbox: a node the submission reused IS the input's node here.
    assert not any(id(node) in originals for node in all_nodes(copy)), "the copy shares nodes with the input"
    assert tree_values(root) == before, "the input tree was changed"
    assert tree_values(copy) == before


def test_empty_tree(solution, reference):
    check(solution, reference, None)


def test_single_node(solution, reference):
    check(solution, reference, tree([7]))
    check(solution, reference, tree([0]))


def test_complete_tree(solution, reference):
    check(solution, reference, tree(range(1, 16)))


def test_one_child_nodes(solution, reference):
    # Lone right children and lone left children: the gaps must stay where they are.
    check(solution, reference, tree([1, None, 2, None, 3]))
    check(solution, reference, tree([1, 2, 3, None, 4, 5]))


def test_duplicate_values(solution, reference):
    # Equal values are still different nodes: nothing may be merged.
    check(solution, reference, tree([1, 1, 1, 1, None, 1]))
    check(solution, reference, tree([-2, 0, 0, -2, -2, 0, 0]))


def test_deep_skewed_tree(solution, reference):
    # 5,000 nodes in a line, each the left child of the next: too deep for plain recursion.
    root = None
    for value in range(5_000):
        root = TreeNode(value, root)
    check(solution, reference, root)


# Level order, None for a gap. Sampling None 1 time in 8 keeps trees bushy; few
# values make equal values common. Shrinks toward None (fewer nodes), then 0.
trees = st.lists(st.sampled_from([None, 0, 1, -1, 2, -2, 3, -3]), max_size=31).map(tree)


def test_large_input(solution, reference):
    # 30,000 nodes hung under random earlier nodes: a copy that looks each
    # node up in a list of pairs (not a dict) does 4.5 * 10**8 comparisons.
    rng = random.Random(7)
    nodes = [TreeNode(rng.randrange(10**6)) for _ in range(30_000)]
    for i, node in enumerate(nodes[1:], start=1):
        parent = nodes[rng.randrange(i)]
        while True:
            side = "left" if rng.random() < 0.5 else "right"
            if getattr(parent, side) is None:
                setattr(parent, side, node)
                break
            parent = getattr(parent, side)
    check(solution, reference, nodes[0])


@given(trees)
def test_matches_reference(solution, reference, root):
    check(solution, reference, root)

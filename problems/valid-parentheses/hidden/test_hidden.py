import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for s, expected in cases:
        actual = solution.is_valid(s)
        assert actual == expected


def test_examples(solution):
    check(solution, [("()", True), ("()[]{}", True), ("(]", False), ("([)]", False), ("{[]}", True)])


def test_empty_string(solution):
    check(solution, [("", True)])


def test_single_bracket(solution):
    check(solution, [(ch, False) for ch in "()[]{}"])


def test_left_open(solution):
    check(solution, [("((", False), ("({[", False), ("()(", False), ("[{}", False), ("{[]}(", False)])


def test_close_without_open(solution):
    check(solution, [(")(", False), ("())", False), ("]", False), ("{}}", False), ("()]", False)])


def test_wrong_kind_or_order(solution):
    check(solution, [("(]", False), ("([)]", False), ("{(})", False), ("[(])", False), ("{]", False), ("((]]", False)])


def test_nested_and_side_by_side(solution):
    check(solution, [("{[()()]}", True), ("([]){}[({})]", True), ("((()))", True), ("[][][]", True), ("{{[[(())]]}}", True)])


def test_large_input(solution):
    # 100,000 brackets: 50,000 opened, then closed. Cutting out one adjacent
    # pair and starting over finds each pair in the middle: 50,000 passes.
    rng = random.Random(9)
    kinds = [rng.randrange(3) for _ in range(50_000)]
    deep = "".join("([{"[k] for k in kinds) + "".join(")]}"[k] for k in reversed(kinds))
    check(solution, [
        (deep, True),
        (deep[:-1] + ("]" if deep[-1] == ")" else ")"), False),  # the outermost pair does not match
        ("()" * 50_000, True),
        ("(" * 100_000, False),
    ])  # fmt: skip


# Balanced strings built pair by pair (nested or side by side); the same
# brackets shuffled (each kind still opened as often as closed, but often
# crossed); and strings of random brackets. All shrink toward short strings.
balanced = st.recursive(
    st.just(""),
    lambda inner: st.tuples(st.sampled_from(["()", "[]", "{}"]), inner, inner).map(lambda t: t[0][0] + t[1] + t[0][1] + t[2]),
    max_leaves=8,
)
anything = st.lists(st.sampled_from("()[]{}"), max_size=12).map("".join)


shuffled = balanced.flatmap(lambda s: st.permutations(list(s))).map("".join)


@given(st.one_of(anything, balanced, shuffled))
def test_matches_reference(solution, reference, s):
    expected = reference.is_valid(s)
    actual = solution.is_valid(s)
    assert actual == expected

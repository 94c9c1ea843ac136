"""Parameter types to scaffold code: strategies and ladder inputs that run."""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import find
from hypothesis import strategies as st

from judge.instructor import typemap


@pytest.mark.parametrize(
    ("annotation", "check"),
    [
        ("int", lambda v: isinstance(v, int)),
        ("i64", lambda v: isinstance(v, int)),
        ("str", lambda v: isinstance(v, str)),
        ("list[list[int]]", lambda v: isinstance(v, list) and all(isinstance(x, list) for x in v)),
        ("dict[str, int]", lambda v: isinstance(v, dict)),
        ("set[int]", lambda v: isinstance(v, set)),
        ("tuple[int, str]", lambda v: isinstance(v, tuple) and len(v) == 2),
        ("list[bool]", lambda v: isinstance(v, list)),
    ],
)
def test_known_types_give_strategies_that_draw_them(annotation: str, check: object) -> None:
    node = typemap.parse(annotation)
    assert typemap.known(node)
    strategy = eval(typemap.strategy(node), {"st": st})  # the scaffold's own text, as the hidden test will run it
    assert callable(check) and check(find(strategy, lambda v: True))


@pytest.mark.parametrize(
    ("annotation", "size"), [("int", 50), ("i64", 50), ("str", 50), ("list[int]", 50), ("list[list[int]]", 50), ("set[str]", None)]
)
def test_sized_values_have_size_n(annotation: str, size: int | None) -> None:
    value = eval(typemap.sized_value(typemap.parse(annotation)), {"rng": random.Random(1), "string": string, "n": 50})
    if size is not None:
        assert (value if isinstance(value, int) else len(value)) == size


@pytest.mark.parametrize("annotation", ["TreeNode | None", "Callable[[int], int]", None, "list[", "dict[str, int]"])
def test_unknown_types_are_placeholders(annotation: str | None) -> None:
    node = typemap.parse(annotation)
    if annotation != "dict[str, int]":
        assert not typemap.known(node)
    assert typemap.sized_value(node) == typemap.UNKNOWN_VALUE

"""Signature types, read once for every language."""

from __future__ import annotations

import pytest

from judge.languages.types import OPTIONAL, UNKNOWN, Type, is_known, parse, typed
from judge.problem.model import Signature


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("int", Type("int")),
        ("i64", Type("i64")),
        ("list[list[int]]", Type("list", (Type("list", (Type("int"),)),))),
        ("TreeNode | None", Type(OPTIONAL, (Type("TreeNode"),))),
        ("Optional[ListNode]", Type(OPTIONAL, (Type("ListNode"),))),
        ("dict[str, int]", Type("dict", (Type("str"), Type("int")))),
        ("None", Type("None")),
    ],
)
def test_parse_reads_the_types_problems_use(text: str, expected: Type) -> None:
    assert parse(text) == expected
    assert is_known(expected)


@pytest.mark.parametrize("text", ["Deque[int]", "int | str", "list[Any]", "Callable[[int], int]"])
def test_other_types_are_unknown(text: str) -> None:
    kind = parse(text)
    assert not is_known(kind)
    assert UNKNOWN in {t.name for t in kind.walk()}


def test_typed_drops_self_and_reads_a_missing_result_as_none() -> None:
    signature = typed(Signature("put", "put(self, key: int, value: i64)", ("key", "value"), None))
    assert [(p.name, str(p.type)) for p in signature.params] == [("key", "int"), ("value", "i64")]
    assert signature.returns == Type("None")


def test_str_writes_the_type_back() -> None:
    assert str(parse("list[TreeNode | None]")) == "list[TreeNode | None]"

"""Python's notation: the text reports have always shown (tests pin it).

Calls name their parameters (`two_sum(nums=[1, 2], target=3)`), values are
their Python reprs (trees as `tree([1, None, 2])`), an object is kept as
`lru_cache = LRUCache(capacity=2)`.
"""

from __future__ import annotations

from typing import Any, ClassVar

from judge.display import show
from judge.languages.notation.base import Call, Notation, snake_variable
from judge.languages.types import Type


class PythonNotation(Notation):
    restates_calls: ClassVar[bool] = False  # the test's own statement is Python already
    null: ClassVar[str] = "None"

    def value(self, value: Any, kind: Type | None = None, result: bool = False) -> str:
        return show(value)

    def call(self, call: Call) -> str:
        params = call.signature.params if call.signature is not None else None
        head = f"{call.receiver}.{call.method}" if call.method is not None else call.owner
        return f"{head}({format_args(call.args, call.kwargs, params)})"

    def declare(self, variable: str, type_name: str, expression: str) -> str:
        return f"{variable} = {expression}"

    def variable(self, type_name: str, number: int) -> str:
        return snake_variable(type_name, number)


def format_args(args: tuple[Any, ...], kwargs: dict[str, Any], params: tuple[str, ...] | None) -> str:
    parts = []
    for i, arg in enumerate(args):
        name = params[i] if params is not None and i < len(params) else None
        parts.append(f"{name}={show(arg)}" if name else show(arg))
    parts += [f"{k}={show(v)}" for k, v in kwargs.items()]
    return ", ".join(parts)

"""Go's notation, as LeetCode's Go reads: `twoSum([]int{-1, 0}, -1)`.

Slices are composite literals typed at the top (`[][]int{{1, 2}, {3}}`),
an empty tree or list is `nil`; a class problem's object is LeetCode's
`obj := Constructor(2)`, its methods exported: `obj.Put(1, 1)`.
"""

from __future__ import annotations

import math
from typing import Any, ClassVar

from judge.languages.notation.base import Call, Notation, quoted
from judge.languages.types import Type


class GoNotation(Notation):
    null: ClassVar[str] = "nil"
    nothing: ClassVar[str] = "(no result)"

    def floating(self, value: float) -> str:
        if math.isnan(value):
            return "math.NaN()"
        if math.isinf(value):
            return "math.Inf(1)" if value > 0 else "math.Inf(-1)"
        return repr(value)

    def string(self, value: str) -> str:
        return quoted(value, "\\x{:02x}")

    def sequence(self, values: list[Any], kind: Type, result: bool) -> str:
        spelled = self.language.type_name(kind) or "[]any"
        return spelled + self.composite(values, kind)

    def composite(self, values: list[Any], kind: Type) -> str:
        """A slice's elements: slices inside it elide their type (`{{1, 2}, {3}}`)."""
        return "{" + ", ".join(self.items(values, self.item_kind(kind), nested=self.composite)) + "}"

    def construct(self, call: Call, arguments: str) -> str:
        return f"Constructor({arguments})"

    def name(self, call: Call) -> str:
        spelled = super().name(call)
        return spelled[:1].upper() + spelled[1:] if call.method is not None else spelled  # methods are exported

    def declare(self, variable: str, type_name: str, expression: str) -> str:
        return f"{variable} := {expression}"

    def variable(self, type_name: str, number: int) -> str:
        return "obj" if number == 1 else f"obj{number}"  # LeetCode's Go template: obj := Constructor(...)

"""C++'s notation, as LeetCode's C++ reads: `Solution().twoSum({-1, 0}, -1)`.

Vectors are initializer lists at every depth (`{{1, 2}, {3}}`), strings in
double quotes, `true`/`false`, an empty tree or list `nullptr`; objects are
kept as LeetCode's template keeps them: `LRUCache* lruCache = new
LRUCache(2)`, then `lruCache->get(2)`.
"""

from __future__ import annotations

import math
from typing import Any, ClassVar

from judge.languages.notation.base import Call, Notation, quoted
from judge.languages.types import Type


class CppNotation(Notation):
    null: ClassVar[str] = "nullptr"

    def floating(self, value: float) -> str:
        if math.isnan(value):
            return "NAN"
        if math.isinf(value):
            return "INFINITY" if value > 0 else "-INFINITY"
        return repr(value)

    def string(self, value: str) -> str:
        return quoted(value, "\\x{:02x}")

    def sequence(self, values: list[Any], kind: Type, result: bool) -> str:
        return self.braced(self.items(values, self.item_kind(kind)))

    def set_of(self, values: list[Any], item: Type) -> str:
        return self.braced(self.items(values, item))

    def bracketed(self, items: list[str]) -> str:
        return self.braced(items)

    @staticmethod
    def braced(items: list[str]) -> str:
        return "{" + ", ".join(items) + "}"

    def call(self, call: Call) -> str:
        text = super().call(call)
        if call.method is None or call.construct:
            return text
        # A method of an object made with `new` goes through its pointer; a static one (on the class) through `::`.
        arrow = "::" if call.receiver == call.owner else "->"
        return call.receiver + arrow + text[len(call.receiver) + 1 :]

    def function(self, call: Call, arguments: str) -> str:
        return f"Solution().{self.name(call)}({arguments})"

    def declare(self, variable: str, type_name: str, expression: str) -> str:
        return f"{type_name}* {variable} = {expression}"

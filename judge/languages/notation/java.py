"""Java's notation, as LeetCode's Java reads: `new Solution().twoSum(new int[]{-1, 0}, -1)`.

Arrays (the arguments, and results declared `int[]`) are array creation
expressions; a result declared as a collection (`List<String>`,
`List<List<Integer>>`, a `Set`, a `Map`) reads as Java prints one
(`[0, 1]`, `{"a"=1}`), with its strings quoted.  A `long` past `int`'s range
has its `L`; objects are kept as `LRUCache lruCache = new LRUCache(2)`.
"""

from __future__ import annotations

import math
from typing import Any

from judge.languages.notation.base import Call, Notation, quoted
from judge.languages.types import Type


class JavaNotation(Notation):
    def integer(self, value: int, name: str) -> str:
        return f"{value}L" if name == "i64" and not -(2**31) <= value < 2**31 else str(value)

    def floating(self, value: float) -> str:
        if math.isnan(value):
            return "Double.NaN"
        if math.isinf(value):
            return "Double.POSITIVE_INFINITY" if value > 0 else "Double.NEGATIVE_INFINITY"
        return repr(value)

    def string(self, value: str) -> str:
        return quoted(value)

    def sequence(self, values: list[Any], kind: Type, result: bool) -> str:
        spelled = self.language.type_name(kind, result) or ""
        if spelled.endswith("[]"):
            return f"new {spelled}{self.array(values, kind)}"
        return self.collection(values, kind)

    def array(self, values: list[Any], kind: Type) -> str:
        """The initializer of an array: nested arrays are bare braces (`{{1, 2}, {3}}`)."""
        return "{" + ", ".join(self.items(values, self.item_kind(kind), nested=self.array)) + "}"

    def collection(self, values: list[Any], kind: Type) -> str:
        """A List as Java prints it; lists inside it are Lists too."""
        return self.bracketed(self.items(values, self.item_kind(kind), True, nested=self.collection))

    def mapping(self, value: dict[Any, Any], kind: Type) -> str:
        key, item = kind.args if len(kind.args) == 2 else (Type("?"), Type("?"))
        pairs = [f"{self.render(k, key, True)}={self.render(v, item, True)}" for k, v in value.items()]
        return "{" + ", ".join(pairs) + "}"

    def function(self, call: Call, arguments: str) -> str:
        return f"new Solution().{self.name(call)}({arguments})"

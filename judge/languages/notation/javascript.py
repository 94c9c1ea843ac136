"""JavaScript's notation, as LeetCode's JavaScript reads: `twoSum([-1, 0], -1)`.

Numbers as JavaScript prints them (`2`, not `2.0`; `Infinity`; an `i64` past
2**53 is a BigInt, `9007199254740993n`), arrays in brackets, `null`;
objects are kept as `const lruCache = new LRUCache(2)`.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import ClassVar

from judge.languages.notation.base import Notation

SAFE = 2**53


class JavaScriptNotation(Notation):
    nothing: ClassVar[str] = "undefined"

    def integer(self, value: int, name: str) -> str:
        return f"{value}n" if abs(value) > SAFE else str(value)

    def floating(self, value: float) -> str:
        return number_text(value)

    def declare(self, variable: str, type_name: str, expression: str) -> str:
        return f"const {variable} = {expression}"


def number_text(value: float) -> str:
    """What JavaScript's String(number) prints: the shortest digits that read back, in its layout."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "0"
    _, digit_tuple, exponent = Decimal(repr(abs(value))).as_tuple()
    digits = "".join(map(str, digit_tuple)).rstrip("0")
    assert isinstance(exponent, int)
    point = len(digit_tuple) + exponent  # the value is 0.DIGITS x 10**point
    minus = "-" if value < 0 else ""
    if len(digits) <= point <= 21:
        return minus + digits + "0" * (point - len(digits))
    if 0 < point <= 21:
        return minus + digits[:point] + "." + digits[point:]
    if -6 < point <= 0:
        return minus + "0." + "0" * -point + digits
    mantissa = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
    return f"{minus}{mantissa}e{'+' if point - 1 >= 0 else '-'}{abs(point - 1)}"

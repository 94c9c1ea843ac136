"""Growth classes: parse a setter's label, and name a class from an exponent."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

LABEL = re.compile(r"^O\((?P<body>.+)\)$")
POWER = re.compile(r"^n(?:\^(?P<exp>\d+(?:\.\d+)?)|\*\*(?P<exp2>\d+(?:\.\d+)?))?$")


@dataclass(frozen=True)
class Growth:
    """n^exponent * (log n)^log_power, or 2^n when exponential."""

    exponent: float
    log_power: int = 0
    exponential: bool = False

    @property
    def effective(self) -> float:
        """A single number to compare classes by (a log factor counts a little)."""
        return math.inf if self.exponential else self.exponent + 0.1 * self.log_power

    def name(self) -> str:
        if self.exponential:
            return "O(2^n)"
        if self.exponent == 0:
            core = "1" if self.log_power == 0 else "log n"
            return f"O({core})"
        power = "n" if self.exponent == 1 else f"n^{self.exponent:g}"
        return f"O({power} log n)" if self.log_power else f"O({power})"


def parse_label(label: str) -> Growth:
    """'O(n log n)' -> Growth(1, 1); 'O(n^2)' -> Growth(2); raises ValueError."""
    match = LABEL.match(label.replace(" ", "").replace("·", "").replace("*log", "log"))
    if match is None:
        raise ValueError(f"not a complexity label like 'O(n log n)': {label!r}")
    body = match.group("body")
    if body in ("2^n", "2**n"):
        return Growth(0, 0, exponential=True)
    if body == "1":
        return Growth(0)
    if body in ("logn", "log(n)"):
        return Growth(0, 1)
    logs = 0
    for suffix in ("logn", "log(n)"):
        if body.endswith(suffix):
            body, logs = body[: -len(suffix)], 1
    power = POWER.match(body)
    if power is None:
        raise ValueError(f"not a complexity label like 'O(n log n)': {label!r}")
    exp = power.group("exp") or power.group("exp2")
    return Growth(float(exp) if exp else 1.0, logs)


def name_exponent(exponent: float, reference: Growth) -> tuple[str, str]:
    """The class nearest a fitted exponent, and a hedge where a log factor
    cannot be told from the data ('O(n^2)', 'possibly O(n^2 log n)')."""
    if exponent > 4.5:
        return "O(2^n)", "or another exponential"
    rounded = max(0.0, round(exponent * 2) / 2)
    rounded = float(int(rounded)) if abs(rounded - round(rounded)) < 1e-9 else rounded
    base = Growth(rounded, 0)
    if reference.exponential or abs(reference.exponent - rounded) > 0.25:
        return base.name(), ""
    # Same degree as the reference: only a log factor is in doubt.
    with_log = Growth(rounded, 1)
    if reference.log_power:
        return with_log.name(), f"possibly {base.name()}"
    return base.name(), f"possibly {with_log.name()}"

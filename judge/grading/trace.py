"""What the submission was asked and answered during one example.

Hypothesis replays the minimal failing example last, so the trace of the last
example is the counterexample: its calls are the input, its last answer the
actual value, and the last `==` a test asserted supplies the expected one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from judge.languages import PYTHON
from judge.languages.notation import Notation
from judge.languages.types import Type
from judge.sandbox.printed import Output

MAX_CALLS = 64
_NOTHING = object()


@dataclass
class CallRecord:
    text: str
    outcome: str = ""
    display: bool = False  # repr(): what pytest asks to word a failure, not what the test asked
    opaque: str = ""  # an answer that is no value, as a hidden case may name it ("a generator")
    returns: Type | None = None  # the declared type of the answer: how the expected value is spelled too
    answer: Any = field(default=_NOTHING, repr=False)  # the answer itself: is it the side an assertion compared?


@dataclass
class Trace:
    calls: list[CallRecord] = field(default_factory=list)
    expected: Any = _NOTHING
    explicit: bool = False  # named by expect(): an incidental `==` must not replace it
    dropped: int = 0
    handles: int = 0  # objects the example created in the sandbox, for their names
    printed: Output = field(default_factory=Output)  # what the submission printed during the example
    wording: bool = False  # pytest is wording a failed assertion: calls now are its, not the test's
    notation: Notation = field(default_factory=PYTHON.notation)  # the submission's language, set per case

    def reset(self) -> None:
        self.printed = Output()
        self.calls.clear()
        self.expected = _NOTHING
        self.explicit = False
        self.dropped = 0
        self.handles = 0

    def called(self, text: str, display: bool = False) -> CallRecord:
        record = CallRecord(text, display=display or self.wording)
        self.calls.append(record)
        if len(self.calls) > MAX_CALLS:
            del self.calls[0]
            self.dropped += 1
        return record

    def expect(self, value: Any, explicit: bool = True) -> None:
        if explicit or not self.explicit:
            self.expected = value
            self.explicit = self.explicit or explicit

    @property
    def has_expected(self) -> bool:
        return self.expected is not _NOTHING

    def asked(self) -> list[CallRecord]:
        """The calls, less the repr() calls after the last real one: pytest
        makes those while it words the failure, after the answer that failed."""
        calls = list(self.calls)
        while calls and calls[-1].display:
            calls.pop()
        return calls

    def input_text(self) -> str:
        lines = [c.text for c in self.asked()]
        if self.dropped:
            lines.insert(0, f"# ... {self.dropped} earlier calls")
        return "\n".join(lines)

    def last_opaque(self) -> str:
        """What the last answer was, when it was no value the judge can compare ("a generator"); else ""."""
        calls = self.asked()
        return calls[-1].opaque if calls else ""

    def actual_text(self) -> str:
        calls = self.asked()
        return calls[-1].outcome if calls else ""

    def expected_text(self) -> str | None:
        if not self.has_expected:
            return None
        calls = self.asked()
        return self.notation.value(self.expected, calls[-1].returns if calls else None, result=True)

    def answering(self, value: Any) -> CallRecord | None:
        """The last call, when `value` is its very answer (the left side of a failed `==`)."""
        calls = self.asked()
        return calls[-1] if calls and calls[-1].answer is value else None


# The trace of the case being run; test helpers (judge.testing.expect) reach it here.
current = Trace()

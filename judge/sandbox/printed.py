"""What the submission printed, as the runner reports it: checked, capped again, made safe to show.

With the answer of a call that printed, the runner sends the beginning and
the end of what it printed and how many bytes it printed in all (the frame's
`out`: `head`, `tail`, `cut`, `bytes`).  All of it comes out of the sandbox,
so each part is cut to its cap here whatever the runner claims, characters a
terminal would obey (escape sequences, carriage returns) are shown as escapes,
and a malformed report counts as nothing printed.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

HEAD = 4096  # characters kept from the beginning (the runner keeps as many)
TAIL = 4096  # and from the end
SHOWN_LINES = 10  # lines shown from each end
LINE_CAP = 300  # characters shown of one line
# C0 and C1 controls but newline and tab, DEL, lone surrogates, and the
# invisible marks that reorder or hide text on a terminal, and line separators
# other than the newline.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u200b-\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]")
ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def visible(text: str) -> str:
    """`text` with what a terminal would obey (or cannot print) written as escapes."""
    return UNSAFE.sub(escaped, text.replace("\r\n", "\n"))


def escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown_repr(raw: object, cap: int = 300) -> str:
    """A repr taken in the sandbox, as a report shows it: capped, safe, and
    without memory addresses (`<generator object two_sum>`), so the same
    submission reads the same on every run.  Empty when there is none."""
    if not isinstance(raw, str):
        return ""
    text = visible(ADDRESS.sub("", raw[: cap * 2]))
    return text if len(text) <= cap else text[: cap - 3] + "..."


@dataclass(frozen=True)
class Part:
    """One answer's output: its beginning, its end, whether characters were
    left out between them, and its size in bytes."""

    head: str
    tail: str
    cut: bool
    size: int


def part(raw: object) -> Part | None:
    """The `out` of a frame, checked; None when it is not one."""
    if not isinstance(raw, dict):
        return None
    head, tail, claimed = raw.get("head"), raw.get("tail", ""), raw.get("bytes")
    if not isinstance(head, str) or not isinstance(tail, str):
        return None
    cut = raw.get("cut") is True or len(head) > HEAD or len(tail) > TAIL
    head, tail = head[:HEAD], tail[-TAIL:]
    size = claimed if type(claimed) is int and claimed >= 0 else 0
    return Part(head, tail, cut, max(size, utf8_size(head) + utf8_size(tail)))


def utf8_size(text: str) -> int:
    return len(text.encode("utf-8", "replace"))


class Output:
    """What a case printed over all its calls, kept as its first HEAD and
    last TAIL characters and its size.  Test threads may add at once."""

    def __init__(self) -> None:
        self.head = ""
        self.tail = ""
        self.cut = False  # characters were left out between head and tail
        self.size = 0
        self._lock = threading.Lock()

    def add(self, printed: Part) -> None:
        with self._lock:
            self.size += printed.size
            self._append(printed.head)
            if printed.cut:
                self.cut, self.tail = True, ""  # what came before the gap is in it now
            self._append(printed.tail)

    def _append(self, text: str) -> None:
        if not self.cut and len(self.head) < HEAD:
            room = HEAD - len(self.head)
            self.head, text = self.head + text[:room], text[room:]
        self.tail += text
        if len(self.tail) > TAIL:
            self.tail, self.cut = self.tail[-TAIL:], True

    def text(self) -> str:
        """For a report: the first and last SHOWN_LINES lines, each capped,
        with how much is left out between them.  Empty when nothing was printed."""
        if not self.size:
            return ""
        first, last = self._ends()
        shown = [visible(clip(line)) for line in first]
        if self.cut or last:
            left_out = self.size - sum(utf8_size(line) + 1 for line in first + last)
            shown.append(f"[... {max(left_out, 0):,} bytes not shown ...]")
        return "\n".join(shown + [visible(clip(line)) for line in last])

    def _ends(self) -> tuple[list[str], list[str]]:
        """The lines shown before and after the gap (none after when all are shown)."""
        if self.cut:
            return lines_of(self.head)[:SHOWN_LINES], lines_of(self.tail)[-SHOWN_LINES:]
        lines = lines_of(self.head + self.tail)
        if len(lines) > 2 * SHOWN_LINES:
            return lines[:SHOWN_LINES], lines[-SHOWN_LINES:]
        return lines, []


def lines_of(text: str) -> list[str]:
    """Lines split at newlines only: a carriage return or a form feed is shown, not obeyed."""
    lines = text.split("\n")
    return lines[:-1] if lines[-1] == "" else lines


def clip(line: str) -> str:
    return line if len(line) <= LINE_CAP else line[: LINE_CAP - 3] + "..."

"""A submission's source as Python reads it, and its errors as Python shows them.

The runner is sent text, never bytes: the trusted side decodes the file by
the rules Python applies to a file it runs (a UTF-8 byte-order mark, a PEP 263
`# coding:` declaration in the first two lines, else UTF-8), so a file that
`python3 file.py` accepts is accepted here too.
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

MAX_SOURCE_BYTES = 1024 * 1024
SOURCE_LINE_CAP = 160
# What str(SyntaxError) appends, which the report already says in front.
LOCATION_SUFFIX = re.compile(r" \([^()\n]*, line \d+\)$")


class SourceRejected(Exception):
    """The judge cannot even send this source (too big, undecodable): a CE, not an error."""


def read_source(path: Path) -> str:
    data = path.read_bytes()
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceRejected(f"the submission is {len(data) / 2**20:.1f} MiB; the limit is {MAX_SOURCE_BYTES // 2**20} MiB")
    return decode_source(data, path.name)


def decode_source(data: bytes, filename: str) -> str:
    """Bytes to text as the interpreter would decode the file; the BOM is dropped."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as exc:
        if not str(exc).startswith("invalid or missing encoding declaration"):
            raise SourceRejected(f"{filename}: {exc}") from None  # an unknown codec, a BOM against the declaration
        encoding = "utf-8"  # no declaration and a first line that is not UTF-8: say which byte, below
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        shown = "UTF-8" if encoding in ("utf-8", "utf-8-sig") else encoding
        raise SourceRejected(f"{filename} is not {shown} text (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None


def drop_location(message: str) -> str:
    """`invalid syntax (solution.py, line 3)` -> `invalid syntax`: the location is said once, in front."""
    return LOCATION_SUFFIX.sub("", message)


def pointer(source: str, line: int | None, column: int | None = None) -> str:
    """The source line an error is on, indented, and a caret under the column when known."""
    lines = source.splitlines()
    if line is None or not 1 <= line <= len(lines):
        return ""
    raw = lines[line - 1]
    text = raw.expandtabs(4)
    stripped = text.lstrip()
    indent = len(text) - len(stripped)
    shown = stripped[:SOURCE_LINE_CAP] + ("..." if len(stripped) > SOURCE_LINE_CAP else "")
    if not shown:
        return ""
    out = f"    {shown}"
    if column is not None and 1 <= column <= len(raw) + 1:
        at = len(raw[: column - 1].expandtabs(4)) - indent  # the column counts a tab as one character
        if 0 <= at <= len(shown):
            out += "\n    " + " " * at + "^"
    return out

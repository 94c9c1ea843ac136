"""The part of YAML that problem.yaml and testdata.yaml use: nested mappings
by indentation, block and flow lists of scalars, plain and quoted scalars,
comments.  Anything else is a YamlError naming the line, never a guess.
(PyYAML is a development dependency only; the judge needs no more than this.)
"""

from __future__ import annotations

import json
import re
from typing import Any

KEY = re.compile(r"^([A-Za-z0-9_.\-]+)\s*:(?:\s+(.*))?$")


class YamlError(ValueError):
    def __init__(self, line: int, message: str):
        super().__init__(f"line {line}: {message}")


def parse(text: str) -> dict[str, Any]:
    lines = [(number, _strip_comment(raw)) for number, raw in enumerate(text.splitlines(), start=1)]
    lines = [(number, line) for number, line in lines if line.strip() and line.strip() not in ("---", "...")]
    for number, line in lines:
        if "\t" in line[: len(line) - len(line.lstrip())]:
            raise YamlError(number, "a tab in the indentation")
    value, rest = _block(lines, 0)
    if rest:
        raise YamlError(rest[0][0], "indentation out of place")
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise YamlError(lines[0][0], "the top level must be a mapping")
    return value


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _block(lines: list[tuple[int, str]], indent: int) -> tuple[Any, list[tuple[int, str]]]:
    """The mapping or list at `indent`, and the lines after it."""
    if not lines or _indent(lines[0][1]) < indent:
        return None, lines
    indent = _indent(lines[0][1])
    if lines[0][1].strip().startswith("- ") or lines[0][1].strip() == "-":
        return _list(lines, indent)
    mapping: dict[str, Any] = {}
    while lines and _indent(lines[0][1]) == indent:
        number, line = lines[0]
        match = KEY.match(line.strip())
        if match is None:
            raise YamlError(number, f"not a 'key: value' line: {line.strip()[:60]!r}")
        key, raw = match.group(1), match.group(2)
        lines = lines[1:]
        if raw is None or raw.strip() == "":
            mapping[key], lines = _block(lines, indent + 1)
        else:
            mapping[key] = _scalar(raw.strip(), number)
    if lines and _indent(lines[0][1]) > indent:
        raise YamlError(lines[0][0], "indentation out of place")
    return mapping, lines


def _list(lines: list[tuple[int, str]], indent: int) -> tuple[list[Any], list[tuple[int, str]]]:
    items = []
    while lines and _indent(lines[0][1]) == indent and lines[0][1].strip().startswith("-"):
        number, line = lines[0]
        item = line.strip()[1:].strip()
        if KEY.match(item):
            raise YamlError(number, "a mapping inside a list is not supported here")
        items.append(_scalar(item, number))
        lines = lines[1:]
    return items, lines


def _scalar(raw: str, number: int) -> Any:
    if raw[0] in "|>&*!":
        raise YamlError(number, f"YAML feature {raw[0]!r} is not supported here")
    if raw.startswith("["):
        if not raw.endswith("]"):
            raise YamlError(number, "an unclosed [ list")
        body = raw[1:-1].strip()
        return [_scalar(part.strip(), number) for part in body.split(",")] if body else []
    if raw.startswith("{"):
        if raw == "{}":
            return {}
        raise YamlError(number, "a { mapping } on one line is not supported here")
    if raw[0] == '"':
        try:
            return json.loads(raw)
        except ValueError:
            raise YamlError(number, "a malformed double-quoted string") from None
    if raw[0] == "'":
        if len(raw) < 2 or not raw.endswith("'"):
            raise YamlError(number, "a malformed single-quoted string")
        return raw[1:-1].replace("''", "'")
    return _plain(raw)


def _plain(raw: str) -> Any:
    lowered = raw.lower()
    if lowered in ("true", "yes", "on"):
        return True
    if lowered in ("false", "no", "off"):
        return False
    if lowered in ("null", "~"):
        return None
    for kind in (int, float):
        try:
            return kind(raw)
        except ValueError:
            continue
    return raw


def _strip_comment(line: str) -> str:
    """A `#` starts a comment at a line's start or after a space, outside quotes."""
    quote = ""
    for index, char in enumerate(line):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "#" and (index == 0 or line[index - 1] in " \t"):
            return line[:index].rstrip()
    return line.rstrip()

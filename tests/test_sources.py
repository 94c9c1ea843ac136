"""Sources as Python reads them: a BOM and PEP 263 declarations are honoured,
and a submission that does not load names the candidate's file, the line,
the source line with a caret, and the one-line cause, saying the location once."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.sources import SourceRejected, decode_source, drop_location, pointer
from tests.cli_support import SANDBOXES, assert_no_traceback, judge, usable

TWO_SUM_BODY = """\
def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
    return []
"""


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("sandbox", SANDBOXES)
@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("with_bom.py", b"\xef\xbb\xbf" + TWO_SUM_BODY.encode()),
        ("latin1.py", b"# -*- coding: latin-1 -*-\n# r\xe9sum\xe9: \xa9 me\n" + TWO_SUM_BODY.encode()),
        (
            "cp1252_second_line.py",
            b"#!/usr/bin/env python3\n# vim: set fileencoding=cp1252 :\nNOTE = '\x93quoted\x94'\n" + TWO_SUM_BODY.encode(),
        ),
    ],
)
def test_sources_python_runs_are_accepted(tmp_path: Path, sandbox: str, name: str, data: bytes) -> None:
    result = judge("test", "two-sum", write(tmp_path, name, data), "--sandbox", usable(sandbox))
    assert_no_traceback(result, 0)
    assert " AC  accepted" in result.output


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_syntax_error_names_the_file_once_with_source_line_and_caret(tmp_path: Path, sandbox: str) -> None:
    path = write(tmp_path, "my_attempt.py", b"import math\n\ndef two_sum(nums, target)\n    return []\n")
    result = judge("test", "two-sum", path, "--sandbox", usable(sandbox))
    assert_no_traceback(result, 1)
    lines = result.output.splitlines()
    at = lines.index("my_attempt.py, line 3: SyntaxError: expected ':'")
    assert lines[at + 1] == "    def two_sum(nums, target)"
    assert lines[at + 2] == "                             ^"
    assert "solution.py" not in result.output
    assert result.output.count("line 3") == 1


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_error_while_loading_shows_the_source_line(tmp_path: Path, sandbox: str) -> None:
    path = write(tmp_path, "attempt.py", b"LIMIT = 10\nTABLE = [0] * LIMT\n\ndef two_sum(nums, target):\n    return []\n")
    result = judge("test", "two-sum", path, "--sandbox", usable(sandbox))
    assert_no_traceback(result, 1)
    assert "attempt.py, line 2: NameError: name 'LIMT' is not defined" in result.output
    assert "    TABLE = [0] * LIMT\n" in result.output


def test_undecodable_source_is_one_line_ce(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.py", b"# r\xe9sum\xe9\n" + TWO_SUM_BODY.encode())
    result = judge("test", "two-sum", path, "--sandbox", "local")
    assert_no_traceback(result, 1)
    assert "mine.py is not UTF-8 text (byte 0xe9 at offset 3)" in result.output


def test_unknown_codec_is_one_line_ce(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.py", b"# coding: klingon\n" + TWO_SUM_BODY.encode())
    result = judge("test", "two-sum", path, "--sandbox", "local")
    assert_no_traceback(result, 1)
    assert "mine.py: unknown encoding" in result.output and "klingon" in result.output


def test_bom_is_dropped_and_declaration_decodes() -> None:
    assert decode_source(b"\xef\xbb\xbfx = 1\n", "a.py") == "x = 1\n"
    assert decode_source(b"# coding: latin-1\ns = '\xe9'\n", "a.py") == "# coding: latin-1\ns = 'é'\n"
    with pytest.raises(SourceRejected, match=r"a\.py"):
        decode_source(b"\xef\xbb\xbf# coding: latin-1\n", "a.py")


def test_location_is_said_once() -> None:
    assert drop_location("invalid syntax (solution.py, line 3)") == "invalid syntax"
    assert drop_location("name 'x' is not defined") == "name 'x' is not defined"


def test_pointer() -> None:
    source = "def f():\n\treturn (1,\n"
    assert pointer(source, 2, 2) == "    return (1,\n    ^"
    assert pointer(source, 1) == "    def f():"
    assert pointer(source, 9) == ""

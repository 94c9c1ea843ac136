"""`judge run` on an io problem: your program on your stdin or a sample, beside the reference's output."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_support import SANDBOXES, assert_no_traceback, judge, usable

PROBLEMS = Path(__file__).parent / "problems"


def write(tmp_path: Path, source: str) -> Path:
    path = tmp_path / "solution.py"
    path.write_text(source)
    return path


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_your_input_is_the_programs_stdin(tmp_path: Path, sandbox: str) -> None:
    path = write(tmp_path, "a, b = map(int, input().split())\nprint(a + b)\n")
    result = judge("--problems", PROBLEMS, "run", "add", path, "--input", "20 22", "--sandbox", usable(sandbox))
    assert_no_traceback(result, 0)
    assert "your program printed:\n  | 42\n" in result.output and "\nAC\n" in result.output


def test_a_different_output_shows_the_references_and_the_checkers_word(tmp_path: Path) -> None:
    path = write(tmp_path, "print(7)\n")
    result = judge("--problems", PROBLEMS, "run", "add", path, "--case", "1", "--sandbox", "local")
    assert_no_traceback(result, 1)
    assert "the reference printed:\n  | 3\n" in result.output
    assert "WA  token 1: expected '3', got '7'" in result.output


def test_a_crash_shows_stderr(tmp_path: Path) -> None:
    path = write(tmp_path, "raise RuntimeError('no')\n")
    result = judge("--problems", PROBLEMS, "run", "add", path, "--input", "1 2", "--sandbox", "local")
    # The program's own trace is shown (its stderr): the judge's run ended normally.
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert 'on stderr:\n  | Traceback (most recent call last):\n  |   File "solution.py", line 1' in result.output
    assert "RuntimeError: no" in result.output and "RE  the program ended with exit code 1" in result.output


@pytest.mark.parametrize(("args", "said"), [((), "give either --input TEXT"), (("--case", "9"), "--case 9: 'add' has 1 sample(s)")])
def test_bad_input_is_a_usage_error(tmp_path: Path, args: tuple[str, ...], said: str) -> None:
    result = judge("--problems", PROBLEMS, "run", "add", write(tmp_path, "print(3)\n"), *args, "--sandbox", "local")
    assert_no_traceback(result, 2)
    assert said in result.output

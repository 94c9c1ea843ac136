"""Kattis output validators, built and run on the trusted side: exit 42 accepts, 43 rejects, anything else is IE."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from judge.errors import ProblemFormatError
from judge.programs.validator import build_validator
from judge.verdicts import Verdict

# Accepts when the output's first number equals the answer's; says why not in judgemessage.txt.
CPP = r"""
#include <fstream>
#include <iostream>
#include <string>
int main(int argc, char **argv) {
    std::ifstream answer(argv[2]);
    long long want, got;
    answer >> want;
    if (!(std::cin >> got) || got != want) {
        std::ofstream(std::string(argv[3]) + "judgemessage.txt") << "wanted " << want;
        return 43;
    }
    return 42;
}
"""
PYTHON = """
import sys
wanted = open(sys.argv[2]).read().split()
sys.exit(42 if sys.stdin.read().split() == wanted else 43)
"""


def files(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "1.in").write_text("1 2\n")
    (tmp_path / "1.ans").write_text("3\n")
    return tmp_path / "1.in", tmp_path / "1.ans"


@pytest.mark.skipif(shutil.which("g++") is None, reason="no g++ on this machine")
def test_a_cpp_validator_is_built_once_and_decides(tmp_path: Path) -> None:
    folder = tmp_path / "validator"
    folder.mkdir()
    (folder / "check.cpp").write_text(CPP)
    cache = tmp_path / "cache"
    validator = build_validator(folder, cache)
    assert build_validator(folder, cache) == validator  # the second time from the cache
    given, answer = files(tmp_path)
    assert validator.judge(given, answer, "3\n") == (Verdict.AC, "")
    assert validator.judge(given, answer, "4\n") == (Verdict.WA, "wanted 3")


def test_a_python_validator_runs_with_this_python(tmp_path: Path) -> None:
    folder = tmp_path / "validator"
    folder.mkdir()
    (folder / "validate.py").write_text(PYTHON)
    validator = build_validator(folder)
    given, answer = files(tmp_path)
    assert validator.judge(given, answer, " 3 ")[0] is Verdict.AC
    assert validator.judge(given, answer, "5")[0] is Verdict.WA


def test_a_validator_that_crashes_is_an_internal_error(tmp_path: Path) -> None:
    folder = tmp_path / "validator"
    folder.mkdir()
    (folder / "validate.py").write_text("raise SystemExit(1)\n")
    given, answer = files(tmp_path)
    verdict, message = build_validator(folder).judge(given, answer, "3")
    assert verdict is Verdict.IE and message.startswith("the output validator failed (exit 1)")


@pytest.mark.skipif(shutil.which("g++") is None, reason="no g++ on this machine")
def test_a_validator_that_does_not_build_is_a_format_error_naming_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "validator"
    folder.mkdir()
    (folder / "check.cc").write_text("int main( {\n")
    with pytest.raises(ProblemFormatError, match=r"check\.cc: the output validator does not build: .*error"):
        build_validator(folder, tmp_path / "cache")


def test_a_folder_without_a_validator_is_a_format_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("nothing to run")
    with pytest.raises(ProblemFormatError, match="no output validator to build here"):
        build_validator(tmp_path)

"""Python: the runner the judge was built around (sandboxes/python/runner.py).

Its runner forks a fresh process per case itself (a fork server here, a
zygote in its image), so a case starts in about a millisecond.  Starters are
the problem's own starter/ files; names are the problem's own (the runner
also finds a LeetCode paste's `class Solution` and camelCase spellings).
"""

from __future__ import annotations

import sys
from pathlib import Path

from judge import resources
from judge.languages.base import IMAGE_RUNNER_DIR, Language
from judge.languages.types import NODES, OPTIONAL, SCALARS, Type
from judge.problem.model import Limits, Problem
from judge.sandbox.bytecode import launch
from judge.sandbox.local import runner_command

# The zygote, from the bytecode its image compiled at build (the root is read-only).
IMAGE_COMMAND = launch("python3", ["-s", "-S", "-P"], f"{IMAGE_RUNNER_DIR}/runner.py", ["--zygote"])


class Python(Language):
    name = "python"
    aliases = ("py", "python3")
    extensions = (".py",)
    image = "judge-python"
    runtime = "python3"
    forks = True
    camel_case = False

    def runner_files(self) -> list[Path]:
        return [resources.runner_path(), resources.protocol_path()]

    def local_command(self, limits: Limits) -> list[str]:
        return runner_command(sys.executable)

    def image_command(self, limits: Limits) -> list[str]:
        return list(IMAGE_COMMAND)

    def missing_toolchain(self) -> str | None:
        return None  # the judge's own interpreter runs it

    def unmapped(self, problem: Problem) -> list[str]:
        return []  # the tests' own language: every problem

    def type_name(self, kind: Type, result: bool = False) -> str | None:
        if kind.name == "i64":
            return "int"  # Python's ints have no width
        if kind.name in SCALARS or kind.name in NODES or kind.name == "None":
            return kind.name
        inner = [self.type_name(arg) for arg in kind.args]
        if any(name is None for name in inner):
            return None
        if kind.name == OPTIONAL:
            return f"{inner[0]} | None"
        return f"{kind.name}[{', '.join(name for name in inner if name)}]" if inner else kind.name

    def starter(self, problem: Problem) -> str:
        return problem.starter.read_text(encoding="utf-8")

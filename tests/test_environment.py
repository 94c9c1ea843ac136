"""Every child process the judge starts is given its environment as a copy
(judge/environment.py): without `env`, exec reads the C library's `environ`
while grading may be rewriting it in another thread."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

from judge.environment import for_child
from tests.churn import environment_churning

PACKAGE = Path(__file__).resolve().parents[1] / "judge"
STARTS_A_CHILD = {"run", "Popen", "call", "check_call", "check_output"}


def children_without_env(path: Path) -> list[int]:
    """The lines of `path` that start a child process with no `env=`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        starts_a_child = isinstance(node.func.value, ast.Name) and node.func.value.id == "subprocess" and node.func.attr in STARTS_A_CHILD
        if starts_a_child and not any(keyword.arg == "env" for keyword in node.keywords):
            found.append(node.lineno)
    return found


def test_every_child_process_is_given_its_environment() -> None:
    missing = [
        f"{path.relative_to(PACKAGE.parent)}:{line}" for path in sorted(PACKAGE.rglob("*.py")) for line in children_without_env(path)
    ]
    assert not missing, "subprocess calls without env=: " + ", ".join(missing)


def test_the_guard_sees_a_call_without_env(tmp_path: Path) -> None:
    module = tmp_path / "bare.py"
    module.write_text("import subprocess\nsubprocess.run(['true'])\nsubprocess.run(['true'], env={})\n")
    assert children_without_env(module) == [2]


def test_the_copy_is_the_environment_and_not_it() -> None:
    copy = for_child()
    assert copy == dict(os.environ) and copy is not os.environ


def test_a_child_starts_while_another_thread_rewrites_the_environment() -> None:
    """The failure the copy prevents: with env=None most of these execs fail with EFAULT here."""
    with environment_churning():
        for _ in range(100):
            subprocess.run([sys.executable, "-I", "-S", "-c", ""], env=for_child(), check=True)


def test_a_copy_is_taken_while_another_thread_removes_names() -> None:
    """dict(os.environ) raised KeyError in about one copy in five here: a name went between listing and reading it."""
    with environment_churning():
        copies = [for_child() for _ in range(2000)]
    assert all("PATH" in copy for copy in copies)

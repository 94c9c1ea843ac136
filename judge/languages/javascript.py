"""JavaScript on Node: sandboxes/javascript/runner.js, standard library only.

The runner finds entry points by reflection (module.exports, then the
script's top-level functions, classes and variables, in camelCase first), so
a LeetCode paste (`var twoSum = function(nums, target) {...}`) loads as it is.
A fresh runner process starts per case.  Memory: V8's old space is capped at
the problem's limit (--max-old-space-size; a heap that runs out aborts the
process, read as MLE); in Docker the container's cgroup holds as well.
"""

from __future__ import annotations

import signal
from pathlib import Path

from judge import resources
from judge.languages.base import IMAGE_RUNNER_DIR, Language, signatures, typed_entry
from judge.languages.notation.javascript import JavaScriptNotation
from judge.languages.types import NONE, OPTIONAL, Type, Typed
from judge.problem.model import Limits, Problem
from judge.sandbox.base import Death

SCALARS = {"int": "number", "i64": "number", "float": "number", "bool": "boolean", "str": "string"}
NODE_DEFINITIONS = {
    "TreeNode": [
        "Definition for a binary tree node, as the judge provides it.",
        "function TreeNode(val, left, right) {",
        "    this.val = (val === undefined ? 0 : val);",
        "    this.left = (left === undefined ? null : left);",
        "    this.right = (right === undefined ? null : right);",
        "}",
    ],
    "ListNode": [
        "Definition for a singly-linked list node, as the judge provides it.",
        "function ListNode(val, next) {",
        "    this.val = (val === undefined ? 0 : val);",
        "    this.next = (next === undefined ? null : next);",
        "}",
    ],
}


class JavaScript(Language):
    name = "javascript"
    aliases = ("js", "node")
    extensions = (".js", ".mjs", ".cjs")
    image = "judge-javascript"
    runtime = "node"
    threads = True  # no threads, but calls that overlap wait on promises (`async` methods), answered as they settle
    memory_headroom = 160  # the supervisor's Node and a runner's own before the submission allocates

    def runner_files(self) -> list[Path]:
        return [resources.sandbox_dir("javascript") / "runner.js"]

    def local_command(self, limits: Limits) -> list[str]:
        return ["node", *self._flags(limits), str(self.runner_files()[0])]

    def image_command(self, limits: Limits) -> list[str]:
        flags = ",".join(self._flags(limits))
        return ["node", f"{IMAGE_RUNNER_DIR}/runner.js", "--zygote", f"--child-flags={flags}"]

    @staticmethod
    def _flags(limits: Limits) -> list[str]:
        # Single-threaded: V8's background compiler and GC threads would add their CPU to a call's.
        # --expose-gc: the runner collects before it times a batch on the ladder.
        return [f"--max-old-space-size={limits.memory}", "--single-threaded", "--expose-gc"]

    def death(self, returncode: int) -> Death | None:
        # V8 aborts when its heap is full (SIGABRT) or it cannot reserve
        # memory for code (SIGTRAP): both are the memory limit.
        return Death.MEMORY if returncode in (-signal.SIGABRT, -signal.SIGTRAP) else None

    def notation(self) -> JavaScriptNotation:
        return JavaScriptNotation(self)

    def type_name(self, kind: Type, result: bool = False) -> str | None:
        if kind.name in SCALARS:
            return SCALARS[kind.name]
        if kind.name in NODE_DEFINITIONS:
            return kind.name
        if kind.name == NONE:
            return "void" if result else None
        if kind.name == OPTIONAL:
            inner = self.type_name(kind.args[0], result)
            return inner if inner in NODE_DEFINITIONS or inner is None else f"{inner}|null"
        if kind.name == "list" and len(kind.args) == 1:
            inner = self.type_name(kind.args[0])
            return f"{inner}[]" if inner is not None and "|" not in inner else None
        return None  # sets, dicts and tuples: no LeetCode JavaScript spelling

    def starter(self, problem: Problem) -> str:
        blocks = [_node_comment(name) for name in sorted(_nodes_used(problem))]
        if "concurrency" in problem.topics:
            blocks.append(CONCURRENCY_NOTE)
        for entry in problem.entries:
            head, methods = typed_entry(entry)
            if entry.kind == "function":
                blocks.append(self._function(head, f"var {self.spell(head.name)} = function"))
                continue
            blocks.append(self._function(head, f"var {entry.name} = function", constructor=True))
            blocks += [self._function(m, f"{entry.name}.prototype.{self.spell(m.name)} = function") for m in methods]
        return "\n\n".join(blocks) + "\n"

    def _function(self, signature: Typed, opening: str, constructor: bool = False) -> str:
        doc = [f" * @param {{{self.type_name(p.type)}}} {self.spell(p.name)}" for p in signature.params]
        if not constructor:
            doc.append(f" * @return {{{self.type_name(signature.returns, result=True)}}}")
        params = ", ".join(self.spell(p.name) for p in signature.params)
        return "\n".join(["/**", *doc, " */", f"{opening}({params}) {{", "    ", "};"])


CONCURRENCY_NOTE = """\
// JavaScript has no threads: the judge's calls that overlap run as promises. A method
// that must wait for another call returns a Promise (write it `async` and await one
// that a later call resolves); the others return plain values."""


def _nodes_used(problem: Problem) -> set[str]:
    return {t.name for s in signatures(problem) for kind in s.types() for t in kind.walk() if t.name in NODE_DEFINITIONS}


def _node_comment(name: str) -> str:
    return "\n".join(["/**", *(f" * {line}" for line in NODE_DEFINITIONS[name]), " */"])

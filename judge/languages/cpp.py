"""C++ (g++, C++20): sandboxes/cpp/, the runner compiled once, a glue file per signature.

C++ has no reflection, so the judge writes a small glue file per problem
(`glue()`): it includes LeetCode's prelude (the whole standard library,
`using namespace std`, TreeNode and ListNode), the candidate's file, and one
function per entry point that takes typed arguments and calls `Solution`'s
method (or the class's).  The runner's JSON and protocol code is compiled
once into libjudge.a (in the image, and here in a cache folder per runner
digest), with the prelude precompiled; a submission compiles only itself and
its glue, on `load`, inside the sandbox, with limits of its own.  The same
source and glue compile once per container (or once per cache folder here).
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
from pathlib import Path
from typing import ClassVar

from judge import resources
from judge.environment import for_child
from judge.languages.base import IMAGE_RUNNER_DIR, Language, signatures, typed_entry
from judge.languages.notation.cpp import CppNotation
from judge.languages.types import NONE, OPTIONAL, Type, Typed
from judge.problem.model import Limits, Problem

SCALARS = {"int": "int", "i64": "long long", "float": "double", "bool": "bool", "str": "string"}
NODES = {"TreeNode": "TreeNode*", "ListNode": "ListNode*"}
# The element types the runner converts (sandboxes/cpp/glue.hpp): lists of these, and lists of lists of int and string.
LIST_ITEMS = frozenset({"int", "long long", "double", "bool", "string", "vector<int>", "vector<string>"})
NODE_COMMENTS = {
    "TreeNode": [
        "Definition for a binary tree node (the judge provides it).",
        "struct TreeNode {",
        "    int val;",
        "    TreeNode *left;",
        "    TreeNode *right;",
        "    TreeNode() : val(0), left(nullptr), right(nullptr) {}",
        "    TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}",
        "    TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}",
        "};",
    ],
    "ListNode": [
        "Definition for singly-linked list (the judge provides it).",
        "struct ListNode {",
        "    int val;",
        "    ListNode *next;",
        "    ListNode() : val(0), next(nullptr) {}",
        "    ListNode(int x) : val(x), next(nullptr) {}",
        "    ListNode(int x, ListNode *next) : val(x), next(next) {}",
        "};",
    ],
}
SUBMISSION_PLACEHOLDER = "@SUBMISSION@"  # the supervisor puts the candidate's file name here
SOURCES: tuple[str, ...] = ("json.hpp", "json.cpp", "values.hpp", "values.cpp", "call.hpp", "call.cpp", "runtime.hpp", "runtime.cpp")
SOURCES += ("supervisor.cpp", "main.cpp", "glue.hpp", "nodes.hpp", "prelude.hpp", "make-home.sh")
HOME_BUILD_SECONDS = 600  # the first build precompiles <bits/stdc++.h>: tens of seconds on a busy machine
BUILD_CACHE = "/judge-build"  # the container's exec tmpfs for compiled submissions


class Cpp(Language):
    name = "cpp"
    aliases = ("c++", "cxx")
    extensions = (".cpp", ".cc", ".cxx")
    image = "judge-cpp"
    runtime = "g++"
    # The compiler runs in the container too: cc1plus with the precompiled prelude.
    memory_headroom = 768
    threads = True  # a concurrent call runs on a thread of its own (runtime.cpp's start_thread)
    compile_seconds = 65.0  # the supervisor's own compile wall limit is 60 s
    compile_file_size = 64  # MiB: the linked binary (about 1 MiB); the runner lowers the limit to the output cap on load
    tmpfs: ClassVar[dict[str, str]] = {BUILD_CACHE: "rw,nosuid,nodev,exec,size=64m,uid=10001,gid=10001,mode=0700"}

    def runner_files(self) -> list[Path]:
        folder = resources.sandbox_dir("cpp")
        return [folder / name for name in SOURCES]

    def local_command(self, limits: Limits) -> list[str]:
        home = self.local_home()
        return [str(home / "judge-cpp"), "--home", str(home), "--cache", str(home / "builds")]

    def image_command(self, limits: Limits) -> list[str]:
        # The runner's address space: the problem's memory and the runtime's own mappings (libstdc++, stacks).
        memory = str(limits.memory + 64)
        return [f"{IMAGE_RUNNER_DIR}/judge-cpp", "--zygote", "--home", IMAGE_RUNNER_DIR, "--cache", BUILD_CACHE, "--memory-mib", memory]

    def missing_toolchain(self) -> str | None:
        missing = [tool for tool in ("g++", "ar") if shutil.which(tool) is None]
        if missing:
            return f"{' and '.join(missing)} not installed (the local sandbox compiles C++ with the host's g++)"
        return None

    # -- the runner's home on this machine --------------------------------
    def local_home(self) -> Path:
        """libjudge.a, judge-cpp and the precompiled prelude, built once per runner digest."""
        home = resources.cache_root() / f"cpp-{self.runner_digest()}"
        if (home / "judge-cpp").is_file():
            return home
        home.parent.mkdir(parents=True, exist_ok=True)
        with open(home.parent / f"cpp-{self.runner_digest()}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # several runners at once: one builds, the others wait
            if not (home / "judge-cpp").is_file():
                build_home(home)
        return home

    # -- names and types --------------------------------------------------
    def notation(self) -> CppNotation:
        return CppNotation(self)

    def type_name(self, kind: Type, result: bool = False) -> str | None:
        if kind.name in SCALARS:
            return SCALARS[kind.name]
        if kind.name in NODES:
            return NODES[kind.name]
        if kind.name == NONE:
            return "void" if result else None
        if kind.name == OPTIONAL:
            inner = kind.args[0].name
            return NODES.get(inner)  # only nodes have a null in C++ (an optional int has no LeetCode spelling)
        if kind.name == "list" and len(kind.args) == 1:
            item = self.type_name(kind.args[0])
            return f"vector<{item}>" if item in LIST_ITEMS else None
        return None  # sets, dicts and tuples: no LeetCode C++ spelling this runner converts

    def starter(self, problem: Problem) -> str:
        blocks = [_node_comment(name) for name in sorted(_nodes_used(problem))]
        for entry in problem.entries:
            head, methods = typed_entry(entry)
            if entry.kind == "function":
                blocks.append(_class("Solution", [self._method(head)]))
            else:
                constructor = f"    {entry.name}({self._params(head)}) {{\n        \n    }}"
                blocks.append(_class(entry.name, [constructor, *(self._method(m) for m in methods)]))
        return "\n\n".join(blocks) + "\n"

    def _params(self, signature: Typed) -> str:
        return ", ".join(f"{self._param_type(p.type)} {self.spell(p.name)}" for p in signature.params)

    def _param_type(self, kind: Type) -> str:
        spelled = self.type_name(kind) or "auto"
        return f"{spelled}&" if spelled.startswith("vector<") else spelled  # as LeetCode passes vectors

    def _method(self, signature: Typed) -> str:
        returns = self.type_name(signature.returns, result=True) or "void"
        body = "        \n" if returns == "void" else "        return {};\n"
        return f"    {returns} {self.spell(signature.name)}({self._params(signature)}) {{\n{body}    }}"

    # -- glue -------------------------------------------------------------
    def glue(self, problem: Problem) -> str:
        lines = ["// Generated by the judge for this problem's signatures.", '#include "prelude.hpp"']
        lines += [f'#include "{SUBMISSION_PLACEHOLDER}"', '#include "glue.hpp"', ""]
        registrations: list[str] = []
        for entry in problem.entries:
            head, methods = typed_entry(entry)
            if entry.kind == "function":
                lines += self._glue_function(f"entry_{head.name}", head, "Solution solution;", f"solution.{self.spell(head.name)}")
                spelled = f"Solution.{self.spell(head.name)}"
                registrations.append(f'    judge::add_function("{head.name}", "{spelled}", entry_{head.name});')
                continue
            lines += self._glue_constructor(entry.name, head)
            registrations.append(f'    judge::add_class("{entry.name}", make_{entry.name});')
            for method in methods:
                self_line = f"auto* self = static_cast<{entry.name}*>(call.self());"
                lines += self._glue_function(f"{entry.name}_{method.name}", method, self_line, f"self->{self.spell(method.name)}")
                registrations.append(f'    judge::add_method("{entry.name}", "{method.name}", {entry.name}_{method.name});')
        return "\n".join([*lines, "void judge_register() {", *registrations, "}", ""])

    def _take(self, signature: Typed) -> list[str]:
        lines = []
        for k, param in enumerate(signature.params):
            lines += [f"    {self.type_name(param.type)} a{k}{{}};", f"    call.take({k}, a{k});"]
        return lines

    def _glue_function(self, function: str, signature: Typed, setup: str, callee: str) -> list[str]:
        args = ", ".join(f"a{k}" for k in range(len(signature.params)))
        returns = self.type_name(signature.returns, result=True)
        invoke = f"{callee}({args});" if returns == "void" else f"{returns} result = {callee}({args});"
        give = ["    call.none();"] if returns == "void" else ["    call.result(result);"]
        backs = [f"    call.back({k}, a{k});" for k in range(len(signature.params))]
        body = [*self._take(signature), f"    {setup}", "    call.begin();", f"    {invoke}", "    call.end();", *backs, *give]
        return [f"static void {function}(judge::Call& call) {{", *body, "}", ""]

    def _glue_constructor(self, name: str, signature: Typed) -> list[str]:
        args = ", ".join(f"a{k}" for k in range(len(signature.params)))
        body = [*self._take(signature), "    call.begin();", f"    auto* object = new {name}({args});", "    call.end();"]
        return [f"static void make_{name}(judge::Call& call) {{", *body, f'    call.made(object, "{name}");', "}", ""]


def build_home(home: Path) -> None:
    """Compile the runner's home with the host's g++ (make-home.sh), into place only when complete."""
    script = resources.sandbox_dir("cpp") / "make-home.sh"
    staging = home.with_name(home.name + f".tmp{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        done = subprocess.run(
            ["sh", str(script), str(staging)], capture_output=True, text=True, timeout=HOME_BUILD_SECONDS, check=False, env=for_child()
        )
    except subprocess.TimeoutExpired:
        shutil.rmtree(staging, ignore_errors=True)
        raise OSError(f"building the C++ runner took longer than {HOME_BUILD_SECONDS} s") from None
    if done.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise OSError(f"the C++ runner did not build with the host's g++: {last}")
    staging.rename(home)
    for old in home.parent.glob("cpp-*"):
        if old.is_dir() and old != home and not old.name.count(".tmp"):
            shutil.rmtree(old, ignore_errors=True)  # another runner version's home: 150 MiB of precompiled prelude


def _class(name: str, members: list[str]) -> str:
    return "\n".join([f"class {name} {{", "public:", "\n\n".join(members), "};"])


def _nodes_used(problem: Problem) -> set[str]:
    return {t.name for s in signatures(problem) for kind in s.types() for t in kind.walk() if t.name in NODE_COMMENTS}


def _node_comment(name: str) -> str:
    return "\n".join(["/**", *(f" * {line}" for line in NODE_COMMENTS[name]), " */"])

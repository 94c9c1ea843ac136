"""Java on the JDK: sandboxes/java/ (a runner in Java, standard library only).

The runner compiles the submission itself, on load, with javac in a process
of its own (its own wall time, heap and diagnostics cap; never a call's CPU
time), and caches the classes by the source's digest, so every case's fresh
JVM reuses one compile.  Entry points are found by reflection as LeetCode
writes them: `class Solution { public int[] twoSum(...) }`, class problems'
classes by name with camelCase methods.  TreeNode and ListNode are LeetCode's,
compiled once beside the runner; a candidate's own pasted definition wins.

The runner's own classes are compiled once per runner digest (locally into
the user's cache folder, in the image at build time), never per submission.
Memory: -Xmx is the problem's limit; the container's cgroup adds the JVM's
own footprint and javac's (`memory_headroom`).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from judge import resources
from judge.languages import jdk
from judge.languages.base import IMAGE_RUNNER_DIR, Language, signatures, typed_entry
from judge.languages.notation.java import JavaNotation
from judge.languages.types import NONE, OPTIONAL, Type, Typed
from judge.problem.model import Limits, Problem

PRIMITIVES = {"int": "int", "i64": "long", "float": "double", "bool": "boolean", "str": "String"}
BOXED = {"int": "Integer", "long": "Long", "double": "Double", "boolean": "Boolean"}
DEFAULT_RETURN = {"int": "0", "long": "0", "double": "0.0", "boolean": "false"}
NODE_DEFINITIONS = {
    "TreeNode": [
        "Definition for a binary tree node (provided by the judge: do not declare it).",
        "public class TreeNode {",
        "    int val;",
        "    TreeNode left;",
        "    TreeNode right;",
        "    TreeNode() {}",
        "    TreeNode(int val) { this.val = val; }",
        "    TreeNode(int val, TreeNode left, TreeNode right) {",
        "        this.val = val;",
        "        this.left = left;",
        "        this.right = right;",
        "    }",
        "}",
    ],
    "ListNode": [
        "Definition for singly-linked list (provided by the judge: do not declare it).",
        "public class ListNode {",
        "    int val;",
        "    ListNode next;",
        "    ListNode() {}",
        "    ListNode(int val) { this.val = val; }",
        "    ListNode(int val, ListNode next) { this.val = val; this.next = next; }",
        "}",
    ],
}
IMAGE_JAVA_DIR = f"{IMAGE_RUNNER_DIR}/java"
IMAGE_CACHE = "/tmp/judge-java"  # the container's tmpfs: compiled submissions, kept across its cases
# The protocol moves off fds 0 and 1 (to 4 and 3) before the JVM starts, so
# neither the submission's writes to FileDescriptor.out nor the JVM's own
# messages can reach the frames the judge reads.
# Two malloc arenas, not eight per core: each reserves 64 MiB of address
# space, which the local sandbox caps.
FD_SHUFFLE = 'export MALLOC_ARENA_MAX=2; exec 3>&1 4<&0 1>&2 0</dev/null; exec "$@"'


class Java(Language):
    name = "java"
    extensions = (".java",)
    image = "judge-java"
    runtime = "java"
    # The JVM's own footprint beyond its heap (metaspace, code cache, the call
    # thread's 32 MiB stack and what an overflow of it costs) and javac's process
    # on the first load.
    memory_headroom = 256
    compile_seconds = 30.0

    def runner_files(self) -> list[Path]:
        folder = resources.sandbox_dir("java")
        return [folder / "supervisor.sh", *sorted((folder / "src").rglob("*.java"))]

    # -- processes --------------------------------------------------------
    def local_command(self, limits: Limits) -> list[str]:
        home = jdk.built(self.runner_digest(), jvm_flags(Limits()))
        java = shutil.which("java") or "java"
        archive = [f"-Djudge.javac.archive={home / 'javac.jsa'}"]
        main = [jdk.MAIN_CLASS, "--fds", "--cache", str(home / "submissions"), "--nodes", str(home / "nodes")]
        return ["sh", "-c", FD_SHUFFLE, "java-runner", java, *jvm_flags(limits), *archive, *jdk.classpath(home), *main]

    def image_command(self, limits: Limits) -> list[str]:
        return ["sh", f"{IMAGE_RUNNER_DIR}/supervisor.sh", *jvm_flags(limits)]

    def missing_toolchain(self) -> str | None:
        absent = [tool for tool in ("java", "javac") if shutil.which(tool) is None]
        if absent:
            tools = " and ".join(absent)
            return f"{tools} not installed (the local sandbox compiles and runs Java with the host's JDK, 17 or newer)"
        return None

    # -- names and types --------------------------------------------------
    def notation(self) -> JavaNotation:
        return JavaNotation(self)

    def type_name(self, kind: Type, result: bool = False) -> str | None:
        if kind.name in PRIMITIVES:
            return PRIMITIVES[kind.name]
        if kind.name in NODE_DEFINITIONS:
            return kind.name
        if kind.name == NONE:
            return "void" if result else None
        if kind.name == OPTIONAL:
            inner = self.type_name(kind.args[0], result)
            return BOXED.get(inner, inner) if inner is not None else None
        if kind.name == "list" and len(kind.args) == 1:
            return self._list(kind.args[0], result)
        if kind.name in ("set", "frozenset") and len(kind.args) == 1:
            inner = self._boxed(kind.args[0])
            return f"Set<{inner}>" if inner else None
        if kind.name == "dict" and len(kind.args) == 2:
            key, value = self._boxed(kind.args[0]), self._boxed(kind.args[1])
            return f"Map<{key}, {value}>" if key and value else None
        return None  # tuples: no LeetCode Java spelling

    def _list(self, item: Type, result: bool) -> str | None:
        """LeetCode's spelling: arrays for arguments (int[], String[], int[][]), Lists for results
        (List<String>, List<List<Integer>>), except that an int[] result stays an array."""
        inner = self.type_name(item)
        if inner is None:
            return None
        if not result and (inner in PRIMITIVES.values() or inner.endswith("[]") or inner in NODE_DEFINITIONS):
            return f"{inner}[]"
        if result and inner in ("int", "long", "double", "boolean"):
            return f"{inner}[]"
        boxed = self._boxed(item)
        return f"List<{boxed}>" if boxed else None

    def _boxed(self, kind: Type) -> str | None:
        if kind.name == "list" and len(kind.args) == 1:
            inner = self._boxed(kind.args[0])
            return f"List<{inner}>" if inner else None
        name = self.type_name(kind)
        return BOXED.get(name, name) if name is not None else None

    # -- starters ---------------------------------------------------------
    def starter(self, problem: Problem) -> str:
        blocks = [_node_comment(name) for name in sorted(_nodes_used(problem))]
        imports = "import java.util.*;\n"
        functions = []
        for entry in problem.entries:
            head, methods = typed_entry(entry)
            if entry.kind == "function":
                functions.append(self._method(head))
                continue
            body = [self._method(head, constructor=entry.name), *(self._method(m) for m in methods)]
            blocks.append(f"class {entry.name} {{\n\n" + "\n\n".join(body) + "\n}")
        if functions:
            blocks.append("class Solution {\n" + "\n\n".join(functions) + "\n}")
        return imports + "\n" + "\n\n".join(blocks) + "\n"

    def _method(self, signature: Typed, constructor: str | None = None) -> str:
        params = ", ".join(f"{self.type_name(p.type)} {self.spell(p.name)}" for p in signature.params)
        if constructor is not None:
            return f"    public {constructor}({params}) {{\n        \n    }}"
        returns = self.type_name(signature.returns, result=True) or "void"
        body = "        " if returns == "void" else f"        return {DEFAULT_RETURN.get(returns, 'null')};"
        return f"    public {returns} {self.spell(signature.name)}({params}) {{\n{body}\n    }}"


def jvm_flags(limits: Limits) -> list[str]:
    """The runner JVM: the problem's memory as its heap, a quick start, small reservations (the local
    sandbox caps the address space), and the serial collector (one GC thread, no pauses to share)."""
    return [
        f"-Xmx{limits.memory}m",
        "-XX:+UseSerialGC",
        "-XX:-UsePerfData",
        "-Xshare:auto",
        "-XX:CompressedClassSpaceSize=64m",
        "-XX:ReservedCodeCacheSize=64m",
        "-XX:MaxMetaspaceSize=192m",
        "-Dfile.encoding=UTF-8",
    ]


def _nodes_used(problem: Problem) -> set[str]:
    return {t.name for s in signatures(problem) for kind in s.types() for t in kind.walk() if t.name in NODE_DEFINITIONS}


def _node_comment(name: str) -> str:
    return "\n".join(["/**", *(f" * {line}" for line in NODE_DEFINITIONS[name]), " */"])

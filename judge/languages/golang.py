"""Go: sandboxes/go/ (a launcher, the judgerunner package), standard library only.

Go cannot find an unexported function by its name at run time, so the
submission is compiled with a small glue file that hands its entry points to
the runner package as values (`"two_sum": twoSum`; a class's `Constructor`),
and reflection does the rest (methods by their exported name, `get` -> `Get`).
The launcher writes that glue from the load's entries, compiles the file and
the glue against a kit compiled once (the standard library and the runner:
sandboxes/go/kit.sh, in the image or in the local cache), and starts the
binary.  Compiling is the load's own phase: its time is no call's, a compile
error is CE with the compiler's first diagnostics and line.

Memory: the runner's watchdog ends a case whose resident memory passes the
problem's limit (MLE), and the garbage collector is told the limit
(debug.SetMemoryLimit); in Docker the container's cgroup holds as well.  A
single allocation past the address-space backstop is Go's fatal "out of
memory" (exit 2), read as RE.
"""

from __future__ import annotations

import contextlib
import fcntl
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import ClassVar

from judge import resources
from judge.environment import for_child
from judge.errors import SandboxUnavailable
from judge.languages.base import IMAGE_RUNNER_DIR, Language, signatures, typed_entry
from judge.languages.notation.go import GoNotation
from judge.languages.types import NONE, OPTIONAL, Type, Typed
from judge.problem.model import Limits, Problem

SCALARS = {"int": "int", "i64": "int64", "float": "float64", "bool": "bool", "str": "string"}
ZERO = {"int": "0", "int64": "0", "float64": "0", "bool": "false", "string": '""'}
NODE_DEFINITIONS = {
    "TreeNode": [
        "Definition for a binary tree node.",
        "type TreeNode struct {",
        "    Val int",
        "    Left *TreeNode",
        "    Right *TreeNode",
        "}",
    ],
    "ListNode": ["Definition for singly-linked list.", "type ListNode struct {", "    Val int", "    Next *ListNode", "}"],
}
KEYWORDS = frozenset(
    [
        "break",
        "case",
        "chan",
        "const",
        "continue",
        "default",
        "defer",
        "else",
        "fallthrough",
        "for",
        "func",
        "go",
        "goto",
        "if",
        "import",
        "interface",
        "map",
        "package",
        "range",
        "return",
        "select",
        "struct",
        "switch",
        "type",
        "var",
    ]
)
KIT_IN_IMAGE = f"{IMAGE_RUNNER_DIR}/go"
SCRATCH_IN_IMAGE = "/judge"  # the container's exec-able scratch: a compiled binary cannot run from /tmp (noexec)
NO_GO = "go is not installed (the local sandbox compiles Go with the host's go: apt-get install golang-go)"
KIT_SECONDS = 600  # building the local kit compiles part of the standard library, once


class Go(Language):
    name = "go"
    aliases = ("golang",)
    extensions = (".go",)
    image = "judge-go"
    runtime = "go"
    threads = True  # a concurrent call runs on a goroutine of its own (sandboxes/go/judgerunner/thread.go)
    memory_headroom = 192  # the compiler and linker run in the container before the first case
    compile_seconds = 60.0
    tmpfs: ClassVar[dict[str, str]] = {SCRATCH_IN_IMAGE: "rw,nosuid,nodev,exec,size=64m,uid=10001,gid=10001,mode=0700"}
    compile_file_size = 64  # the linked binary (about 2 MiB) and the compiler's archive

    def runner_files(self) -> list[Path]:
        folder = resources.sandbox_dir("go")
        sources = sorted((folder / "judgerunner").glob("*.go")) + sorted((folder / "launcher").glob("*.go"))
        return [folder / "kit.sh", *sources, folder / "Dockerfile"]

    def local_command(self, limits: Limits) -> list[str]:
        kit = local_kit(self.runner_digest())
        _trim_binaries(kit / "bin")
        return [str(kit / "launcher"), f"--kit={kit}", f"--memory={limits.memory}", f"--output={limits.output * 1024}"]

    def image_command(self, limits: Limits) -> list[str]:
        launcher = f"{KIT_IN_IMAGE}/launcher"
        return [launcher, f"--kit={KIT_IN_IMAGE}", f"--memory={limits.memory}", f"--work={SCRATCH_IN_IMAGE}", "--zygote"]

    def missing_toolchain(self) -> str | None:
        if shutil.which(self.runtime) is None:
            return NO_GO
        return None

    # -- names and types --------------------------------------------------
    def spell(self, name: str) -> str:
        return _param(super().spell(name))

    def method(self, name: str) -> str:
        """A class's method as LeetCode's Go writes it: exported (get_min -> GetMin)."""
        spelled = super().spell(name)
        return spelled[:1].upper() + spelled[1:]

    def notation(self) -> GoNotation:
        return GoNotation(self)

    def type_name(self, kind: Type, result: bool = False) -> str | None:
        if kind.name in SCALARS:
            return SCALARS[kind.name]
        if kind.name in NODE_DEFINITIONS:
            return "*" + kind.name
        if kind.name == NONE:
            return "" if result else None
        if kind.name == OPTIONAL:
            inner = self.type_name(kind.args[0])
            return inner if inner is not None and inner.startswith(("*", "[]")) else None  # nil: only pointers and slices
        if kind.name == "list" and len(kind.args) == 1:
            inner = self.type_name(kind.args[0])
            return f"[]{inner}" if inner else None
        return None  # sets, dicts and tuples: no LeetCode Go spelling

    # -- starter ----------------------------------------------------------
    def starter(self, problem: Problem) -> str:
        blocks = [_node_comment(name) for name in sorted(_nodes_used(problem))]
        for entry in problem.entries:
            head, methods = typed_entry(entry)
            if entry.kind == "function":
                blocks.append(self._function(f"func {self.spell(head.name)}", head))
                continue
            blocks.append(f"type {entry.name} struct {{\n\n}}")
            blocks.append(self._function("func Constructor", head, returns=entry.name, body=f"return {entry.name}{{}}"))
            blocks += [self._function(f"func (this *{entry.name}) {self.method(m.name)}", m) for m in methods]
        return "\n\n".join(blocks) + "\n"

    def _function(self, opening: str, signature: Typed, returns: str | None = None, body: str | None = None) -> str:
        params = ", ".join(f"{self.spell(p.name)} {self.type_name(p.type)}" for p in signature.params)
        result = returns if returns is not None else self.type_name(signature.returns, result=True) or ""
        if body is None:
            body = f"return {ZERO.get(result, 'nil')}" if result else ""
        return f"func{opening[4:]}({params}) {result}".rstrip() + f" {{\n    {body}\n}}".replace("    \n", "\n")

    # -- glue -------------------------------------------------------------
    def glue(self, problem: Problem) -> str:
        """The file compiled beside the submission: its entry points as values for the runner
        (`"two_sum": twoSum`; a class's `Constructor`).  The launcher adds LeetCode's TreeNode and
        ListNode unless the submission defines its own."""
        functions = [f'"{e.name}": {self.spell(e.name)}' for e in problem.entries if e.kind == "function"]
        classes = [f'"{e.name}": Constructor' for e in problem.entries if e.kind == "class"]
        entries = f"Functions: map[string]any{{{', '.join(functions)}}}, Classes: map[string]any{{{', '.join(classes)}}}"
        serve = f'judgerunner.Serve(judgerunner.Entries{{Filename: "{self.source_name(problem.module)}", {entries}}})'
        return f'package main\n\nimport judgerunner "judgerunner"\n\nfunc main() {{\n\t{serve}\n}}\n'


def _param(name: str) -> str:
    return name + "_" if name in KEYWORDS else name


def _nodes_used(problem: Problem) -> set[str]:
    return {t.name for s in signatures(problem) for kind in s.types() for t in kind.walk() if t.name in NODE_DEFINITIONS}


def _node_comment(name: str) -> str:
    return "\n".join(["/**", *(f" * {line}" for line in NODE_DEFINITIONS[name]), " */"])


# -- the local kit ---------------------------------------------------------
def local_kit(digest: str) -> Path:
    """The kit for this runner and the host's Go, built on first use (a lock
    keeps two judges from building it at once); its bin/ caches binaries."""
    go = shutil.which("go")
    if go is None:
        raise SandboxUnavailable(NO_GO)
    kit = resources.cache_root() / f"go-{digest}-{_go_version(go)}"
    if (kit / "launcher").exists():
        return kit
    kit.parent.mkdir(parents=True, exist_ok=True)
    with open(kit.parent / f"{kit.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (kit / "launcher").exists():
            _build_kit(kit)
            _drop_other_kits(kit)
    return kit


KEPT_BINARIES = 64  # compiled submissions kept locally (about 2 MiB each): a resubmission is not compiled again


def _trim_binaries(folder: Path) -> None:
    """The most recently compiled binaries stay; older ones go."""
    with contextlib.suppress(OSError):
        binaries = sorted(folder.iterdir(), key=lambda path: path.stat().st_mtime, reverse=True)
        for stale in binaries[KEPT_BINARIES:]:
            stale.unlink(missing_ok=True)


def _drop_other_kits(kit: Path) -> None:
    """Kits of earlier runners (about 30 MiB each) go once a new one is built
    (one being built right now holds its lock and stays)."""
    for other in kit.parent.glob("go-*.lock"):
        folder = other.with_suffix("")
        if folder == kit or not folder.is_dir():
            continue
        with open(other, "w") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                continue
            shutil.rmtree(folder, ignore_errors=True)


def _go_version(go: str) -> str:
    try:
        text = subprocess.run([go, "env", "GOVERSION"], capture_output=True, text=True, timeout=60, check=True, env=for_child()).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        raise SandboxUnavailable(f"go does not run here: {exc}") from None
    return text.strip().replace("/", "_") or "unknown"


def _build_kit(kit: Path) -> None:
    building = Path(tempfile.mkdtemp(prefix=kit.name + ".", dir=kit.parent))
    script = resources.sandbox_dir("go") / "kit.sh"
    try:
        done = subprocess.run(["bash", str(script), str(building)], capture_output=True, text=True, timeout=KIT_SECONDS, env=for_child())
    except (OSError, subprocess.SubprocessError) as exc:
        shutil.rmtree(building, ignore_errors=True)
        raise SandboxUnavailable(f"could not build the Go kit: {exc}") from None
    if done.returncode != 0:
        shutil.rmtree(building, ignore_errors=True)
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise SandboxUnavailable(f"could not build the Go kit: {last}")
    # The kit's importcfg names its own folder: rewrite it for the final place.
    config = building / "importcfg"
    config.write_text(config.read_text().replace(str(building), str(kit)))
    with contextlib.suppress(FileNotFoundError):
        shutil.rmtree(kit)
    building.rename(kit)

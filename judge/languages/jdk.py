"""The Java runner's files on this machine, made once per runner digest in the user's cache folder.

`~/.cache/judge/java/<digest>/`: the runner's classes (and a jar of them),
LeetCode's TreeNode and ListNode, the submissions' compiled classes, and
class-data-sharing archives of the runner's classes and of javac's, which
start both JVMs faster (as the image's do).  The archives are a bonus: a JDK
without `jar`, or one that cannot dump an archive, runs without them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from judge import resources
from judge.environment import for_child
from judge.errors import SandboxUnavailable

MAIN_CLASS = "judge.runner.Runner"
# javac's own JVM, as the runner starts it (sandboxes/java/src/judge/runner/Compiler.java): an archive
# dumped with other settings would not be used.
JAVAC_JVM = ["-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-XX:CompressedClassSpaceSize=64m"]
JAVAC_JVM += ["-XX:ReservedCodeCacheSize=48m", "-Xshare:auto"]


def built(digest: str, runner_flags: list[str]) -> Path:
    """The folder with everything, built now if it is not there yet."""
    home = resources.cache_root() / "java" / digest
    if not ((home / "classes").is_dir() and (home / "nodes").is_dir()):
        _compile_runner(home)
    if not (home / "runner.jsa").exists() and not (home / "no-archive").exists():
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            _archive(home, runner_flags)
        if not (home / "runner.jsa").exists():
            with contextlib.suppress(OSError):
                (home / "no-archive").touch()  # tried once: every runner need not try again
    return home


def classpath(home: Path) -> list[str]:
    """The runner's classpath, with its archive when there is one (class-data sharing wants a jar)."""
    if (home / "runner.jsa").is_file() and (home / "runner.jar").is_file():
        return [f"-XX:SharedArchiveFile={home / 'runner.jsa'}", "-cp", str(home / "runner.jar")]
    return ["-cp", str(home / "classes")]


def _compile_runner(home: Path) -> None:
    home.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="building-", dir=home.parent))
    try:
        source = resources.sandbox_dir("java") / "src"
        _javac(sorted(str(p) for p in (source / "judge").rglob("*.java")), work / "classes")
        _javac([str(source / "TreeNode.java"), str(source / "ListNode.java")], work / "nodes")
        (work / "submissions").mkdir()
        try:
            work.rename(home)
        except OSError:
            if not home.is_dir():  # another judge built it meanwhile: theirs is as good
                raise
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _javac(sources: list[str], out: Path) -> None:
    out.mkdir(parents=True)
    javac = shutil.which("javac") or "javac"
    done = subprocess.run(
        [javac, "-nowarn", "-encoding", "UTF-8", "-d", str(out), *sources], capture_output=True, text=True, timeout=300, env=for_child()
    )
    if done.returncode != 0:
        first = (done.stderr or done.stdout).strip().splitlines()[:3]
        raise SandboxUnavailable(f"cannot compile the Java runner: {' '.join(first)}")


def _archive(home: Path, runner_flags: list[str]) -> None:
    """The jar, then archives dumped by running the runner once (a ping) and javac once (a tiny class)."""
    jar, java, javac = shutil.which("jar"), shutil.which("java"), shutil.which("javac")
    if jar is None or java is None or javac is None:
        return
    scratch = Path(tempfile.mkdtemp(prefix="archiving-", dir=home))
    try:
        packed = scratch / "runner.jar"
        subprocess.run(
            [jar, "--create", "--file", str(packed), "-C", str(home / "classes"), "."],
            check=True,
            capture_output=True,
            timeout=120,
            env=for_child(),
        )
        os.replace(packed, home / "runner.jar")  # the path the archive records: final before the dump
        tiny = scratch / "Solution.java"
        tiny.write_text("class Solution { int f(int[] a) { return a.length; } }\n")
        javac_flags = [f"-J{flag}" for flag in JAVAC_JVM]
        dump = [javac, f"-J-XX:ArchiveClassesAtExit={scratch / 'javac.jsa'}", *javac_flags, "-proc:none", "-cp", str(home / "nodes")]
        _run([*dump, "-d", str(scratch), str(tiny)])
        runner = [java, f"-XX:ArchiveClassesAtExit={scratch / 'runner.jsa'}", *runner_flags, "-cp", str(home / "runner.jar"), MAIN_CLASS]
        ping = b'{"id":1,"op":"ping"}\n'
        subprocess.run(
            [*runner, "--cache", str(scratch), "--nodes", str(home / "nodes")],
            input=ping,
            check=True,
            capture_output=True,
            timeout=120,
            env=for_child(),
        )
        for name in ("javac.jsa", "runner.jsa"):  # the runner's last: its presence says both are done
            if (scratch / name).is_file():
                os.replace(scratch / name, home / name)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _run(command: list[str], stdin: bytes = b"") -> None:
    subprocess.run(command, input=stdin, check=True, capture_output=True, timeout=120, env=for_child())

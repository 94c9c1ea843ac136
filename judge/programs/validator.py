"""Kattis output validators: programs built and run on the trusted side.

Run as `validator input answer feedback_dir < output`; exit 42 accepts,
43 rejects, and `judgemessage.txt` in the feedback folder says why.
Anything else is the validator's fault: an internal error, never the
candidate's.  A C or C++ validator is built once with the host's compiler
and kept in a cache folder named by the hash of its sources.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from judge.environment import for_child
from judge.errors import ProblemFormatError
from judge.verdicts import Verdict

ACCEPT, REJECT = 42, 43
BUILD_SECONDS = 120
RUN_SECONDS = 60
MESSAGE_CAP = 2000
COMPILERS = {".cc": "g++", ".cpp": "g++", ".cxx": "g++", ".c": "gcc"}


@dataclass(frozen=True)
class Validator:
    command: tuple[str, ...]

    def judge(self, input_path: Path, answer_path: Path, output: str) -> tuple[Verdict, str]:
        with tempfile.TemporaryDirectory(prefix="judge-feedback-") as feedback:
            try:
                done = subprocess.run(
                    [*self.command, str(input_path), str(answer_path), feedback + "/"],
                    input=output.encode("utf-8"),
                    capture_output=True,
                    timeout=RUN_SECONDS,
                    check=False,
                    env=for_child(),
                )
            except subprocess.TimeoutExpired:
                return Verdict.IE, f"the output validator ran over {RUN_SECONDS} s"
            except OSError as exc:
                return Verdict.IE, f"the output validator did not start: {exc}"
            message = _feedback(Path(feedback)) or done.stderr.decode("utf-8", "replace").strip()[:MESSAGE_CAP]
        if done.returncode == ACCEPT:
            return Verdict.AC, ""
        if done.returncode == REJECT:
            return Verdict.WA, message or "rejected by the output validator"
        return Verdict.IE, f"the output validator failed (exit {done.returncode}): {message}"[:MESSAGE_CAP]


def _feedback(folder: Path) -> str:
    path = folder / "judgemessage.txt"
    return path.read_text(encoding="utf-8", errors="replace").strip()[:MESSAGE_CAP] if path.is_file() else ""


def build_validator(folder: Path, cache: Path | None = None) -> Validator:
    """A runnable validator from its folder (or single file); ProblemFormatError naming the file if it cannot be built."""
    sources = sorted(folder.rglob("*")) if folder.is_dir() else [folder]
    compiled = [p for p in sources if p.suffix in COMPILERS]
    python = [p for p in sources if p.suffix == ".py"]
    if compiled:
        return Validator((str(_compile(folder, compiled, cache or _cache_root())),))
    if len(python) == 1:
        return Validator((sys.executable, str(python[0])))
    if python:
        named = [p for p in python if p.stem in ("validate", "validator", "main", folder.name)]
        if len(named) == 1:
            return Validator((sys.executable, str(named[0])))
    raise ProblemFormatError(folder, "no output validator to build here (C, C++ or one Python file)")


def _cache_root() -> Path:
    return Path(tempfile.gettempdir()) / "judge-validators"


def _compile(folder: Path, sources: list[Path], cache: Path) -> Path:
    digest = hashlib.sha256()
    for path in sorted(p for p in (folder.rglob("*") if folder.is_dir() else [folder]) if p.is_file()):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    target = cache / digest.hexdigest()[:16] / "validator"
    if target.is_file():
        return target
    compiler = "g++" if any(COMPILERS[p.suffix] == "g++" for p in sources) else "gcc"
    if shutil.which(compiler) is None:
        raise ProblemFormatError(sources[0], f"cannot build the output validator: no {compiler} on this machine")
    target.parent.mkdir(parents=True, exist_ok=True)
    flags = ["-O2", "-std=gnu++17"] if compiler == "g++" else ["-O2"]
    include = ["-I", str(folder if folder.is_dir() else folder.parent)]
    partial = target.with_suffix(".partial")
    try:
        done = subprocess.run(
            [compiler, *flags, *include, *map(str, sources), "-o", str(partial)],
            capture_output=True,
            timeout=BUILD_SECONDS,
            check=False,
            env=for_child(),
        )
    except subprocess.TimeoutExpired:
        raise ProblemFormatError(sources[0], f"the output validator did not build within {BUILD_SECONDS} s") from None
    if done.returncode != 0:
        first = next((line for line in done.stderr.decode("utf-8", "replace").splitlines() if "error" in line), "compiler failed")
        raise ProblemFormatError(sources[0], f"the output validator does not build: {first.strip()}")
    partial.replace(target)  # whole or not at all: a build cut short is never taken from the cache
    return target

"""What the judge knows of a language: one small subclass per language, as
DMOJ's executors are (file name, compile and run commands, memory handling).

The tests, the reference and the verdicts never change with the language:
they stay Python, on the trusted side.  A language only says how its runner
starts (here and in its Docker image), how its runtime dies, how names and
types are spelled in it, and what starter code a candidate gets.
"""

from __future__ import annotations

import abc
import hashlib
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from judge.languages.types import Type, Typed, is_known, typed
from judge.problem.model import Entry, Limits, Problem
from judge.sandbox.base import Death

if TYPE_CHECKING:
    from judge.languages.notation import Notation

IMAGE_RUNNER_DIR = "/opt/judge"  # where every image keeps its runner


class Language(abc.ABC):
    name: ClassVar[str]  # "python", "javascript": what --lang shows
    aliases: ClassVar[tuple[str, ...]] = ()  # other names --lang takes ("js")
    extensions: ClassVar[tuple[str, ...]]  # the first one names the source file (".js")
    image: ClassVar[str]  # the Docker image's repository ("judge-javascript"), tagged by runner_digest()
    runtime: ClassVar[str]  # the host program the local sandbox needs ("node")
    # The runner forks a fresh process per case itself (Python's fork server
    # and zygote); otherwise the sandbox starts a new runner process per case.
    forks: ClassVar[bool] = False
    memory_headroom: ClassVar[int] = 32  # MiB the container has beside the submission's limit: the runtime's own
    camel_case: ClassVar[bool] = True  # entry points as LeetCode spells them: two_sum -> twoSum
    threads: ClassVar[bool] = True  # a call can block until another frees it (concurrency problems need it)
    # Seconds a load may take beyond a call's wall limit: a compiled language
    # compiles on load, and that time is never a call's (no CPU limit is armed).
    compile_seconds: ClassVar[float] = 0.0
    # Scratch mounts its container needs beyond /tmp (noexec): a compiled binary must be executable.
    tmpfs: ClassVar[dict[str, str]] = {}
    # MiB of the largest file its compile phase writes (a linked binary), locally: the file-size limit is the
    # output cap until the runner, once compiled, lowers it back (0: a language that writes no file).
    compile_file_size: ClassVar[int] = 0

    # -- files ------------------------------------------------------------
    def source_name(self, module: str) -> str:
        """The candidate's file: `solution.js` for module `solution`."""
        return module + self.extensions[0]

    @abc.abstractmethod
    def runner_files(self) -> list[Path]:
        """The files its image carries; their digest tags the image."""

    def runner_digest(self) -> str:
        digest = hashlib.sha256()
        for path in self.runner_files():
            digest.update(path.read_bytes())
        return digest.hexdigest()[:16]

    def image_tag(self) -> str:
        """The image this judge's runner needs: judges of other versions find their own."""
        return f"{self.image}:{self.runner_digest()}"

    def build_script(self) -> Path:
        return self.runner_files()[0].parent / "build.sh"

    # -- processes --------------------------------------------------------
    @abc.abstractmethod
    def local_command(self, limits: Limits) -> list[str]:
        """A runner on this machine, reading requests on fd 0 and answering on fd 1."""

    @abc.abstractmethod
    def image_command(self, limits: Limits) -> list[str]:
        """The container's supervisor: a fresh runner per `fork` request (see docs in the runner)."""

    def compile_command(self, source: Path, output: Path) -> list[str] | None:
        """How to compile `source`; None for a language that loads source as it is (Python, JavaScript)."""
        return None

    def missing_toolchain(self) -> str | None:
        """Why the local sandbox cannot run this language here, or None."""
        if shutil.which(self.runtime) is None:
            return f"{self.runtime} is not installed (the local sandbox runs {self.name} with the host's {self.runtime})"
        return None

    def death(self, returncode: int) -> Death | None:
        """How the runtime's own ways of dying read (negative: a signal); None: the usual reading."""
        return None

    # -- names and types --------------------------------------------------
    def spell(self, name: str) -> str:
        """An entry point or method as the language writes it."""
        return camel(name) if self.camel_case else name

    @abc.abstractmethod
    def type_name(self, kind: Type, result: bool = False) -> str | None:
        """`kind` in the language's terms (`result`: as a return type), or None if it has no spelling."""

    def notation(self) -> Notation:
        """How reports write a call of the submission and a value in this language (Python's: the judge's own text)."""
        from judge.languages.notation.python import PythonNotation  # the notations spell names with camel() below

        return PythonNotation(self)

    def unmapped(self, problem: Problem) -> list[str]:
        """The signature types this language cannot spell ([] when it can solve the problem)."""
        missing = [] if self.threads or "concurrency" not in problem.topics else ["threads (a concurrency problem)"]
        for signature in signatures(problem):
            for param in signature.params:
                if not is_known(param.type) or self.type_name(param.type) is None:
                    missing.append(f"{signature.name}({param.name}: {param.type})")
            if not is_known(signature.returns) or self.type_name(signature.returns, result=True) is None:
                missing.append(f"{signature.name} -> {signature.returns}")
        return missing

    @abc.abstractmethod
    def starter(self, problem: Problem) -> str:
        """Starter code for the problem, from its signatures (loads, but is not accepted)."""

    def glue(self, problem: Problem) -> str | None:
        """A glue file compiled beside the submission (C++, unexported Go names); None if reflection finds the entries."""
        return None

    def load_fields(self, problem: Problem) -> dict[str, str]:
        """What a load request carries beside the source: the glue, for a language that needs one."""
        glue = self.glue(problem)
        return {"glue": glue} if glue is not None else {}


# Words LeetCode writes in capitals inside a camelCase name (isValidBST, lengthOfLIS).
ACRONYMS = frozenset({"bst", "lis", "lca", "lru", "lfu"})


def camel(name: str) -> str:
    """`two_sum` -> `twoSum`, `is_valid_bst` -> `isValidBST`; a name without underscores stays as it is."""
    head, *rest = name.split("_")
    return head + "".join(part.upper() if part in ACRONYMS else part[:1].upper() + part[1:] for part in rest) if head and rest else name


def signatures(problem: Problem) -> list[Typed]:
    """Every signature of the problem: functions, constructors and methods."""
    return [typed(s) for entry in problem.entries for s in (entry.callable, *entry.methods)]


def typed_entry(entry: Entry) -> tuple[Typed, list[Typed]]:
    return typed(entry.callable), [typed(m) for m in entry.methods]


IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")

"""A Kattis problem package, read and checked: what the import needs of it.

Facts of the format used here: problem.yaml (legacy, or 2023-07 with
`problem_format_version`), the statement in problem_statement/ (legacy) or
statement/ as problem.<lang>.tex|md or problem.tex, data/sample and
data/secret with `.in`/`.ans` pairs, the output validator in
output_validators/ (legacy) or output_validator/, submissions/<verdict>/.
Interactive, multi-pass and scoring problems are refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from judge.errors import ProblemFormatError
from judge.instructor.kattis.yaml_subset import YamlError, parse
from judge.verdicts import Verdict

# submissions/<folder>/ -> the verdict a solution there must get
VERDICT_FOLDERS = {
    "accepted": Verdict.AC,
    "wrong_answer": Verdict.WA,
    "time_limit_exceeded": Verdict.TLE,
    "run_time_error": Verdict.RE,
    "memory_limit_exceeded": Verdict.MLE,
    "output_limit_exceeded": Verdict.OLE,
    "compile_error": Verdict.CE,
}
STATEMENT_FOLDERS = ("problem_statement", "statement")
VALIDATOR_FOLDERS = ("output_validators", "output_validator")
STATEMENT_NAMES = ("problem.en.md", "problem.md", "problem.en.tex", "problem.tex")


class Refused(Exception):
    """A package the judge does not take, for a reason that is not a fault in it."""

    def __init__(self, root: Path, reason: str):
        super().__init__(f"{root}: {reason}")


@dataclass(frozen=True)
class Submission:
    path: Path
    folder: str  # its submissions/ folder, as named there
    verdict: Verdict | None  # None: a folder that names no verdict


@dataclass
class Package:
    root: Path
    name: str
    statement: Path
    validator: Path | None
    flags: list[str]
    limits: dict[str, Any]
    keywords: list[str]
    submissions: list[Submission] = field(default_factory=list)

    @property
    def samples(self) -> list[Path]:
        return sorted((self.root / "data" / "sample").glob("*.in"))

    @property
    def secret(self) -> list[Path]:
        return sorted((self.root / "data" / "secret").rglob("*.in"))


def is_package(folder: Path) -> bool:
    return (folder / "problem.yaml").is_file()


def read_package(root: Path) -> Package:
    """The package at `root`; ProblemFormatError naming the file for a broken one, Refused for one of a kind not supported."""
    config = read_yaml(root / "problem.yaml")
    _refuse_unsupported(root, config)
    data = root / "data"
    if not (data / "secret").is_dir():  # samples are optional in the format; secret data is not
        raise ProblemFormatError(data / "secret", "missing: a Kattis package needs data/secret")
    for path in sorted(data.rglob("*.in")):
        if not path.with_suffix(".ans").is_file():
            raise ProblemFormatError(path.with_suffix(".ans"), "missing: every .in needs its .ans")
    if not any(data.rglob("*.in")):
        raise ProblemFormatError(data, "no test data: no .in files under data/")
    package = Package(
        root=root,
        name=_name(root, config),
        statement=_statement(root),
        validator=_validator(root, config),
        flags=_flags(root, config),
        limits=_limits(config),
        keywords=_keywords(config),
    )
    package.submissions = _submissions(root)
    return package


def read_yaml(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise ProblemFormatError(path, "missing")
    try:
        return parse(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ProblemFormatError(path, "not UTF-8 text") from None
    except YamlError as exc:
        raise ProblemFormatError(path, f"malformed YAML: {exc}") from None


def _refuse_unsupported(root: Path, config: dict[str, Any]) -> None:
    kind = config.get("type", "pass-fail")
    validation = config.get("validation", "default")
    words = set(str(kind).split()) | set(str(validation).split())
    if "interactive" in words:
        raise Refused(root, "interactive problems are not supported (the program talks with a validator as it runs)")
    if "multi-pass" in words:
        raise Refused(root, "multi-pass problems are not supported (the program runs several times on one case)")
    if "scoring" in words or "score" in words:
        raise Refused(root, "scoring problems are not supported (points per test group, not pass or fail)")
    if kind != "pass-fail" and "pass-fail" not in words:
        raise ProblemFormatError(root / "problem.yaml", f"field 'type': unknown problem type {kind!r}")


def _name(root: Path, config: dict[str, Any]) -> str:
    name = config.get("name")
    if isinstance(name, dict):  # 2023-07: a name per language
        name = name.get("en") or next(iter(name.values()), None)
    return name.strip() if isinstance(name, str) and name.strip() else root.name


def _statement(root: Path) -> Path:
    for folder in STATEMENT_FOLDERS:
        for name in STATEMENT_NAMES:
            if (root / folder / name).is_file():
                return root / folder / name
    raise ProblemFormatError(
        root / STATEMENT_FOLDERS[0], "missing: no problem_statement/ or statement/ with problem.en.tex, problem.tex or .md"
    )


def _validator(root: Path, config: dict[str, Any]) -> Path | None:
    """The custom output validator's folder (or file), if the package has one."""
    for folder in VALIDATOR_FOLDERS:
        path = root / folder
        if path.is_dir():
            entries = sorted(p for p in path.iterdir() if not p.name.startswith("."))
            # Legacy packages keep each validator in a folder of its own under output_validators/.
            return entries[0] if len(entries) == 1 and entries[0].is_dir() else path
    if "custom" in str(config.get("validation", "")).split():
        raise ProblemFormatError(root / VALIDATOR_FOLDERS[0], "missing: problem.yaml says `validation: custom`")
    return None


def _flags(root: Path, config: dict[str, Any]) -> list[str]:
    flags = str(config.get("validator_flags") or "").split()
    testdata = root / "data" / "testdata.yaml"
    if testdata.is_file():
        flags += str(read_yaml(testdata).get("output_validator_flags") or "").split()
    return flags


def _limits(config: dict[str, Any]) -> dict[str, Any]:
    limits = config.get("limits")
    return limits if isinstance(limits, dict) else {}


def _keywords(config: dict[str, Any]) -> list[str]:
    raw = config.get("keywords")
    if isinstance(raw, list):
        return [str(k) for k in raw if str(k).strip()]
    return str(raw).split() if isinstance(raw, str) else []


def _submissions(root: Path) -> list[Submission]:
    found = []
    folder = root / "submissions"
    for verdict_dir in sorted(p for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []:
        verdict = VERDICT_FOLDERS.get(verdict_dir.name)
        for path in sorted(verdict_dir.iterdir()):
            found.append(Submission(path, verdict_dir.name, verdict))
    return found

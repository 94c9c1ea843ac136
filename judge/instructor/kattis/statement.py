"""A Kattis statement as Markdown: LaTeX reduced to what a terminal shows
well, and the samples written out (Kattis renders them from data/sample)."""

from __future__ import annotations

import re
from pathlib import Path

# (pattern, replacement) in order: sections first, then inline markup.
TEX_RULES = [
    (re.compile(r"^\s*%.*$", re.MULTILINE), ""),  # comment lines
    (re.compile(r"(?<!\\)%.*$", re.MULTILINE), ""),  # trailing comments
    (re.compile(r"\\problemname\{[^}]*\}"), ""),
    (re.compile(r"\\illustration\{[^}]*\}\{[^}]*\}\{[^}]*\}"), ""),
    (re.compile(r"\\(?:sub)?section\*?\{([^}]*)\}"), r"## \1"),
    (re.compile(r"\\(?:textbf)\{([^}]*)\}"), r"**\1**"),
    (re.compile(r"\\(?:emph|textit)\{([^}]*)\}"), r"*\1*"),
    (re.compile(r"\\texttt\{([^}]*)\}"), r"`\1`"),
    (re.compile(r"\\(?:begin|end)\{[^}]*\}(?:\[[^]]*\])?"), ""),
    (re.compile(r"^\s*\\item\s*", re.MULTILINE), "- "),
    (re.compile(r"``|''"), '"'),
    (re.compile(r"(?<!\\)~"), " "),
    (re.compile(r"\\\\"), "\n"),
    (re.compile(r"\n{3,}"), "\n\n"),
]


def statement_markdown(path: Path, title: str, samples: list[Path]) -> str:
    text = path.read_text(encoding="utf-8", errors="replace")
    body = _from_tex(text) if path.suffix == ".tex" else text
    parts = [f"# {title}", body.strip()] + (["## Samples"] if samples else [])
    for number, sample in enumerate(samples, start=1):
        given = sample.read_text(encoding="utf-8", errors="replace").rstrip("\n")
        answer = sample.with_suffix(".ans").read_text(encoding="utf-8", errors="replace").rstrip("\n")
        parts.append(f"Sample {number} input:\n\n```\n{given}\n```\n\nSample {number} output:\n\n```\n{answer}\n```")
    return "\n\n".join(parts) + "\n"


def _from_tex(text: str) -> str:
    for pattern, replacement in TEX_RULES:
        text = pattern.sub(replacement, text)
    return text

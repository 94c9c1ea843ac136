"""Kattis statements as Markdown: LaTeX reduced, samples written out after it."""

from __future__ import annotations

from pathlib import Path

from judge.instructor.kattis.statement import statement_markdown

TEX = r"""\problemname{Echo}
% a comment the candidate never sees
Repeat ``what you hear'' \textbf{twice}.\\
\begin{itemize}
\item first~item
\end{itemize}
\section*{Input}
A word of at most $10$ letters, 50\% vowels.
"""


def test_latex_becomes_markdown_and_samples_follow(tmp_path: Path) -> None:
    (tmp_path / "problem.en.tex").write_text(TEX)
    (tmp_path / "1.in").write_text("hi\n")
    (tmp_path / "1.ans").write_text("hi hi\n")
    text = statement_markdown(tmp_path / "problem.en.tex", "Echo", [tmp_path / "1.in"])
    assert text == (
        '# Echo\n\nRepeat "what you hear" **twice**.\n\n- first item\n\n## Input\nA word of at most $10$ letters, 50\\% vowels.\n\n'
        "## Samples\n\nSample 1 input:\n\n```\nhi\n```\n\nSample 1 output:\n\n```\nhi hi\n```\n"
    )


def test_a_markdown_statement_is_kept_and_no_samples_means_no_samples_heading(tmp_path: Path) -> None:
    (tmp_path / "problem.md").write_text("Print *hello*.\n")
    assert statement_markdown(tmp_path / "problem.md", "Hello", []) == "# Hello\n\nPrint *hello*.\n"

"""Complexity hints: how a submission's cost grows against the reference's.

The public facade: `measure_growth` runs the ladder, `Growth` names classes,
`ComplexityResult` is the plain-data verdict that reports carry.
"""

from judge.complexity.classes import Growth, parse_label
from judge.complexity.ladder import LadderConfig, measure_growth
from judge.complexity.verdict import ComplexityResult

__all__ = ["ComplexityResult", "Growth", "LadderConfig", "measure_growth", "parse_label"]

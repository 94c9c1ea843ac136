"""Problems: the folder format, its loader, and the bank of problems."""

from judge.problem.bank import Bank, resolve
from judge.problem.loader import load_problem
from judge.problem.model import CaseInfo, Entry, Limits, Problem, WrongSolution

__all__ = ["Bank", "CaseInfo", "Entry", "Limits", "Problem", "WrongSolution", "load_problem", "resolve"]

"""A problem's own code (reference solution, input generator), imported on
the trusted side: it is the setter's code, not the candidate's."""

from __future__ import annotations

import importlib.util
import types
from pathlib import Path

from judge.protocol import ListNode, TreeNode


def import_file(path: Path, name: str) -> types.ModuleType:
    """`path` as a fresh module named `name`, with TreeNode and ListNode in
    scope as submissions have them."""
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    module.__dict__.update(TreeNode=TreeNode, ListNode=ListNode)
    spec.loader.exec_module(module)
    return module

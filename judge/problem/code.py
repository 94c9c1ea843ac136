"""A problem's own code (reference solution, input generator), imported on
the trusted side: it is the setter's code, not the candidate's."""

from __future__ import annotations

import importlib.util
import sys
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
    # Registered while it runs, as `import` does: a dataclass (with postponed
    # annotations) looks its module up in sys.modules as it is made.
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    return module

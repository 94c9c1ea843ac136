"""judge: a coding-exercise judge with hidden tests.

The trusted side (this package) runs a problem's tests and reference; the
submission runs in a sandbox and is reached through a JSON-lines protocol.
"""

__version__ = "0.1.0"

"""`judge import kattis`: Kattis problem packages become io problems."""

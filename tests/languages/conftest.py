# Problem folders used as data hold their own tests/test_*.py: they are not ours to collect.
collect_ignore_glob = ["cpp_threads/*"]

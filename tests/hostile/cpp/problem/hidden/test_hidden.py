# The hidden tests live here: a hostile submission must never find this file.
# Values within 32 bits: C++'s int holds them.
def test_hidden_values(solution, reference):
    for n in (0, -5, 1000):
        assert solution.solve(n) == reference.solve(n)

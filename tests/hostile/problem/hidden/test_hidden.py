# The hidden tests live here: a hostile submission must never find this file.
def test_hidden_values(solution, reference):
    for n in (0, -5, 10**20):
        assert solution.solve(n) == reference.solve(n)

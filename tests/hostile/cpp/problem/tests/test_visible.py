def test_one(solution):
    assert solution.solve(1) == 2

def test_hidden_add_one(solution):
    assert solution.add_one(10**20) == 10**20 + 1

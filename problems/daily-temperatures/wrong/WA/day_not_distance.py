# fails: test_examples, test_equal_temperatures, test_matches_reference
# Records the index of the warmer day instead of how many days away it is.
def daily_temperatures(temperatures: list[int]) -> list[int]:
    answer = [0] * len(temperatures)
    waiting = []
    for day, temperature in enumerate(temperatures):
        while waiting and temperatures[waiting[-1]] < temperature:
            answer[waiting.pop()] = day
        waiting.append(day)
    return answer

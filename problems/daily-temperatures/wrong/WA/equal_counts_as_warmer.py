# fails: test_equal_temperatures, test_large_input, test_matches_reference
# Pops the stack with `<=`: a day of the SAME temperature settles the waiting
# days, though only a strictly warmer one should.
def daily_temperatures(temperatures: list[int]) -> list[int]:
    answer = [0] * len(temperatures)
    waiting = []
    for day, temperature in enumerate(temperatures):
        while waiting and temperatures[waiting[-1]] <= temperature:
            earlier = waiting.pop()
            answer[earlier] = day - earlier
        waiting.append(day)
    return answer

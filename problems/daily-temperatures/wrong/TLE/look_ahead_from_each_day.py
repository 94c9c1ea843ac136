# fails: test_large_input
# Correct but O(n^2): from each day it scans forward to the first warmer day,
# which is the end of the list for every day of a long cooling spell.
def daily_temperatures(temperatures: list[int]) -> list[int]:
    n = len(temperatures)
    answer = [0] * n
    for day in range(n):
        for later in range(day + 1, n):
            if temperatures[later] > temperatures[day]:
                answer[day] = later - day
                break
    return answer

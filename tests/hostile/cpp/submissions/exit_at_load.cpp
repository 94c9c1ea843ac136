// verdict: CE
// A static initializer runs before the runner answers the load.
static int leave = (exit(0), 0);
class Solution {
public:
    int solve(int n) { return n + 1; }
};

// verdict: TLE
class Solution {
public:
    int solve(int n) {
        volatile unsigned long long spin = 0;
        while (true) ++spin;
        return n + 1;
    }
};

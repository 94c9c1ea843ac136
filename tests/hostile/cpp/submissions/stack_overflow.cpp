// verdict: RE
class Solution {
    int deeper(int n, volatile char* previous) {
        volatile char frame[256];
        frame[0] = previous ? previous[0] : 1;
        return deeper(n + 1, frame) + frame[0];
    }

public:
    int solve(int n) { return deeper(n, nullptr); }
};

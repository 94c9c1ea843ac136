// verdict: TLE
class Solution {
public:
    int solve(int n) {
        this_thread::sleep_for(chrono::hours(1));
        return n + 1;
    }
};

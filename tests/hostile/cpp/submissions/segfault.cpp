// verdict: RE
class Solution {
public:
    int solve(int n) {
        volatile int* nowhere = nullptr;
        return *nowhere + n;
    }
};

// verdict: RE
class Solution {
public:
    int solve(int n) {
        if (n >= 0) abort();
        return n + 1;
    }
};

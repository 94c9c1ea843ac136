// verdict: RE
class Solution {
public:
    int solve(int n) {
        exit(0);  // a clean exit is no answer: never AC
    }
};

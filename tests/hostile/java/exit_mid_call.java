// verdict: RE
// System.exit(0) in the middle of a call: the runner is gone without an answer, never AC.
class Solution {
    public int solve(int n) {
        System.exit(0);
        return n + 1;
    }
}

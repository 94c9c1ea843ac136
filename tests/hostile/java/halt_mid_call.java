// verdict: RE
class Solution {
    public int solve(int n) {
        Runtime.getRuntime().halt(0);
        return n + 1;
    }
}

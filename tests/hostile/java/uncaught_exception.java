// verdict: RE
class Solution {
    public int solve(int n) {
        int[] none = new int[0];
        return none[n];
    }
}

// verdict: TLE
class Solution {
    public int solve(int n) {
        long spins = 0;
        while (n >= 0) spins++;
        return (int) spins;
    }
}

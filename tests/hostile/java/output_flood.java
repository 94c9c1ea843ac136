// verdict: OLE
class Solution {
    public int solve(int n) {
        String line = "flood ".repeat(100);
        while (true) System.out.println(line);
    }
}

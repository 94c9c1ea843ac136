// verdict: OLE
class Solution {
public:
    int solve(int n) {
        string line(1000, 'x');
        while (true) cout << line << '\n';
        return n + 1;
    }
};

// verdict: OLE
class Solution {
public:
    int solve(int n) {
        string line(1000, 'y');
        while (true) fprintf(stderr, "%s\n", line.c_str());
        return n + 1;
    }
};

// verdict: WA
#include <unistd.h>
class Solution {
public:
    int solve(int n) {
        // Frames that would answer n + 1, on every stream the submission is given: none is the protocol's.
        for (int id = 1; id < 10; ++id) {
            string frame = "{\"id\":" + to_string(id) + ",\"ok\":true,\"value\":{\"lean\":" + to_string(n + 1) + "}}\n";
            cout << frame << flush;
            cerr << frame << flush;
            printf("%s", frame.c_str());
            fflush(stdout);
            ssize_t ignored = write(1, frame.data(), frame.size()) + write(2, frame.data(), frame.size());
            (void)ignored;
        }
        return n;  // wrong: the fake frames above must not turn it into n + 1
    }
};

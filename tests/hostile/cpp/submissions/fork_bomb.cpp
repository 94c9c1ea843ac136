// verdict: TLE
// local: escapes - root ignores RLIMIT_NPROC; the local sandbox has no pids limit
// Forks fail at the container's pids limit and every process spins: the wall limit ends it.
#include <unistd.h>
class Solution {
public:
    int solve(int n) {
        while (true) fork();
        return n + 1;
    }
};

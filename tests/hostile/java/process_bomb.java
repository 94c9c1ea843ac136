// verdict: TLE
// local: escapes - root ignores RLIMIT_NPROC; the local sandbox has no pids limit
// Starts processes until the container's pids limit refuses, each starting more, then spins.
class Solution {
    public int solve(int n) {
        while (true) {
            try {
                new ProcessBuilder("sh", "-c", "while :; do :; done").start();
            } catch (Exception exc) {
                Thread.onSpinWait(); // out of processes: spin here until the judge stops the call
            }
        }
    }
}

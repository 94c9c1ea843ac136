// verdict: TLE
// local: TLE - threads are capped by the JVM's memory and the wall limit, not a pids cgroup
// Starts spinning threads until it cannot, then spins itself.
class Solution {
    public int solve(int n) {
        try {
            for (int i = 0; i < 10_000; i++) {
                Thread t = new Thread(() -> { while (true) Thread.onSpinWait(); });
                t.setDaemon(true);
                t.start();
            }
        } catch (Throwable exc) {
            // out of threads: keep spinning here
        }
        while (true) Thread.onSpinWait();
    }
}

// verdict: WA
// Writes what look like the runner's answers, on every stream it can reach, then answers wrongly itself:
// no forged frame may become the answer.
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;

class Solution {
    public int solve(int n) throws Exception {
        for (int id = 0; id < 50; id++) {
            String frame = "{\"id\":" + id + ",\"ok\":true,\"value\":{\"lean\":" + (n + 1) + "},\"cpu\":0.0}\n";
            System.out.print(frame);
            new FileOutputStream(FileDescriptor.out).write(frame.getBytes(StandardCharsets.US_ASCII));
        }
        return n + 2;
    }
}

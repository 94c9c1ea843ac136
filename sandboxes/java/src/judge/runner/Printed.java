package judge.runner;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the submission prints (System.out and System.err), kept for the answer of the call that printed it, as the
 * Python runner does: the first HEAD and the last TAIL bytes, and how many in all. Nothing reaches the protocol
 * stream, and a print makes no system call. Past `cap` bytes (the output limit, over the runner's life) the call
 * ends as OLE at once: the JVM ignores SIGXFSZ, so a file-size limit alone would only make its writes fail.
 */
final class Printed extends OutputStream {
    static final int HEAD = 4096;
    static final int TAIL = 4096;

    private final Runner runner;
    volatile long cap;
    private long all; // since the runner started
    private long total; // since the last take
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private ByteArrayOutputStream tail = new ByteArrayOutputStream();
    private boolean cut;

    Printed(Runner runner) {
        this.runner = runner;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] data, int offset, int length) {
        total += length;
        all += length;
        int kept = Math.min(length, HEAD - head.size());
        if (kept > 0) head.write(data, offset, kept);
        if (length > kept) {
            tail.write(data, offset + kept, length - kept);
            if (tail.size() > 2 * TAIL) {
                byte[] bytes = tail.toByteArray();
                tail = new ByteArrayOutputStream();
                tail.write(bytes, bytes.length - TAIL, TAIL);
                cut = true;
            }
        }
        if (cap > 0 && all > cap) runner.outputLimit();
    }

    synchronized long all() {
        return all;
    }

    /** What was printed since the last take, for an answer; null when nothing was. */
    synchronized Map<String, Object> take() {
        if (total == 0) return null;
        byte[] end = tail.toByteArray();
        int from = Math.max(0, end.length - TAIL);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("head", head.toString(StandardCharsets.UTF_8));
        out.put("tail", new String(end, from, end.length - from, StandardCharsets.UTF_8));
        out.put("cut", cut || from > 0);
        out.put("bytes", total);
        head.reset();
        tail = new ByteArrayOutputStream();
        cut = false;
        total = 0;
        return out;
    }
}

package judge.runner;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * What the submission prints (System.out and System.err): it goes to the runner's stderr, which the judge caps,
 * never to the protocol stream, and is counted here so a flood ends the call as OLE at once (the JVM ignores
 * SIGXFSZ, so a file-size limit alone would only make its writes fail).
 */
final class Printed extends OutputStream {
    private final OutputStream sink = new FileOutputStream(FileDescriptor.err);
    private final Runner runner;
    volatile long cap;
    private long total;

    Printed(Runner runner) {
        this.runner = runner;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        count(1);
        sink.write(b);
    }

    @Override
    public synchronized void write(byte[] data, int offset, int length) throws IOException {
        count(length);
        sink.write(data, offset, length);
    }

    private void count(long bytes) {
        total += bytes;
        if (cap > 0 && total > cap) runner.outputLimit();
    }
}

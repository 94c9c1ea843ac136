package judge.runner;

import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The in-sandbox runner for Java: reads JSON-line requests, compiles and loads the submission, serves calls
 * (judge/protocol.py is the format; sandboxes/python/runner.py the model). Nothing here decides a verdict.
 *
 * <p>Run as {@code java ... judge.runner.Runner --cache DIR --nodes DIR [--fds]}. With --fds the launcher moved
 * the protocol to fds 4 (requests) and 3 (frames) and pointed fds 0-2 where the submission may play, so neither
 * its prints nor the JVM's own messages can reach the protocol stream.
 */
public final class Runner implements Codec.Handles {
    /** Code the submission runs in: it may throw anything. */
    interface Work<T> {
        T run() throws Throwable;
    }

    static final int VERSION = 2;
    static final int EXIT_CPU_LIMIT = 152;
    static final int EXIT_MEMORY = 153;
    static final int EXIT_PROTOCOL = 154;
    static final int EXIT_OUTPUT = 155;
    static final int MAX_FRAME = 64 * 1024 * 1024;
    static final long CALL_STACK = 32L << 20; // about 800,000 plain frames; an endless recursion's overflow costs the JVM
    // some six times its stack in memory (measured), so a larger one would turn RE into MLE
    static final long THREAD_STACK = 16L << 20; // a concurrent call's own thread
    static final int STAGED_INPUTS = 6;

    private final OutputStream out;
    private final Compiler compiler;
    private final Path nodes;
    private final ThreadMXBean clock = ManagementFactory.getThreadMXBean();
    private final Worker worker = new Worker();
    final Printed printed = new Printed(this);
    private final Map<Long, Object> handles = new HashMap<>();
    private final IdentityHashMap<Object, Long> handleKeys = new IdentityHashMap<>();
    private final ThreadLocal<List<Long>> fresh = ThreadLocal.withInitial(ArrayList::new);
    private final Map<Object, Object> staged = new LinkedHashMap<>();
    Loaded loaded;
    private double cpuLimit;
    volatile Object currentId;

    Runner(OutputStream out, Compiler compiler, Path nodes) {
        this.out = out;
        this.compiler = compiler;
        this.nodes = nodes;
    }

    // -- the wire ---------------------------------------------------------

    void send(Map<String, Object> frame) {
        StringBuilder text = new StringBuilder();
        Json.write(text, frame, 0);
        if (text.length() > MAX_FRAME) {
            Map<String, Object> over = new LinkedHashMap<>();
            over.put("id", frame.get("id"));
            over.put("ok", false);
            over.put("limit", "output");
            over.put("message", "an answer of " + text.length() + " bytes is over the frame cap");
            text.setLength(0);
            Json.write(text, over, 0);
        }
        text.append('\n');
        byte[] data = text.toString().getBytes(StandardCharsets.US_ASCII);
        synchronized (out) {
            try {
                out.write(data);
                out.flush();
            } catch (IOException exc) {
                Runtime.getRuntime().halt(0); // the judge is gone
            }
        }
    }

    void outputLimit() {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("id", currentId);
        frame.put("ok", false);
        frame.put("limit", "output");
        frame.put("printed", printed.all());
        frame.put("out", printed.take());
        if (currentId != null) send(frame);
        Runtime.getRuntime().halt(EXIT_OUTPUT);
    }

    /** Request lines, read in chunks and scanned for the newline (not a call per byte: inputs run to megabytes). */
    static final class Lines {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int start;
        private int end;

        Lines(InputStream in) {
            this.in = in;
        }

        /** The next line without its newline; null at EOF; an over-long frame reads as a malformed one. */
        byte[] next() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean over = false;
            while (true) {
                for (int i = start; i < end; i++) {
                    if (buffer[i] == '\n') {
                        if (!over) line.write(buffer, start, i - start);
                        start = i + 1;
                        return over || line.size() > MAX_FRAME ? new byte[] {'!'} : line.toByteArray();
                    }
                }
                if (!over) line.write(buffer, start, end - start);
                over = over || line.size() > MAX_FRAME;
                if (over) line.reset();
                start = 0;
                end = in.read(buffer);
                if (end <= 0) {
                    end = 0;
                    return line.size() == 0 && !over ? null : line.toByteArray();
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    void serve(InputStream in) throws IOException {
        send(ready());
        Lines lines = new Lines(in);
        while (true) {
            byte[] line = lines.next();
            if (line == null) return;
            Object id = null;
            Map<String, Object> response;
            try {
                Object parsed = Json.parse(new String(line, StandardCharsets.UTF_8));
                if (!(parsed instanceof Map)) throw new Codec.ProtocolError("a frame must be a JSON object");
                Map<String, Object> request = (Map<String, Object>) parsed;
                id = request.get("id");
                if ("exit".equals(request.get("op"))) return;
                response = handle(request);
                if (response == null) continue; // answered from the call's own thread
            } catch (Json.Malformed | Codec.ProtocolError exc) {
                response = new LinkedHashMap<>();
                response.put("ok", false);
                response.put("protocol_error", exc.getMessage());
            } catch (OutOfMemoryError exc) {
                Runtime.getRuntime().halt(EXIT_MEMORY);
                return;
            }
            response.put("id", id);
            send(response);
        }
    }

    private Map<String, Object> ready() {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("id", null);
        frame.put("ok", true);
        frame.put("ready", (long) VERSION);
        frame.put("python", "");
        frame.put("runtime", "java " + Runtime.version());
        return frame;
    }

    Map<String, Object> handle(Map<String, Object> request) throws Codec.ProtocolError {
        Object op = request.get("op");
        if ("load".equals(op)) return withOutput(load(request)); // a static initializer may print
        if ("call".equals(op)) return call(request);
        if ("measure".equals(op)) return Measure.run(this, request);
        if ("ping".equals(op)) return ok(encodeNone());
        throw new Codec.ProtocolError("unknown op " + Codec.clip(op));
    }

    static Map<String, Object> ok(Object value) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("ok", true);
        response.put("value", value);
        return response;
    }

    static Map<String, Object> encodeNone() {
        Map<String, Object> none = new LinkedHashMap<>();
        none.put("lean", null);
        return none;
    }

    // -- loading ----------------------------------------------------------

    @SuppressWarnings("unchecked")
    private Map<String, Object> load(Map<String, Object> request) {
        Map<String, Object> limits = request.get("limits") instanceof Map ? (Map<String, Object>) request.get("limits") : Map.of();
        cpuLimit = limits.get("cpu") instanceof Number ? ((Number) limits.get("cpu")).doubleValue() : 0;
        printed.cap = request.get("output_cap") instanceof Long ? (Long) request.get("output_cap") : 0;
        String filename = String.valueOf(request.getOrDefault("filename", "solution.java"));
        String module = String.valueOf(request.getOrDefault("module", "solution"));
        String source = String.valueOf(request.getOrDefault("source", ""));
        Map<String, Object> response = new LinkedHashMap<>();
        Path classes;
        try {
            classes = compiler.classes(source, filename);
        } catch (Compiler.Failed exc) {
            response.put("ok", false);
            response.put("error", Errors.compile(exc.getMessage(), exc.line));
            return response;
        } catch (IOException exc) {
            response.put("ok", false);
            response.put("error", Errors.compile("the compiler could not run: " + exc.getMessage(), null));
            return response;
        }
        List<Object> entries = request.get("entries") instanceof List ? (List<Object>) request.get("entries") : List.of();
        currentId = request.get("id");
        try {
            loaded = new Loaded(loader(classes), classNames(classes), filename, module);
            Map<String, Object> aliases = loaded.check(entries);
            response.put("ok", true);
            response.put("value", aliases.isEmpty() ? encodeNone() : Map.of("lean", aliases));
        } catch (Errors.Missing exc) {
            response.put("ok", false);
            response.put("error", Errors.missing(exc.getMessage()));
        } catch (Throwable exc) {
            response.put("ok", false);
            response.put("error", Errors.describe(exc, loaded, true));
        } finally {
            currentId = null;
        }
        return response;
    }

    private ClassLoader loader(Path classes) throws IOException {
        URL[] urls = {classes.toUri().toURL(), nodes.toUri().toURL()};
        return new URLClassLoader("submission", urls, Runner.class.getClassLoader());
    }

    private static Set<String> classNames(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(p -> classes.relativize(p).toString())
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - 6).replace('/', '.'))
                    .collect(Collectors.toSet());
        }
    }

    // -- calls ------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(Map<String, Object> request) throws Codec.ProtocolError {
        if (loaded == null) throw new Codec.ProtocolError("call before load");
        Codec.Decoded decoded = Codec.decode(request.get("args"), this);
        if (!(decoded.value instanceof Values.Seq) || ((Values.Seq) decoded.value).size() != 2 || !(((Values.Seq) decoded.value).get(0) instanceof Values.Seq)) {
            throw new Codec.ProtocolError("a call's arguments must be [args, kwargs]");
        }
        Values.Seq args = (Values.Seq) ((Values.Seq) decoded.value).get(0);
        Map<String, Object> spec = request.get("target") instanceof Map ? (Map<String, Object>) request.get("target") : Map.of();
        Object id = request.get("id");
        Types types = new Types(loaded.loader);
        Work<Object> work = () -> loaded.act(spec, args, types, this);
        if (Boolean.TRUE.equals(request.get("thread"))) {
            Thread thread = new Thread(null, () -> {
                System.out.flush();
                Map<String, Object> response = withOutput(answer(work, decoded, types));
                response.put("id", id);
                send(response);
            }, "judge-call-" + id, THREAD_STACK);
            thread.setDaemon(true);
            thread.start();
            return null;
        }
        return timed(() -> answer(work, decoded, types), id, cpuLimit);
    }

    /** A call's answer: its value with the inputs' state after it, or the exception it raised; its CPU time. */
    Map<String, Object> answer(Work<Object> work, Codec.Decoded decoded, Types types) {
        long started = clock.getCurrentThreadCpuTime();
        Map<String, Object> response = new LinkedHashMap<>();
        Object value;
        try {
            value = work.run();
        } catch (Throwable exc) {
            Throwable cause = Errors.unwrap(exc);
            response.put("ok", false);
            response.put("error", Errors.describe(cause, loaded, false));
            response.put("cpu", seconds(clock.getCurrentThreadCpuTime() - started));
            return response;
        }
        try {
            fresh.get().clear();
            Codec.Encoder encoder = new Codec.Encoder(this);
            List<Object> inputs = new ArrayList<>();
            for (Object slot : decoded.objects) inputs.add(types.made.get(slot));
            encoder.preload(inputs);
            response.put("ok", true);
            response.put("value", encoder.encode(value, decoded.sent));
            if (!fresh.get().isEmpty()) {
                Map<String, Object> described = new LinkedHashMap<>();
                for (Long key : fresh.get()) described.put(String.valueOf(key), loaded.describe(handles.get(key)));
                response.put("handles", described);
            }
        } catch (OutOfMemoryError exc) {
            throw exc;
        } catch (Throwable exc) {
            response.clear();
            response.put("ok", false);
            response.put("error", Errors.describe(new IllegalStateException("the call's result cannot be sent back: " + exc.getMessage()), loaded, false));
        }
        response.put("cpu", seconds(clock.getCurrentThreadCpuTime() - started));
        return response;
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /**
     * Runs `work` on the call thread (one for the runner's life, with a deep stack for recursion) while this one
     * watches its CPU time: past `limit` seconds the runner answers that the call ran out of time and leaves, as a
     * submission may catch any exception thrown at it.
     */
    Map<String, Object> timed(Work<Map<String, Object>> work, Object id, double limit) {
        long limitNanos = limit > 0 ? (long) (limit * 1e9) : Long.MAX_VALUE;
        currentId = id;
        long before = clock.getThreadCpuTime(worker.thread.getId());
        Object result;
        try {
            worker.submit(work);
            while (!worker.done()) {
                long spent = clock.getThreadCpuTime(worker.thread.getId()) - before;
                if (spent > limitNanos) overTime(id, spent);
                worker.await(Math.max(1, Math.min(20, (limitNanos - Math.max(spent, 0)) / 1_000_000)));
            }
            result = worker.take();
        } catch (InterruptedException exc) {
            result = exc;
        } finally {
            currentId = null;
        }
        System.out.flush();
        System.err.flush();
        if (result instanceof OutOfMemoryError) Runtime.getRuntime().halt(EXIT_MEMORY);
        if (result instanceof Throwable) {
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("ok", false);
            response.put("error", Errors.describe((Throwable) result, loaded, false));
            return withOutput(response);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> response = (Map<String, Object>) result;
        return withOutput(response);
    }

    /** What the call printed goes with its answer, only when it printed: a quiet call's answer stays small. */
    Map<String, Object> withOutput(Map<String, Object> response) {
        Map<String, Object> out = printed.take();
        if (out != null) response.put("out", out);
        return response;
    }

    /** The thread calls run on, one at a time: made once (a deep stack is costly to map per call). */
    private static final class Worker implements Runnable {
        final Thread thread = new Thread(null, this, "judge-call", CALL_STACK);
        private Work<Map<String, Object>> job;
        private Object result;
        private boolean finished = true;

        Worker() {
            thread.setDaemon(true);
            thread.start();
        }

        synchronized void submit(Work<Map<String, Object>> work) {
            job = work;
            finished = false;
            result = null;
            notifyAll();
        }

        synchronized boolean done() {
            return finished;
        }

        synchronized void await(long millis) throws InterruptedException {
            if (!finished) wait(millis);
        }

        synchronized Object take() {
            return result;
        }

        @Override
        public void run() {
            while (true) {
                Work<Map<String, Object>> work;
                synchronized (this) {
                    while (job == null) {
                        try {
                            wait();
                        } catch (InterruptedException exc) {
                            return;
                        }
                    }
                    work = job;
                    job = null;
                }
                Object outcome;
                try {
                    outcome = work.run();
                } catch (Throwable exc) {
                    outcome = exc;
                }
                synchronized (this) {
                    result = outcome;
                    finished = true;
                    notifyAll();
                }
            }
        }
    }

    private void overTime(Object id, long spent) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("id", id);
        frame.put("ok", false);
        frame.put("limit", "cpu");
        frame.put("cpu", seconds(spent));
        send(frame);
        Runtime.getRuntime().halt(EXIT_CPU_LIMIT);
    }

    // -- handles ----------------------------------------------------------

    @Override
    public synchronized long out(Object value) {
        Long key = handleKeys.get(value);
        if (key == null) {
            key = (long) handles.size() + 1;
            handleKeys.put(value, key);
            handles.put(key, value);
            fresh.get().add(key);
        }
        return key;
    }

    @Override
    public synchronized Object in(long key) throws Codec.ProtocolError {
        if (!handles.containsKey(key)) throw new Codec.ProtocolError("unknown handle " + key);
        return handles.get(key);
    }

    Map<Object, Object> staged() {
        return staged;
    }

    // -- start ------------------------------------------------------------

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--fds")) options.put("fds", "");
            else if (args[i].startsWith("--") && i + 1 < args.length) options.put(args[i], args[++i]);
        }
        boolean fds = options.containsKey("fds");
        OutputStream protocol = fds ? new FileOutputStream("/proc/self/fd/3") : new FileOutputStream(java.io.FileDescriptor.out);
        InputStream requests = fds ? new FileInputStream("/proc/self/fd/4") : new FileInputStream(java.io.FileDescriptor.in);
        Path cache = Path.of(options.getOrDefault("--cache", System.getProperty("java.io.tmpdir") + "/judge-java"));
        Path nodes = Path.of(options.getOrDefault("--nodes", "nodes"));
        Runner runner = new Runner(protocol, new Compiler(cache, nodes), nodes);
        PrintStream prints = new PrintStream(runner.printed, true, StandardCharsets.UTF_8);
        System.setOut(prints);
        System.setErr(prints);
        System.setIn(InputStream.nullInputStream());
        try {
            runner.serve(requests);
        } catch (OutOfMemoryError exc) {
            Runtime.getRuntime().halt(EXIT_MEMORY);
        }
        System.out.flush();
        Runtime.getRuntime().halt(0); // threads the submission left running must not keep the runner alive
    }
}

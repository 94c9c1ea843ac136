package judge.runner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The complexity ladder's op: the CPU time of one call on a staged input, from a warm-up call and then batches
 * grown until one lasts `min_seconds`. Each repetition gets its own copy of the input, made off the clock (an
 * in-place sort must not find its input sorted). The work count is Python-only: it answers null.
 */
final class Measure {
    static final int MAX_REPS = 100_000;
    static final double WARM_SECONDS = 0.005; // the least warm-up, even for a climb's single timed call
    static final int CHUNK = 256; // calls timed together at most: their argument copies exist at once
    private static final ThreadMXBean CLOCK = ManagementFactory.getThreadMXBean();

    private Measure() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> run(Runner runner, Map<String, Object> request) throws Codec.ProtocolError {
        if (runner.loaded == null) throw new Codec.ProtocolError("measure before load");
        Object key = request.get("input_key");
        Map<Object, Object> staged = runner.staged();
        if (request.containsKey("args")) {
            staged.put(key, Codec.decode(request.get("args"), runner).value);
            while (staged.size() > Runner.STAGED_INPUTS) {
                Iterator<Object> oldest = staged.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
        }
        Object input = staged.get(key);
        if (!(input instanceof Values.Seq) || !(((Values.Seq) input).get(0) instanceof Values.Seq)) throw new Codec.ProtocolError("no input staged under " + Codec.clip(key));
        List<Object> args = (Values.Seq) ((Values.Seq) input).get(0);
        Map<String, Object> spec = request.get("target") instanceof Map ? (Map<String, Object>) request.get("target") : Map.of();
        double minSeconds = request.get("min_seconds") instanceof Number ? ((Number) request.get("min_seconds")).doubleValue() : 0.02;
        double budget = request.get("cpu_budget") instanceof Number ? ((Number) request.get("cpu_budget")).doubleValue() : 5.0;
        boolean timing = !Boolean.FALSE.equals(request.get("time"));
        return runner.timed(() -> measured(runner, spec, args, timing, minSeconds), request.get("id"), budget);
    }

    private static Map<String, Object> measured(Runner runner, Map<String, Object> spec, List<Object> args, boolean timing, double minSeconds)
            throws Throwable {
        Map<String, Object> result = new LinkedHashMap<>();
        double perCall = 0;
        long reps = 0;
        if (timing) { // min_seconds 0 (the ladder's climb): one call, timed alone, after the warm-up
            long first = warmUp(runner, spec, args, Math.max(minSeconds, WARM_SECONDS));
            if (minSeconds == 0) first = batch(runner, spec, args, 1);
            if (first >= minSeconds * 1e9) {
                perCall = first / 1e9;
                reps = 1;
            } else {
                long spent = 0;
                int chunk = 1;
                while (spent < minSeconds * 1e9 && reps < MAX_REPS) {
                    spent += batch(runner, spec, args, chunk);
                    reps += chunk;
                    chunk = Math.min(chunk * 2, CHUNK);
                }
                perCall = spent / 1e9 / reps;
            }
        }
        result.put("cpu", perCall);
        result.put("reps", reps);
        result.put("count", null);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("ok", true);
        Codec.Encoder encoder = new Codec.Encoder(runner);
        response.put("value", encoder.encode(result, null));
        return response;
    }

    /**
     * Calls for as long as a measured batch will last, before measuring: the JIT compiles a method only after
     * thousands of calls or loop turns, so without this a small input would be timed in the interpreter and a
     * large one in compiled code, and the growth would look sub-linear. Answers the first call's time.
     */
    private static long warmUp(Runner runner, Map<String, Object> spec, List<Object> args, double minSeconds) throws Throwable {
        long first = batch(runner, spec, args, 1);
        long spent = first;
        int chunk = 1; // doubling, so the warm-up lasts at most about twice what it should
        for (int reps = 1; spent < minSeconds * 1e9 && reps < MAX_REPS; reps += chunk) {
            chunk = Math.min(chunk * 2, CHUNK);
            spent += batch(runner, spec, args, chunk);
        }
        return first;
    }

    /**
     * CPU nanoseconds of `count` calls timed together (two clock reads per batch, not per call: a read costs about
     * as much as a small call), each with its own copy of the arguments, made before the clock starts.
     */
    private static long batch(Runner runner, Map<String, Object> spec, List<Object> args, int count) throws Throwable {
        Loaded loaded = runner.loaded;
        if (Boolean.TRUE.equals(spec.get("replay"))) return replay(loaded, spec, args, count);
        String name = String.valueOf(spec.get("name"));
        Class<?> solution = loaded.type("Solution");
        Loaded.Bound[] calls = new Loaded.Bound[count];
        for (int i = 0; i < count; i++) {
            Types types = new Types(loaded.loader);
            Object target = solution == null ? null : loaded.construct(solution, List.of(), types);
            calls[i] = loaded.bind(solution, target, name, args, types);
        }
        long started = CLOCK.getCurrentThreadCpuTime();
        for (Loaded.Bound call : calls) call.call();
        return CLOCK.getCurrentThreadCpuTime() - started;
    }

    /** A class problem's input: make the object, then make each (method, arguments) call in turn, `count` times. */
    @SuppressWarnings("unchecked")
    private static long replay(Loaded loaded, Map<String, Object> spec, List<Object> args, int count) throws Throwable {
        Class<?> cls = loaded.type(String.valueOf(spec.get("name")));
        if (cls == null || args.size() != 2) throw new Errors.Python("TypeError", "cannot replay operations on " + spec.get("name"));
        List<Object> ops = (List<Object>) args.get(1);
        Map<String, java.lang.reflect.Executable> methods = new java.util.HashMap<>(); // looked up once, not per operation
        long spent = 0;
        for (int round = 0; round < count; round++) {
            Types types = new Types(loaded.loader);
            long started = CLOCK.getCurrentThreadCpuTime();
            Object obj = loaded.construct(cls, (List<Object>) args.get(0), types);
            for (Object op : ops) {
                List<Object> pair = (List<Object>) op;
                String name = String.valueOf(pair.get(0));
                List<Object> opArgs = (List<Object>) pair.get(1);
                java.lang.reflect.Executable method = methods.get(name);
                Loaded.Bound call = method == null ? loaded.bind(cls, obj, name, opArgs, types) : Loaded.rebind(method, obj, opArgs, types);
                methods.putIfAbsent(name, call.target);
                call.call();
            }
            spent += CLOCK.getCurrentThreadCpuTime() - started;
        }
        return spent;
    }
}

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
        return runner.timed(() -> measured(runner, spec, args, timing ? minSeconds : 0), request.get("id"), budget);
    }

    private static Map<String, Object> measured(Runner runner, Map<String, Object> spec, List<Object> args, double minSeconds) throws Throwable {
        Map<String, Object> result = new LinkedHashMap<>();
        double perCall = 0;
        long reps = 0;
        if (minSeconds > 0) {
            long first = warmUp(runner, spec, args, minSeconds);
            if (first >= minSeconds * 1e9) {
                perCall = first / 1e9;
                reps = 1;
            } else {
                long spent = 0;
                while (spent < minSeconds * 1e9 && reps < MAX_REPS) {
                    spent += once(runner, spec, args);
                    reps++;
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
        long first = once(runner, spec, args);
        long spent = first;
        for (int reps = 1; spent < minSeconds * 1e9 && reps < MAX_REPS; reps++) spent += once(runner, spec, args);
        return first;
    }

    /** One call's CPU nanoseconds, its arguments made before the clock starts. */
    private static long once(Runner runner, Map<String, Object> spec, List<Object> args) throws Throwable {
        Loaded loaded = runner.loaded;
        Types types = new Types(loaded.loader);
        if (Boolean.TRUE.equals(spec.get("replay"))) return replay(loaded, spec, args, types);
        String name = String.valueOf(spec.get("name"));
        Class<?> solution = loaded.type("Solution");
        Object target = solution == null ? null : loaded.construct(solution, List.of(), types);
        Loaded.Bound call = loaded.bind(solution, target, name, args, types);
        long started = CLOCK.getCurrentThreadCpuTime();
        call.call();
        return CLOCK.getCurrentThreadCpuTime() - started;
    }

    @SuppressWarnings("unchecked")
    private static long replay(Loaded loaded, Map<String, Object> spec, List<Object> args, Types types) throws Throwable {
        Class<?> cls = loaded.type(String.valueOf(spec.get("name")));
        if (cls == null || args.size() != 2) throw new Errors.Python("TypeError", "cannot replay operations on " + spec.get("name"));
        long started = CLOCK.getCurrentThreadCpuTime();
        Object obj = loaded.construct(cls, (List<Object>) args.get(0), types);
        for (Object op : (List<Object>) args.get(1)) {
            List<Object> pair = (List<Object>) op;
            loaded.invoke(cls, obj, String.valueOf(pair.get(0)), (List<Object>) pair.get(1), types);
        }
        return CLOCK.getCurrentThreadCpuTime() - started;
    }
}

package judge.runner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiling is its own phase, in a javac process of its own with its own limits (wall time, heap, diagnostics
 * size), never inside a call's CPU time. Classes are cached by the source's digest in a folder every case's runner
 * shares, so a submission is compiled once, not once per case.
 */
final class Compiler {
    static final long WALL_SECONDS = 30;
    static final int DIAGNOSTICS_CAP = 64 * 1024;
    static final int SHOWN_LINES = 12;
    static final int KEEP = 200;
    private static final Pattern PUBLIC_TYPE = Pattern.compile("(?m)^[ \\t]*public\\s+(?:(?:final|abstract|sealed|strictfp)\\s+)*(?:class|interface|enum|record)\\s+([A-Za-z_$][\\w$]*)");
    private static final Pattern DIAGNOSTIC = Pattern.compile("^.*?([A-Za-z_$][\\w$]*\\.java):(\\d+): (error|warning): (.*)$");

    private final Path cache;
    private final Path nodes;

    Compiler(Path cache, Path nodes) {
        this.cache = cache;
        this.nodes = nodes;
    }

    static final class Failed extends Exception {
        final Integer line;

        Failed(String message, Integer line) {
            super(message);
            this.line = line;
        }
    }

    /** The folder of the source's classes, compiled now or earlier. */
    Path classes(String source, String filename) throws Failed, IOException {
        String javaName = javaFileName(source);
        Path done = cache.resolve(digest(javaName + "\n" + Runtime.version() + "\n" + source));
        if (Files.isDirectory(done)) return done;
        Files.createDirectories(cache);
        Path work = Files.createTempDirectory(cache, "compiling-");
        Path file = work.resolve(javaName);
        Files.writeString(file, source, StandardCharsets.UTF_8);
        Path out = work.resolve("classes");
        Files.createDirectories(out);
        try {
            run(javacCommand(file, out), filename, javaName);
            try {
                Files.move(out, done, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException exc) {
                // another runner compiled the same source meanwhile: its classes are as good
            } catch (IOException exc) {
                if (!Files.isDirectory(done)) throw exc;
            }
        } finally {
            delete(work);
        }
        prune(done);
        return done;
    }

    /** The cache keeps the KEEP most recently compiled submissions: a local judge's folder must not grow forever. */
    private void prune(Path keep) {
        try (Stream<Path> entries = Files.list(cache)) {
            List<Path> compiled = entries.filter(p -> Files.isDirectory(p) && !p.getFileName().toString().startsWith("compiling-")).collect(Collectors.toList());
            if (compiled.size() <= KEEP) return;
            compiled.sort(Comparator.comparingLong(Compiler::modified));
            for (Path old : compiled.subList(0, compiled.size() - KEEP)) if (!old.equals(keep)) delete(old);
        } catch (IOException | UncheckedIOException exc) {
            // a cache that cannot be tidied still works
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException exc) {
            return 0;
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException exc) {
            // left for the next prune
        }
    }

    /** A public class must live in a file of its name; otherwise LeetCode's `class Solution` goes in Solution.java. */
    static String javaFileName(String source) {
        Matcher matcher = PUBLIC_TYPE.matcher(source);
        return (matcher.find() ? matcher.group(1) : "Solution") + ".java";
    }

    private List<String> javacCommand(Path file, Path out) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
        // A small, quick compiler JVM: its heap and reservations fit the sandbox beside the runner's.
        for (String flag : new String[] {"-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-XX:CompressedClassSpaceSize=64m", "-XX:ReservedCodeCacheSize=48m", "-Xshare:auto"}) {
            command.add("-J" + flag);
        }
        String archive = System.getProperty("judge.javac.archive");
        if (archive != null && Files.isRegularFile(Path.of(archive))) command.add("-J-XX:SharedArchiveFile=" + archive);
        command.addAll(List.of("-proc:none", "-implicit:none", "-encoding", "UTF-8", "-nowarn", "-g", "-Xmaxerrs", "5", "-Xdiags:compact"));
        command.addAll(List.of("-cp", nodes.toString(), "-d", out.toString(), file.toString()));
        return command;
    }

    private void run(List<String> command, String filename, String javaName) throws Failed, IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.directory(cache.toFile());
        Process process = builder.start();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> drain(process.getInputStream(), diagnostics), "judge-javac-output");
        reader.setDaemon(true);
        reader.start();
        boolean finished;
        try {
            finished = process.waitFor(WALL_SECONDS, TimeUnit.SECONDS);
            if (finished) reader.join(2000);
        } catch (InterruptedException exc) {
            finished = false;
        }
        if (!finished) {
            process.destroyForcibly();
            throw new Failed("compiling took longer than " + WALL_SECONDS + " s", null);
        }
        if (process.exitValue() != 0) {
            String text;
            synchronized (diagnostics) {
                text = diagnostics.toString(StandardCharsets.UTF_8);
            }
            throw failure(text, filename, javaName, process.exitValue());
        }
    }

    private static void drain(InputStream in, ByteArrayOutputStream into) {
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                synchronized (into) {
                    if (into.size() < DIAGNOSTICS_CAP) into.write(buffer, 0, Math.min(n, DIAGNOSTICS_CAP - into.size()));
                }
            }
        } catch (IOException exc) {
            // the compiler is gone: what was read is all there is
        }
    }

    /** The compiler's first diagnostics, naming the candidate's own file, and the first error's line. */
    static Failed failure(String text, String filename, String javaName, int code) {
        List<String> shown = new ArrayList<>();
        Integer line = null;
        for (String raw : text.split("\n")) {
            Matcher matcher = DIAGNOSTIC.matcher(raw);
            String shownLine = raw;
            if (matcher.matches() && matcher.group(1).equals(javaName)) {
                if (line == null && matcher.group(3).equals("error")) line = Integer.parseInt(matcher.group(2));
                shownLine = filename + ":" + matcher.group(2) + ": " + matcher.group(3) + ": " + matcher.group(4);
            }
            if (shown.size() < SHOWN_LINES && !raw.isBlank() && !raw.matches("\\d+ errors?")) shown.add(shownLine);
        }
        if (shown.isEmpty()) shown.add("javac failed (exit code " + code + ")");
        return new Failed(String.join("\n", shown), line);
    }

    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < 12; i++) out.append(String.format("%02x", hash[i]));
            return out.toString();
        } catch (NoSuchAlgorithmException exc) {
            throw new IllegalStateException(exc);
        }
    }
}

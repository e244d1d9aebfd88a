package org.zcrm.executor.process;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Runs one external program per call, each in its own session and process group (through
 * util-linux {@code setsid}), with a hard timeout that kills the whole group (TERM, then KILL
 * after a short grace), output captured up to a cap per stream, and an environment that is exactly
 * the one given plus a PATH when the caller gave none.
 *
 * <p>Output is read by background threads that keep draining (and dropping) bytes past the cap,
 * so a chatty program never blocks on a full pipe and never fills the heap. When the program has
 * exited but something it left behind (a daemon it started) still holds its stdout, the runner
 * waits only {@link #DEFAULT_DRAIN_GRACE} for the end of the output, then reports what it has.
 * Nothing the program does can block {@link #start} or keep the returned future from completing.
 */
public final class ProcessRunner implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger();

    /** Bytes kept per stream; the rest is read and dropped. */
    public static final int DEFAULT_OUTPUT_CAP = 1 << 20;
    /** Time between TERM and KILL when a timed-out group is killed. */
    public static final Duration DEFAULT_KILL_GRACE = Duration.ofMillis(500);
    /** How long to wait for the end of output after the program itself has exited. */
    public static final Duration DEFAULT_DRAIN_GRACE = Duration.ofMillis(250);
    /** PATH given to programs whose environment has none. */
    public static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private static final int RUNNING = 0;
    private static final int EXITED = 1;
    private static final int TIMED_OUT = 2;

    private static final String SETSID = findProgram("setsid");
    private static final String KILL = findProgram("kill");
    private static final File DEV_NULL = new File("/dev/null");

    private final int outputCap;
    private final Duration killGrace;
    private final Duration drainGrace;
    private final ExecutorService io;
    private final ScheduledExecutorService timer;

    public ProcessRunner() {
        this(DEFAULT_OUTPUT_CAP, DEFAULT_KILL_GRACE, DEFAULT_DRAIN_GRACE);
    }

    public ProcessRunner(int outputCap, Duration killGrace, Duration drainGrace) {
        if (outputCap < 0) {
            throw new IllegalArgumentException("outputCap must not be negative");
        }
        this.outputCap = outputCap;
        this.killGrace = killGrace;
        this.drainGrace = drainGrace;
        this.io = Executors.newCachedThreadPool(daemonThreads("zcrm-process-io"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("zcrm-process-timer"));
        if (SETSID == null) {
            LOG.warn("No setsid program found, agents share the executor's process group; install util-linux");
        }
    }

    /** Runs the program and waits for its outcome (bounded by the spec's timeout plus the kill grace). */
    public ProcessOutcome run(ProcessSpec spec) {
        return start(spec).join();
    }

    /** Starts the program; the future completes with its outcome and never completes exceptionally. */
    public CompletableFuture<ProcessOutcome> start(ProcessSpec spec) {
        long startNanos = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(commandLine(spec));
        Map<String, String> env = builder.environment();
        env.clear();
        env.putAll(spec.environment());
        env.putIfAbsent("PATH", DEFAULT_PATH);
        if (spec.workingDir() != null) {
            builder.directory(spec.workingDir().toFile());
        }
        if (spec.stdin() == null) {
            builder.redirectInput(ProcessBuilder.Redirect.from(DEV_NULL));
        }
        String missing = missingProgram(spec.command().get(0), env.get("PATH"), spec.workingDir());
        if (missing != null) {
            return CompletableFuture.completedFuture(new ProcessOutcome(-1, false, "", "",
                    elapsedSince(startNanos), "could not spawn: " + missing));
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not spawn program command={} error={}", spec.command().get(0), e.getMessage());
            return CompletableFuture.completedFuture(new ProcessOutcome(-1, false, "", "",
                    elapsedSince(startNanos), "could not spawn: " + e.getMessage()));
        }
        LOG.debug("Started program command={} pid={}", spec.command().get(0), process.pid());
        CappedBuffer out = new CappedBuffer(outputCap);
        CappedBuffer err = new CappedBuffer(outputCap);
        CompletableFuture<Void> outDone = CompletableFuture.runAsync(() -> out.drain(process.getInputStream()), io);
        CompletableFuture<Void> errDone = CompletableFuture.runAsync(() -> err.drain(process.getErrorStream()), io);
        if (spec.stdin() != null) {
            io.execute(() -> feed(process.getOutputStream(), spec.stdin()));
        }

        // exactly one of "exited by itself" and "timed out" wins, so a program that ends right at
        // its deadline is never half-killed (which would take down daemons it legitimately left)
        AtomicInteger state = new AtomicInteger(RUNNING);
        AtomicBoolean timedOut = new AtomicBoolean();
        CompletableFuture<Void> killed = new CompletableFuture<>();
        ScheduledFuture<?> timeoutTask = timer.schedule(() -> {
            if (state.compareAndSet(RUNNING, TIMED_OUT)) {
                timedOut.set(true);
                killTree(process, killed);
            }
        }, spec.timeout().toNanos(), TimeUnit.NANOSECONDS);

        return process.onExit()
                .thenComposeAsync(p -> {
                    if (state.compareAndSet(RUNNING, EXITED)) {
                        timeoutTask.cancel(false);
                        return CompletableFuture.<Void>completedFuture(null);
                    }
                    return killed;
                }, io)
                .thenApplyAsync(ignored -> {
                    waitQuietly(CompletableFuture.allOf(outDone, errDone), drainGrace);
                    return outcome(process, timedOut.get(), out, err, elapsedSince(startNanos), spec);
                }, io)
                .exceptionally(e -> new ProcessOutcome(-1, timedOut.get(), out.text(), err.text(),
                        elapsedSince(startNanos), "runner failure: " + e));
    }

    @Override
    public void close() {
        timer.shutdownNow();
        io.shutdownNow();
    }

    private static List<String> commandLine(ProcessSpec spec) {
        List<String> cmd = new ArrayList<>();
        if (SETSID != null) {
            // --wait: if setsid must fork (it is already a group leader) it still returns the status
            cmd.add(SETSID);
            cmd.add("--wait");
        }
        cmd.addAll(spec.command());
        return cmd;
    }

    private ProcessOutcome outcome(Process process, boolean timedOut, CappedBuffer out, CappedBuffer err,
                                   Duration elapsed, ProcessSpec spec) {
        int code = process.exitValue();
        String failure = null;
        if (timedOut) {
            failure = "timed out after " + spec.timeout().toMillis() + "ms, process group killed";
            code = -1;
        } else if (code > 128 && code <= 128 + 64) {
            // the JDK reports death by signal N as 128+N, which a shell also uses for its children
            failure = "killed by signal " + (code - 128) + " (or exited with status " + code + ")";
        }
        LOG.debug("Program ended command={} pid={} exit={} timedOut={} elapsedMs={}",
                spec.command().get(0), process.pid(), code, timedOut, elapsed.toMillis());
        return new ProcessOutcome(code, timedOut, out.text(), err.text(), elapsed, failure,
                out.truncated(), err.truncated());
    }

    /**
     * TERM to every process group of the tree (the program's own session, and any group a child
     * made), then KILL after the grace. Completes {@code done} once KILL has been sent.
     */
    private void killTree(Process process, CompletableFuture<Void> done) {
        try {
            List<ProcessHandle> tree = new ArrayList<>();
            tree.add(process.toHandle());
            process.descendants().forEach(tree::add);
            LOG.info("Killing timed-out program pid={} processes={}", process.pid(), tree.size());
            signalAll(process.pid(), tree, "TERM");
            timer.schedule(() -> {
                try {
                    List<ProcessHandle> now = new ArrayList<>(tree);
                    process.descendants().forEach(now::add);
                    signalAll(process.pid(), now, "KILL");
                    now.forEach(ProcessHandle::destroyForcibly);
                } finally {
                    done.complete(null);
                }
            }, killGrace.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RuntimeException e) {
            LOG.warn("Could not kill timed-out program pid={} error={}", process.pid(), e.toString());
            process.destroyForcibly();
            done.complete(null);
        }
    }

    private static void signalAll(long leader, List<ProcessHandle> tree, String signal) {
        long ownGroup = ProcGroups.groupOf(ProcessHandle.current().pid());
        java.util.TreeSet<Long> groups = new java.util.TreeSet<>();
        if (SETSID != null) {
            groups.add(leader);
        }
        List<Long> loners = new ArrayList<>();
        for (ProcessHandle h : tree) {
            long g = ProcGroups.groupOf(h.pid());
            if (g > 1 && g != ownGroup) {
                groups.add(g);
            } else if (h.isAlive()) {
                loners.add(h.pid());
            }
        }
        List<String> targets = new ArrayList<>();
        groups.forEach(g -> targets.add("-" + g));
        loners.forEach(p -> targets.add(Long.toString(p)));
        if (!targets.isEmpty()) {
            sendSignal(signal, targets);
        }
    }

    private static void sendSignal(String signal, List<String> targets) {
        if (KILL == null) {
            return;
        }
        List<String> cmd = new ArrayList<>(List.of(KILL, "-s", signal, "--"));
        cmd.addAll(targets);
        try {
            Process kill = new ProcessBuilder(cmd)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!kill.waitFor(2, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
            }
        } catch (IOException e) {
            LOG.warn("Could not run kill signal={} error={}", signal, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void feed(OutputStream stdin, String text) {
        try (OutputStream in = stdin) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the program closed its stdin or exited early: nothing more to give it
            LOG.debug("Program did not read all of stdin error={}", e.getMessage());
        }
    }

    private static void waitQuietly(CompletableFuture<?> future, Duration limit) {
        try {
            future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // output still held open by a leftover process: report what was read so far
        }
    }

    /** Why the program cannot be executed, or null when it looks runnable (setsid would hide this). */
    private static String missingProgram(String program, String path, java.nio.file.Path workingDir) {
        if (program.contains("/")) {
            java.nio.file.Path p = java.nio.file.Path.of(program);
            if (!p.isAbsolute() && workingDir != null) {
                p = workingDir.resolve(p);
            }
            if (!java.nio.file.Files.exists(p)) {
                return program + ": no such file";
            }
            if (java.nio.file.Files.isDirectory(p) || !java.nio.file.Files.isExecutable(p)) {
                return program + ": not an executable file";
            }
            return null;
        }
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, program))) {
                return null;
            }
        }
        return program + ": not found in PATH " + path;
    }

    private static Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String findProgram(String name) {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            File f = new File(dir, name);
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        return null;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Keeps the first {@code cap} bytes of a stream, reads and drops the rest. */
    private static final class CappedBuffer {
        private final int cap;
        private final java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
        private boolean truncated;

        CappedBuffer(int cap) {
            this.cap = cap;
        }

        void drain(InputStream in) {
            byte[] chunk = new byte[8192];
            try (InputStream s = in) {
                int n;
                while ((n = s.read(chunk)) >= 0) {
                    append(chunk, n);
                }
            } catch (IOException e) {
                // stream closed under us: keep what we have
            }
        }

        private synchronized void append(byte[] chunk, int n) {
            int take = Math.min(cap - kept.size(), n);
            if (take < n) {
                truncated = true;
            }
            if (take > 0) {
                kept.write(chunk, 0, take);
            }
        }

        synchronized String text() {
            return kept.toString(StandardCharsets.UTF_8);
        }

        synchronized boolean truncated() {
            return truncated;
        }
    }
}

package org.zcrm.executor.process;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** TEMPORARY stand-in for the executor's runner so the fencer compiles before branch executor lands. */
public final class ProcessRunner implements AutoCloseable {

    public ProcessOutcome run(ProcessSpec spec) {
        long start = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(spec.command());
        pb.environment().clear();
        pb.environment().put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        pb.environment().putAll(spec.environment());
        if (spec.workingDir() != null) {
            pb.directory(spec.workingDir().toFile());
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return new ProcessOutcome(-1, false, "", "", Duration.ofNanos(System.nanoTime() - start),
                    "could not spawn: " + e.getMessage());
        }
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        try (OutputStream in = p.getOutputStream()) {
            if (spec.stdin() != null) {
                in.write(spec.stdin().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException ignored) {
            // the process may not read its stdin
        }
        boolean done;
        try {
            done = p.waitFor(spec.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done = false;
        }
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            try {
                p.waitFor(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ProcessOutcome(-1, true, out.getNow(""), err.getNow(""),
                    Duration.ofNanos(System.nanoTime() - start), "timed out");
        }
        return new ProcessOutcome(p.exitValue(), false, out.join(), err.join(),
                Duration.ofNanos(System.nanoTime() - start), null);
    }

    public CompletableFuture<ProcessOutcome> start(ProcessSpec spec) {
        return CompletableFuture.supplyAsync(() -> run(spec));
    }

    @Override
    public void close() {
    }

    private static String read(java.io.InputStream s) {
        try (s) {
            return new String(s.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}

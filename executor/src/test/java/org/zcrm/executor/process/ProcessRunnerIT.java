package org.zcrm.executor.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessRunnerIT {

    private static ProcessRunner runner;

    @BeforeAll
    static void setUp() {
        runner = new ProcessRunner(64 * 1024, Duration.ofMillis(300), Duration.ofMillis(200));
    }

    @AfterAll
    static void tearDown() {
        runner.close();
    }

    private static ProcessSpec sh(String script, Duration timeout) {
        return new ProcessSpec(List.of("sh", "-c", script), Map.of(), null, timeout, null);
    }

    @Test
    void capturesExitCodeAndBothStreams() {
        ProcessOutcome o = runner.run(sh("echo out; echo err >&2; exit 3", Duration.ofSeconds(5)));
        assertEquals(3, o.exitCode());
        assertEquals("out\n", o.stdout());
        assertEquals("err\n", o.stderr());
        assertFalse(o.timedOut());
        assertNull(o.failure());
        assertFalse(o.succeeded());
    }

    @Test
    void environmentIsExactlyTheGivenOnePlusPath() {
        ProcessOutcome o = runner.run(new ProcessSpec(List.of("env"), Map.of("A", "1", "B", "two words"),
                null, Duration.ofSeconds(5), null));
        List<String> lines = o.stdout().lines().sorted().toList();
        assertEquals(List.of("A=1", "B=two words", "PATH=" + ProcessRunner.DEFAULT_PATH), lines);

        ProcessOutcome own = runner.run(new ProcessSpec(List.of("/usr/bin/env"), Map.of("PATH", "/bin"),
                null, Duration.ofSeconds(5), null));
        assertEquals("PATH=/bin\n", own.stdout());
    }

    @Test
    void feedsStdinAndHonoursWorkingDir(@TempDir Path dir) {
        ProcessOutcome cat = runner.run(new ProcessSpec(List.of("cat"), Map.of(), "action=off\nplug=3\n",
                Duration.ofSeconds(5), null));
        assertEquals("action=off\nplug=3\n", cat.stdout());

        ProcessOutcome pwd = runner.run(new ProcessSpec(List.of("pwd"), Map.of(), null, Duration.ofSeconds(5), dir));
        assertEquals(dir.toAbsolutePath().toString(), pwd.stdout().strip());
    }

    @Test
    void runsInItsOwnSessionAndGroup() {
        ProcessOutcome o = runner.run(sh("ps -o pid=,pgid=,sid= -p $$", Duration.ofSeconds(5)));
        String[] ids = o.stdout().trim().split("\\s+");
        assertEquals(ids[0], ids[1], "process is its group's leader: " + o.stdout());
        assertEquals(ids[0], ids[2], "process is its session's leader: " + o.stdout());
    }

    @Test
    void missingProgramIsASpawnFailure() {
        ProcessOutcome o = runner.run(ProcessSpec.of(Duration.ofSeconds(5), "/nonexistent/agent"));
        assertEquals(-1, o.exitCode());
        assertTrue(o.failure().startsWith("could not spawn"), o.failure());
        ProcessOutcome byName = runner.run(ProcessSpec.of(Duration.ofSeconds(5), "no-such-program-zcrm"));
        assertTrue(byName.failure().contains("not found in PATH"), byName.failure());
    }

    @Test
    void timeoutKillsTheWholeGroupIncludingChildrenIgnoringTerm(@TempDir Path dir) throws Exception {
        Path pids = dir.resolve("pids");
        String script = "sleep 60 & echo $! >> " + pids + "; "
                + "sh -c 'trap \"\" TERM; echo $$ >> " + pids + "; while :; do sleep 1; done' & "
                + "echo $$ >> " + pids + "; wait";
        long t0 = System.nanoTime();
        ProcessOutcome o = runner.run(sh(script, Duration.ofMillis(700)));
        long tookMs = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(o.timedOut());
        assertEquals(-1, o.exitCode());
        assertNotNull(o.failure());
        assertTrue(tookMs < 4000, "took " + tookMs + "ms");
        List<Long> started = readPids(pids);
        assertEquals(3, started.size(), "pids seen: " + started);
        assertNoneAlive(started);
    }

    @Test
    void endlessOutputIsCappedAndTimesOut() {
        ProcessOutcome o = runner.run(new ProcessSpec(List.of("yes", "garbage"), Map.of(), null,
                Duration.ofMillis(600), null));
        assertTrue(o.timedOut());
        assertEquals(64 * 1024, o.stdout().length());
        assertTrue(o.stdoutTruncated());
        assertFalse(o.stderrTruncated());
    }

    @Test
    void leftoverProcessHoldingStdoutDoesNotHoldTheResult(@TempDir Path dir) throws Exception {
        Path pid = dir.resolve("pid");
        long t0 = System.nanoTime();
        ProcessOutcome o = runner.run(sh("sleep 20 & echo $! > " + pid + "; echo started", Duration.ofSeconds(10)));
        long tookMs = (System.nanoTime() - t0) / 1_000_000;
        try {
            assertEquals(0, o.exitCode());
            assertEquals("started\n", o.stdout());
            assertTrue(tookMs < 3000, "took " + tookMs + "ms");
            assertTrue(ProcessHandle.of(readPids(pid).get(0)).map(ProcessHandle::isAlive).orElse(false),
                    "a daemon left by a successful program keeps running");
        } finally {
            readPids(pid).forEach(p -> ProcessHandle.of(p).ifPresent(ProcessHandle::destroyForcibly));
        }
    }

    @Test
    void deathBySignalIsReported() {
        ProcessOutcome o = runner.run(sh("kill -9 $$", Duration.ofSeconds(5)));
        assertEquals(137, o.exitCode());
        assertTrue(o.failure().contains("signal 9"), o.failure());
    }

    @Test
    void runsConcurrently() {
        long t0 = System.nanoTime();
        List<CompletableFuture<ProcessOutcome>> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            all.add(runner.start(sh("sleep 0.5", Duration.ofSeconds(5))));
        }
        all.forEach(f -> assertEquals(0, f.join().exitCode()));
        long tookMs = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(tookMs < 2500, "took " + tookMs + "ms");
    }

    static List<Long> readPids(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(Long::parseLong).toList();
    }

    static void assertNoneAlive(List<Long> pids) throws InterruptedException {
        long deadline = System.nanoTime() + 2_000_000_000L;
        List<Long> alive;
        do {
            alive = pids.stream().filter(ProcessRunnerIT::alive).toList();
            if (alive.isEmpty()) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("processes still alive: " + alive);
    }

    /** Alive and not a zombie (a zombie is dead, only waiting for its parent to reap it). */
    private static boolean alive(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return false;
        }
    }
}

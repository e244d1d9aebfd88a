package org.zcrm.executor;

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
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zcrm.executor.agent.AgentId;
import org.zcrm.executor.agent.ExecStatus;
import org.zcrm.executor.agent.OcfExitCode;
import org.zcrm.cib.digest.ParamDigests;
import org.zcrm.executor.history.FailCounts;
import org.zcrm.executor.history.OperationRecord;

/** The executor with real agent scripts: zcrm's Dummy and its LSB sleeper. */
class ExecutorIT {

    @TempDir
    Path state;
    private final List<ExecutorEvent> events = new CopyOnWriteArrayList<>();
    private Executor executor;

    @BeforeEach
    void setUp() {
        executor = new Executor(TestAgents.config(state), events::add);
    }

    @AfterEach
    void tearDown() {
        executor.close();
    }

    private ActionRequest dummy(String rsc, String action, String... kv) {
        Map<String, String> params = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            params.put(kv[i], kv[i + 1]);
        }
        return TestAgents.dummy(rsc, action, state, params);
    }

    private List<ExecutorEvent> eventsFor(String operationKey) {
        return events.stream().filter(e -> e.result().request().operationKey().equals(operationKey)).toList();
    }

    private ExecutorEvent awaitEvent(Predicate<ExecutorEvent> p, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ExecutorEvent> e = events.stream().filter(p).findFirst();
            if (e.isPresent()) {
                return e.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no matching event within " + limit + "; events: " + events);
    }

    @Test
    void probeStartMonitorStopWithHistory() {
        ActionResult probe = executor.execute(dummy("d1", "monitor"));
        assertEquals(OcfExitCode.NOT_RUNNING, probe.rc());
        assertEquals(ExecStatus.DONE, probe.status());
        assertFalse(probe.failed(), "a probe expects 'not running'");

        ActionResult start = executor.execute(dummy("d1", "start"));
        assertEquals(OcfExitCode.OK, start.rc());
        assertTrue(start.callId() > probe.callId(), "call ids increase");

        ActionResult probeRunning = executor.execute(dummy("d1", "monitor"));
        assertEquals(OcfExitCode.OK, probeRunning.rc());
        assertTrue(probeRunning.failed(), "a probe that finds the resource running did not meet target rc 7");

        ActionResult stop = executor.execute(dummy("d1", "stop"));
        assertEquals(OcfExitCode.OK, stop.rc());

        List<OperationRecord> startRecords = eventsFor("d1_start_0").get(0).records();
        assertEquals(1, startRecords.size());
        OperationRecord r = startRecords.get(0);
        assertEquals("d1_last_0", r.id());
        assertEquals("start", r.operation());
        assertEquals("node1", r.onNode());
        assertEquals(start.callId(), r.callId());
        assertEquals(start.callId() + ":-1:0:xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", r.transitionKey());
        assertEquals("0:0;" + r.transitionKey(), r.transitionMagic());
        assertEquals(ParamDigests.digestParameters(Map.of("state_dir", state.toString())), r.opDigest());
        // Dummy is OCF 1.1 with reload-agent: restart list holds the non-reloadable parameters
        assertEquals("  state state_dir  ", r.opForceRestart());
        assertEquals(ParamDigests.digestParameters(Map.of("state_dir", state.toString())), r.opRestartDigest());
        assertEquals("  passwd  ", r.opSecureParams());

        // the probe that found it running is recorded as a failure and as the last state
        List<String> ids = events.stream().filter(e -> e.result().callId() == probeRunning.callId())
                .flatMap(e -> e.records().stream()).map(OperationRecord::id).toList();
        assertEquals(List.of("d1_last_failure_0", "d1_last_0"), ids);
        // outside a transition (no key) Pacemaker counts any failure, a probe's too
        assertEquals(Map.of("fail-count-d1#monitor_0", "1"), failCountsOnly());
    }

    @Test
    void agentsGetTheOcfEnvironment() throws IOException {
        Path envFile = state.resolve("env");
        ActionRequest req = new ActionRequest("web:2", TestAgents.DUMMY, "monitor", 0, Duration.ofSeconds(7),
                Map.of("envfile", envFile.toString(), "state_dir", state.toString(), "OCF_CHECK_LEVEL", "10"),
                Map.of("clone_max", "3", "clone_node_max", "1", "clone", "2",
                        "notify_start_uname", "node1 node2", "on-fail", "restart"), null, null);
        executor.execute(req);
        Map<String, String> env = new TreeMap<>();
        for (String line : Files.readAllLines(envFile)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                env.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        assertEquals("0", env.get("OCF_RESKEY_CRM_meta_interval"));
        assertEquals("7000", env.get("OCF_RESKEY_CRM_meta_timeout"));
        assertEquals("3", env.get("OCF_RESKEY_CRM_meta_clone_max"));
        assertEquals("2", env.get("OCF_RESKEY_CRM_meta_clone"));
        assertEquals("node1 node2", env.get("OCF_RESKEY_CRM_meta_notify_start_uname"));
        assertEquals("restart", env.get("OCF_RESKEY_CRM_meta_on_fail"));
        assertEquals("10", env.get("OCF_CHECK_LEVEL"));
        assertEquals(state.toString(), env.get("OCF_RESKEY_state_dir"));
        assertEquals("web:2", env.get("OCF_RESOURCE_INSTANCE"));
        assertEquals("Dummy", env.get("OCF_RESOURCE_TYPE"));
        assertEquals("zcrm", env.get("OCF_RESOURCE_PROVIDER"));
        assertEquals("/usr/lib/ocf", env.get("OCF_ROOT"));
        assertEquals("1", env.get("OCF_RA_VERSION_MAJOR"));
        assertEquals("1", env.get("OCF_RA_VERSION_MINOR"));
        assertEquals("ocf-exit-reason:", env.get("OCF_EXIT_REASON_PREFIX"));
        assertNotNull(env.get("PATH"));
        assertNull(env.get("HOME"), "the executor's own environment does not leak to agents");
    }

    @Test
    void hungAgentIsKilledWithItsChildrenAndTimesOut() throws Exception {
        ActionRequest req = new ActionRequest("hung", TestAgents.DUMMY, "start", 0, Duration.ofMillis(800),
                Map.of("state_dir", state.toString(), "hang", "start"), Map.of(), null, null);
        long t0 = System.nanoTime();
        ActionResult r = executor.execute(req);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(ExecStatus.TIMEOUT, r.status());
        assertEquals(2, r.status().code());
        assertEquals(OcfExitCode.UNKNOWN_ERROR, r.rc());
        assertEquals("Resource agent did not complete within 800ms", r.exitReason());
        assertTrue(ms < 5000, "took " + ms + "ms");
        List<Long> pids = new ArrayList<>();
        for (String w : Files.readString(state.resolve("hung.state.pids")).trim().split("\\s+")) {
            pids.add(Long.parseLong(w));
        }
        assertEquals(2, pids.size(), "agent and its child: " + pids);
        assertNoneAlive(pids);
        assertEquals("INFINITY", executor.failCounts().attributes().get("fail-count-hung#start_0"));
        OperationRecord rec = eventsFor("hung_start_0").get(0).records().get(0);
        assertEquals("hung_last_failure_0", rec.id());
        assertEquals(2, rec.opStatus());
        assertEquals(1, rec.rcCode());
    }

    @Test
    void failedStartCarriesTheExitReason() {
        ActionResult r = executor.execute(dummy("bad", "start", "fail_start", "6", "fail_reason", "disk on fire"));
        assertEquals(OcfExitCode.NOT_CONFIGURED, r.rc());
        assertEquals(ExecStatus.DONE, r.status());
        assertEquals("disk on fire", r.exitReason());
        assertTrue(r.failed());
        List<OperationRecord> records = eventsFor("bad_start_0").get(0).records();
        assertEquals(List.of("bad_last_failure_0", "bad_last_0"), records.stream().map(OperationRecord::id).toList());
        assertEquals("disk on fire", records.get(0).exitReason());
        assertEquals("0:6;" + records.get(0).transitionKey(), records.get(0).transitionMagic());
        FailCounts.Update u = eventsFor("bad_start_0").get(0).failCountUpdate().orElseThrow();
        assertEquals("fail-count-bad#start_0", u.failCountName());
        assertEquals("INFINITY", u.failCountValue());
        assertEquals("last-failure-bad#start_0", u.lastFailureName());
    }

    @Test
    void garbageOutputIsAFailedResultWithWhatWasSeen() {
        ActionResult r = executor.execute(dummy("junk", "monitor", "garbage", "monitor", "garbage_bytes", "300000"));
        assertEquals(OcfExitCode.UNKNOWN_ERROR, r.rc());
        assertEquals(ExecStatus.DONE, r.status());
        assertFalse(r.stdout().isEmpty());
        assertFalse(r.stderr().isEmpty());
        // the executor is still fine
        assertEquals(OcfExitCode.NOT_RUNNING, executor.execute(dummy("junk", "monitor")).rc());
    }

    @Test
    void crashedAgentIsAFailedResultWithWhatWasSeen() {
        ActionResult r = executor.execute(dummy("crash", "start", "crash", "start"));
        assertEquals(ExecStatus.ERROR, r.status());
        assertEquals(OcfExitCode.UNKNOWN_ERROR, r.rc());
        assertTrue(r.exitReason().contains("signal 11"), r.exitReason());
        assertEquals("Dummy: about to crash in start\n", r.stdout());
        assertTrue(r.failed());
        assertEquals("crash_last_failure_0", eventsFor("crash_start_0").get(0).records().get(0).id());
    }

    @Test
    void missingAgentIsNotInstalled() {
        ActionRequest req = ActionRequest.of("ghost", AgentId.ocf("zcrm", "NoSuchAgent"), "start",
                Duration.ofSeconds(5), Map.of());
        ActionResult r = executor.execute(req);
        assertEquals(OcfExitCode.NOT_INSTALLED, r.rc());
        assertEquals(ExecStatus.NOT_INSTALLED, r.status());
        assertTrue(r.exitReason().startsWith("ocf:zcrm:NoSuchAgent is not installed (looked in "), r.exitReason());
        ActionResult lsb = executor.execute(ActionRequest.of("ghost2", AgentId.lsb("no-such-script"), "monitor",
                Duration.ofSeconds(5), Map.of()));
        assertEquals(OcfExitCode.NOT_INSTALLED, lsb.rc());
    }

    @Test
    void nodeLimitBoundsConcurrentActions() {
        executor.close();
        executor = new Executor(TestAgents.config(state).withMaxConcurrent(2), events::add);
        List<CompletableFuture<ActionResult>> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            all.add(executor.submit(dummy("par" + i, "start", "op_sleep", "0.3")));
        }
        List<ActionResult> results = all.stream().map(CompletableFuture::join).toList();
        results.forEach(r -> assertEquals(OcfExitCode.OK, r.rc()));
        assertEquals(2, maxOverlap(results), "at most two at once, and two did overlap");
        assertTrue(results.stream().anyMatch(r -> r.queueTime().toMillis() >= 250), "some waited for a slot");
    }

    @Test
    void oneActionAtATimePerResourceInOrder() throws IOException {
        Path audit = state.resolve("audit.log");
        List<CompletableFuture<ActionResult>> all = new ArrayList<>();
        for (String action : List.of("start", "stop", "start", "stop")) {
            all.add(executor.submit(dummy("seq", action, "op_sleep", "0.15", "audit_log", audit.toString())));
        }
        List<ActionResult> results = all.stream().map(CompletableFuture::join).toList();
        assertEquals(1, maxOverlap(results), "never two actions of one resource at once");
        List<String> actions = Files.readAllLines(audit).stream()
                .map(l -> l.replaceAll(".*action=(\\w+).*", "$1")).toList();
        assertEquals(List.of("start", "stop", "start", "stop"), actions);
        assertTrue(Files.readAllLines(audit).get(0).matches(
                "node=node1 resource=seq action=start mono=[0-9.]+ wall=[0-9.]+"), Files.readAllLines(audit).get(0));
        // while resource "seq" was busy, another resource was not held back
        ActionResult other = executor.execute(dummy("other", "monitor"));
        assertEquals(OcfExitCode.NOT_RUNNING, other.rc());
    }

    @Test
    void recurringMonitorReportsChangesDetectsFailureAndStopsOnStop() throws Exception {
        assertEquals(OcfExitCode.OK, executor.execute(dummy("rm", "start")).rc());
        ActionRequest monitor = new ActionRequest("rm", TestAgents.DUMMY, "monitor", 150, Duration.ofSeconds(5),
                Map.of("state_dir", state.toString()), Map.of(), null, null);
        ActionResult first = executor.execute(monitor);
        assertEquals(OcfExitCode.OK, first.rc());
        long until = System.nanoTime() + 5_000_000_000L;
        while (executor.lastResult("rm", "monitor", 150).orElseThrow().lastRun().equals(first.lastRun())
                && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        Thread.sleep(300);
        ActionResult latest = executor.lastResult("rm", "monitor", 150).orElseThrow();
        assertTrue(latest.lastRun().isAfter(first.lastRun()), "the monitor keeps running");
        assertEquals(first.callId(), latest.callId(), "a recurring monitor keeps its call id");
        assertEquals(1, eventsFor("rm_monitor_150").size(), "unchanged results are not reported again");
        assertEquals("rm_monitor_150", eventsFor("rm_monitor_150").get(0).records().get(0).id());

        Files.delete(state.resolve("rm.state"));    // the resource dies behind the cluster's back
        ExecutorEvent failure = awaitEvent(e -> e.result().request().operationKey().equals("rm_monitor_150")
                && e.result().rc() == OcfExitCode.NOT_RUNNING, Duration.ofSeconds(6));
        assertTrue(failure.result().failed());
        assertEquals("rm_last_failure_0", failure.records().get(0).id());
        assertEquals("1", executor.failCounts().attributes().get("fail-count-rm#monitor_150"));
        assertEquals(List.of("rm_monitor_150"), executor.recurringOperations());

        executor.execute(dummy("rm", "stop"));
        assertEquals(List.of(), executor.recurringOperations());
        assertTrue(eventsFor("rm_monitor_150").stream().anyMatch(ExecutorEvent::cancelled), "cancel reported");
        ActionResult atStop = executor.lastResult("rm", "monitor", 150).orElseThrow();
        Thread.sleep(500);
        assertEquals(atStop, executor.lastResult("rm", "monitor", 150).orElseThrow(), "no run after the stop");
    }

    @Test
    void explicitCancel() throws Exception {
        executor.execute(dummy("c1", "start"));
        ActionRequest monitor = new ActionRequest("c1", TestAgents.DUMMY, "monitor", 100, Duration.ofSeconds(5),
                Map.of("state_dir", state.toString()), Map.of(), null, null);
        executor.execute(monitor);
        assertFalse(executor.cancel("c1", "monitor", 999), "no such recurring action");
        assertTrue(executor.cancel("c1", "monitor", 100));
        ExecutorEvent cancelled = awaitEvent(ExecutorEvent::cancelled, Duration.ofSeconds(2));
        assertEquals(List.of(), cancelled.records());
        assertEquals(ExecStatus.CANCELLED, cancelled.result().status());
        assertEquals(List.of(), executor.recurringOperations());
    }

    @Test
    void cancelDuringARunThenResubmitKeepsTheNewMonitor() throws Exception {
        executor.execute(dummy("rs", "start"));
        ActionRequest slow = new ActionRequest("rs", TestAgents.DUMMY, "monitor", 100, Duration.ofSeconds(5),
                Map.of("state_dir", state.toString(), "op_sleep", "0.4"), Map.of(), null, null);
        executor.execute(slow);
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (executor.running() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);   // wait for the second run to be in flight
        }
        assertEquals(1, executor.running());
        assertTrue(executor.cancel("rs", "monitor", 100));
        ActionResult again = executor.execute(slow);    // queued behind the cancelled run
        assertEquals(OcfExitCode.OK, again.rc());
        assertTrue(eventsFor("rs_monitor_100").stream().anyMatch(ExecutorEvent::cancelled), "cancel reported");
        assertEquals(List.of("rs_monitor_100"), executor.recurringOperations(), "the new monitor is active");
        long until = System.nanoTime() + 5_000_000_000L;
        while (!executor.lastResult("rs", "monitor", 100).orElseThrow().lastRun().isAfter(again.lastRun())
                && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertTrue(executor.lastResult("rs", "monitor", 100).orElseThrow().lastRun().isAfter(again.lastRun()),
                "and keeps running");
        executor.execute(dummy("rs", "stop"));
    }

    @Test
    void duplicateRecurringRequestIsMerged() {
        executor.execute(dummy("dup", "start"));
        ActionRequest monitor = new ActionRequest("dup", TestAgents.DUMMY, "monitor", 5000, Duration.ofSeconds(5),
                Map.of("state_dir", state.toString(), "op_sleep", "0.2"), Map.of(), null, null);
        CompletableFuture<ActionResult> first = executor.submit(monitor);
        CompletableFuture<ActionResult> second = executor.submit(monitor);
        ActionResult a = first.join();
        ActionResult b = second.join();
        assertEquals(OcfExitCode.OK, b.rc());
        assertEquals(b.callId(), a.callId(), "both callers get the merged run's result");
        assertEquals(List.of("dup_monitor_5000"), executor.recurringOperations());
        executor.execute(dummy("dup", "stop"));
    }

    @Test
    void lsbScriptStatusCodesAreMappedToOcf() throws Exception {
        ActionRequest status = ActionRequest.of("sleeper", TestAgents.SLEEPER, "monitor", Duration.ofSeconds(5), Map.of());
        assertEquals(OcfExitCode.NOT_RUNNING, executor.execute(status).rc(), "LSB 3 is OCF 7");
        assertEquals(OcfExitCode.OK, executor.execute(
                ActionRequest.of("sleeper", TestAgents.SLEEPER, "start", Duration.ofSeconds(5), Map.of())).rc());
        assertEquals(OcfExitCode.OK, executor.execute(status).rc());
        long pid = Long.parseLong(Files.readString(state.resolve("lsb/zcrm-sleeper.pid")).trim());
        try {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            Thread.sleep(200);
            ActionResult dead = executor.execute(status);
            assertEquals(OcfExitCode.NOT_RUNNING, dead.rc(), "LSB 1 (dead, pid file left) is OCF 7: " + dead);
        } finally {
            executor.execute(ActionRequest.of("sleeper", TestAgents.SLEEPER, "stop", Duration.ofSeconds(5), Map.of()));
        }
        assertEquals(OcfExitCode.NOT_RUNNING, executor.execute(status).rc());
        ExecutorEvent e = eventsFor("sleeper_start_0").get(0);
        assertEquals(ParamDigests.EMPTY_DIGEST, e.records().get(0).opDigest());
        assertNull(e.records().get(0).opRestartDigest(), "no restart digest for LSB");
    }

    /** The most actions whose [start, start+exec) intervals overlap at one instant. */
    static int maxOverlap(List<ActionResult> results) {
        List<long[]> points = new ArrayList<>();
        for (ActionResult r : results) {
            long s = r.lastRun().toEpochMilli() * 1000 + r.lastRun().getNano() / 1000 % 1000;
            long e = s + r.execTime().toNanos() / 1000;
            points.add(new long[] {s, 1});
            points.add(new long[] {e, -1});
        }
        points.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int cur = 0;
        int max = 0;
        for (long[] p : points) {
            cur += (int) p[1];
            max = Math.max(max, cur);
        }
        return max;
    }

    static void assertNoneAlive(List<Long> pids) throws InterruptedException {
        long deadline = System.nanoTime() + 2_000_000_000L;
        List<Long> alive = pids;
        while (System.nanoTime() < deadline) {
            alive = pids.stream().filter(ExecutorIT::alive).toList();
            if (alive.isEmpty()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("processes left behind: " + alive);
    }

    private static boolean alive(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char st = stat.charAt(stat.lastIndexOf(')') + 2);
            return st != 'Z' && st != 'X';
        } catch (IOException e) {
            return false;
        }
    }

    private Map<String, String> failCountsOnly() {
        Map<String, String> out = new TreeMap<>(executor.failCounts().attributes());
        out.keySet().removeIf(k -> !k.startsWith("fail-count-"));
        return out;
    }
}

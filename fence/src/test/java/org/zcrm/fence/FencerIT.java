package org.zcrm.fence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zcrm.fence.DeviceAttempt.Outcome;
import org.zcrm.fence.device.DeviceSettings;
import org.zcrm.fence.device.FenceDelays;
import org.zcrm.fence.topology.FencingLevel;
import org.zcrm.fence.topology.LevelTarget;

/** Fencing requests end to end with real agent processes. */
class FencerIT {

    @TempDir
    Path tmp;
    TestBed bed;

    @BeforeEach
    void setUp() throws Exception {
        bed = new TestBed(tmp);
    }

    @AfterEach
    void tearDown() {
        bed.close();
    }

    private static FenceRequest request(String target, FenceAction action) {
        return FenceRequest.of(target, action, "test", "node0");
    }

    private static FencingLevel level(String target, int index, String... devices) {
        return new FencingLevel(target + "-" + index, new LevelTarget.ByName(target), index, List.of(devices));
    }

    private static List<String> summary(FenceResult r) {
        return r.attempts().stream()
                .map(a -> a.device() + ":" + a.level() + ":" + a.action() + ":" + a.outcome() + (a.ignored() ? ":ignored" : ""))
                .toList();
    }

    @Test
    void passesTheDeviceParametersAndTheMappedPlug() throws Exception {
        Fencer f = bed.fencer(TestBed.config(List.of(bed.dummy("dev", "pcmk_host_map", "node1:vm-1;node2:vm-2",
                "ipaddr", "192.0.2.9", "pcmk_off_timeout", "20s", "pcmk_delay_base", "0"))));
        FenceResult r = f.fence(request("node1", FenceAction.OFF));
        assertTrue(r.succeeded(), r::exitReason);
        Map<String, String> call = bed.calls("dev").get(0);
        assertEquals("off", call.get("action"));
        assertEquals("node1", call.get("nodename"));
        assertEquals("vm-1", call.get("plug"), "fence_zcrm_dummy has plug, so plug carries the target");
        assertEquals("192.0.2.9", call.get("ipaddr"));
        assertTrue(call.keySet().stream().noneMatch(k -> k.startsWith("pcmk_")), "no pcmk_* parameter reaches the agent: " + call);
    }

    @Test
    void actionAliasIsSentInsteadOfTheAction() throws Exception {
        Fencer f = bed.fencer(TestBed.config(List.of(bed.dummy("dev", "pcmk_host_check", "none",
                "pcmk_reboot_action", "off"))));
        FenceResult r = f.fence(request("node1", FenceAction.REBOOT));
        assertTrue(r.succeeded(), r::exitReason);
        assertEquals(List.of("off"), bed.actions("dev"));
        assertEquals("reboot", r.attempts().get(0).action());
        assertEquals("off", r.attempts().get(0).agentAction());
    }

    @Test
    void withoutTopologyEveryCapableDeviceIsTriedInOrder() throws Exception {
        Fencer f = bed.fencer(TestBed.config(List.of(
                bed.dummy("a", "pcmk_host_list", "node1", "mode", "fail", "pcmk_reboot_retries", "1"),
                bed.dummy("b", "pcmk_host_list", "node2"),
                bed.dummy("c", "pcmk_host_list", "node1"),
                bed.dummy("d", "pcmk_host_list", "node1"))));
        FenceResult r = f.fence(request("node1", FenceAction.REBOOT));
        assertTrue(r.succeeded(), r::exitReason);
        assertEquals(List.of("a:0:reboot:FAILED", "c:0:reboot:SUCCEEDED"), summary(r));
        assertEquals(List.of(), bed.actions("b"));
        assertEquals(List.of(), bed.actions("d"));
        assertEquals(List.of("a", "c"), r.devicesTried());
    }

    @Test
    void failsClearlyWhenNoDeviceCanFenceTheTarget() throws Exception {
        Fencer f = bed.fencer(TestBed.config(List.of(bed.dummy("a", "pcmk_host_list", "node1"))));
        FenceResult r = f.fence(request("node7", FenceAction.REBOOT));
        assertEquals(FenceState.FAILED, r.state());
        assertTrue(r.exitReason().contains("no fence device can reboot node7"), r.exitReason());
        assertTrue(r.exitReason().contains("a: node7 is not in pcmk_host_list"), r.exitReason());
    }

    @Test
    void topologyFallsBackToTheNextLevel() throws Exception {
        Fencer f = bed.fencer(TestBed.config(List.of(
                        bed.dummy("ipmi", "pcmk_host_check", "none", "mode", "fail", "pcmk_reboot_retries", "1"),
                        bed.dummy("power", "pcmk_host_check", "none"),
                        bed.dummy("other", "pcmk_host_check", "none")),
                level("node1", 2, "power"), level("node1", 1, "ipmi")));
        FenceResult r = f.fence(request("node1", FenceAction.REBOOT));
        assertTrue(r.succeeded(), r::exitReason);
        assertEquals(List.of("ipmi:1:reboot:FAILED", "power:2:reboot:SUCCEEDED"), summary(r));
        assertEquals(List.of(), bed.actions("other"), "devices outside the topology are not used");
    }

    @Test
    void everyDeviceOfALevelMustSucceed() throws Exception {
        Fencer f = bed.fencer(TestBed.config(List.of(
                        bed.dummy("disk", "pcmk_host_check", "none"),
                        bed.dummy("net", "pcmk_host_check", "none", "mode", "fail", "pcmk_off_retries", "1"),
                        bed.dummy("power", "pcmk_host_check", "none")),
                level("node1", 1, "disk", "net"), level("node1", 2, "power")));
        FenceResult r = f.fence(request("node1", FenceAction.OFF));
        assertTrue(r.succeeded(), r::exitReason);
        assertEquals(List.of("disk:1:off:SUCCEEDED", "net:1:off:FAILED", "power:2:off:SUCCEEDED"), summary(r));
    }

    @Test
    void allLevelsFailingFailsTheRequestWithEachReason() throws Exception {
        Fencer f = bed.fencer(TestBed.config(List.of(
                        bed.dummy("disk", "pcmk_host_list", "node2"),
                        bed.dummy("power", "pcmk_host_check", "none", "mode", "fail", "pcmk_off_retries", "1")),
                level("node1", 1, "disk"), level("node1", 2, "power"), level("node1", 3, "missing")));
        FenceResult r = f.fence(request("node1", FenceAction.OFF));
        assertEquals(FenceState.FAILED, r.state());
        assertEquals(List.of("disk:1:off:NOT_RUN", "power:2:off:FAILED", "missing:3:off:NOT_RUN"), summary(r));
        assertTrue(r.exitReason().contains("level 1: device disk cannot fence node1"), r.exitReason());
        assertTrue(r.exitReason().contains("level 2: power: exit code 1: ERROR: off node1 failed (mode=fail)"), r.exitReason());
        assertTrue(r.exitReason().contains("level 3: device missing is not configured"), r.exitReason());
        assertEquals(List.of("power"), r.devicesTried());
    }

    @Test
    void rebootWithSeveralDevicesIsOffThenOn() throws Exception {
        String shared = bed.log("psu").toString();
        Fencer f = bed.fencer(TestBed.config(List.of(
                        bed.dummy("psu1", "pcmk_host_check", "none", "log_file", shared),
                        bed.dummy("psu2", "pcmk_host_check", "none", "log_file", shared, "fail_actions", "on",
                                "pcmk_on_retries", "1"),
                        bed.dummy("psu3", "pcmk_host_check", "none", "log_file", shared, "pcmk_reboot_action", "off")),
                level("node1", 1, "psu1", "psu2", "psu3")));
        FenceResult r = f.fence(request("node1", FenceAction.REBOOT));
        assertTrue(r.succeeded(), r::exitReason);
        assertEquals(List.of("off", "off", "off", "on", "on"), bed.actions("psu"),
                "all off first, then on; psu3 (pcmk_reboot_action=off) stays off");
        assertEquals(List.of("psu1:1:off:SUCCEEDED", "psu2:1:off:SUCCEEDED", "psu3:1:off:SUCCEEDED",
                "psu1:1:on:SUCCEEDED", "psu2:1:on:FAILED:ignored"), summary(r));
    }

    @Test
    void rebootWithAnAgentWithoutRebootIsOff() throws Exception {
        bed.linkAgent("fence_zcrm_dummy_noreboot", "fence_zcrm_dummy");
        Fencer f = bed.fencer(TestBed.config(List.of(bed.device("dev", "fence_zcrm_dummy_noreboot",
                "pcmk_host_check", "none", "pcmk_off_timeout", "7s"))));
        FenceResult r = f.fence(request("node1", FenceAction.REBOOT));
        assertTrue(r.succeeded(), r::exitReason);
        assertEquals(List.of("dev:0:off:SUCCEEDED"), summary(r));
        assertEquals(List.of("off"), bed.actions("dev"));
        assertEquals(FenceAction.REBOOT, r.action());
    }

    @Test
    void timeoutKillsAHangingAgentAndMovesOn() throws Exception {
        Fencer f = bed.fencer(TestBed.config(List.of(
                bed.dummy("slow", "pcmk_host_check", "none", "mode", "hang", "pcmk_off_timeout", "700ms",
                        "pcmk_off_retries", "3"),
                bed.dummy("fast", "pcmk_host_check", "none"))));
        long start = System.nanoTime();
        FenceResult r = f.fence(request("node1", FenceAction.OFF));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(r.succeeded(), r::exitReason);
        assertEquals(List.of("slow:0:off:TIMED_OUT", "fast:0:off:SUCCEEDED"), summary(r));
        assertEquals(1, r.attempts().get(0).tries(), "a timed-out attempt is not retried");
        assertTrue(ms >= 700 && ms < 5000, "took " + ms + " ms");
        long pid = Long.parseLong(bed.calls("slow").get(0).get("pid"));
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "hanging agent " + pid + " was killed");
    }

    @Test
    void requestTimeoutAppliesWithoutADeviceTimeout() throws Exception {
        Fencer f = bed.fencer(TestBed.config(List.of(bed.dummy("slow", "pcmk_host_check", "none", "mode", "hang"))));
        FenceResult r = f.fence(request("node1", FenceAction.REBOOT).withTimeout(Duration.ofMillis(500)));
        assertEquals(FenceState.FAILED, r.state());
        assertEquals(Outcome.TIMED_OUT, r.attempts().get(0).outcome());
        assertTrue(r.exitReason().contains("timed out"), r.exitReason());
    }

    @Test
    void failedAttemptsAreRetriedUpToTheConfiguredCount() throws Exception {
        Fencer f = bed.fencer(TestBed.config(List.of(bed.dummy("flaky", "pcmk_host_check", "none", "fail_first", "2",
                "pcmk_reboot_retries", "3"))));
        FenceResult r = f.fence(request("node1", FenceAction.REBOOT));
        assertTrue(r.succeeded(), r::exitReason);
        assertEquals(3, r.attempts().get(0).tries());
        assertEquals(List.of("reboot", "reboot", "reboot"), bed.actions("flaky"));
    }

    @Test
    void retriesStopAtTheConfiguredCount() throws Exception {
        Fencer f = bed.fencer(TestBed.config(List.of(bed.dummy("flaky", "pcmk_host_check", "none", "fail_first", "2"))));
        FenceResult r = f.fence(request("node1", FenceAction.OFF));
        assertEquals(FenceState.FAILED, r.state());
        assertEquals(DeviceSettings.DEFAULT_TRIES, r.attempts().get(0).tries());
        assertEquals(List.of("off", "off"), bed.actions("flaky"));
    }

    @Test
    void delayIsTheSeededRandomDelayAndOnlyForFencingActions() throws Exception {
        long seed = 20261125L;
        FencingConfig config = TestBed.config(List.of(bed.dummy("dev", "pcmk_host_check", "none",
                "pcmk_delay_base", "100ms", "pcmk_delay_max", "400ms")));
        Fencer f = bed.fencer(config, seed);
        Duration expected = FenceDelays.delay(DeviceSettings.of(config.devices().get(0)), "reboot", "node1",
                new Random(seed));
        long start = System.nanoTime();
        FenceResult r = f.fence(request("node1", FenceAction.REBOOT));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(r.succeeded(), r::exitReason);
        assertEquals(expected, r.attempts().get(0).delay());
        assertTrue(expected.toMillis() >= 100 && expected.toMillis() <= 400, "delay " + expected);
        assertTrue(ms >= expected.toMillis(), "fencing took " + ms + " ms, less than its delay");

        FenceResult on = f.fence(request("node1", FenceAction.ON));
        assertEquals(Duration.ZERO, on.attempts().get(0).delay());
        FenceResult noDelay = f.fence(request("node1", FenceAction.OFF).withoutDelays());
        assertEquals(Duration.ZERO, noDelay.attempts().get(0).delay());
    }

    @Test
    void missingAgentIsAClearFailure() {
        Fencer f = bed.fencer(TestBed.config(List.of(bed.device("dev", "fence_not_installed", "pcmk_host_check", "none"))));
        FenceResult r = f.fence(request("node1", FenceAction.OFF));
        assertEquals(FenceState.FAILED, r.state());
        assertTrue(r.exitReason().contains("fence agent fence_not_installed not found in"), r.exitReason());
    }

    @Test
    void historyRecordsPendingThenTheResult() throws Exception {
        List<FenceResult> seen = new ArrayList<>();
        bed.history.addListener(seen::add);
        Fencer f = bed.fencer(TestBed.config(List.of(bed.dummy("dev", "pcmk_host_check", "none"))));
        FenceResult r = f.fenceAsync(FenceRequest.of("node1", FenceAction.OFF, "crmd", "node3")).get(10, TimeUnit.SECONDS);
        assertTrue(r.succeeded(), r::exitReason);
        assertEquals(2, seen.size());
        FenceResult pending = seen.get(0);
        assertEquals(FenceState.PENDING, pending.state());
        assertEquals(r.id(), pending.id());
        assertNull(pending.completed());
        assertEquals(List.of(), pending.attempts());
        assertEquals(r, seen.get(1));
        assertEquals("node1", r.target());
        assertEquals("crmd", r.client());
        assertEquals("node3", r.origin());
        assertEquals("node0", r.delegate());
        assertEquals(List.of("dev"), r.devicesTried());
        assertEquals(List.of(r), bed.history.entriesFor("NODE1"));
        assertEquals(r, FenceHistoryXml.fromXml(FenceHistoryXml.toXml(r)));
    }

    @Test
    void concurrentRequestsForTheSameTargetAreMerged() throws Exception {
        Fencer f = bed.fencer(TestBed.config(List.of(bed.dummy("dev", "pcmk_host_check", "none", "delay", "0.4"))));
        var first = f.fenceAsync(request("node1", FenceAction.REBOOT));
        var second = f.fenceAsync(FenceRequest.of("NODE1", FenceAction.REBOOT, "other", "node2"));
        var other = f.fenceAsync(request("node1", FenceAction.OFF));
        assertEquals(first.get(10, TimeUnit.SECONDS).id(), second.get(10, TimeUnit.SECONDS).id());
        assertTrue(other.get(10, TimeUnit.SECONDS).succeeded());
        assertEquals(List.of("off", "reboot"), bed.actions("dev").stream().sorted().toList(),
                "one agent call for the merged pair, one for the other action");
    }

    @Test
    void actionLimitSerializesCallsOnADevice() throws Exception {
        long serial = startGap("one", "delay", "0.8");
        assertTrue(serial >= 750, "pcmk_action_limit 1 (the default): one call after the other, gap " + serial);
        long parallel = startGap("many", "delay", "0.8", "pcmk_action_limit", "-1");
        assertTrue(parallel < 600, "pcmk_action_limit -1: calls at the same time, gap " + parallel);
    }

    /** Fences two targets at once with one device; returns the gap between the two agent starts (ms). */
    private long startGap(String id, String... params) throws Exception {
        List<String> p = new ArrayList<>(List.of("pcmk_host_check", "none"));
        p.addAll(List.of(params));
        Fencer f = bed.fencer(TestBed.config(List.of(bed.dummy(id, p.toArray(String[]::new)))));
        var a = f.fenceAsync(request("node1", FenceAction.OFF));
        var b = f.fenceAsync(request("node2", FenceAction.OFF));
        assertTrue(a.get(10, TimeUnit.SECONDS).succeeded() && b.get(10, TimeUnit.SECONDS).succeeded());
        List<Long> starts = bed.calls(id).stream().map(m -> Long.parseLong(m.get("time"))).sorted().toList();
        assertEquals(2, starts.size());
        return starts.get(1) - starts.get(0);
    }
}

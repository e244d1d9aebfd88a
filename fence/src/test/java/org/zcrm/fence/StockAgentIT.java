package org.zcrm.fence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zcrm.fence.agent.AgentLocator;
import org.zcrm.fence.agent.AgentMetadata;
import org.zcrm.fence.device.FenceDevice;
import org.zcrm.fence.topology.FencingLevel;
import org.zcrm.fence.topology.LevelTarget;

/**
 * The stock fence_dummy of Debian's fence-agents package, run unchanged from /usr/sbin. Skipped
 * (with a message) where the package is not installed.
 */
class StockAgentIT {

    private static final Path FENCE_DUMMY = AgentLocator.SYSTEM_AGENT_DIR.resolve("fence_dummy");

    @TempDir
    Path tmp;
    TestBed bed;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(Files.isExecutable(FENCE_DUMMY), "fence_dummy not installed (apt-get install fence-agents)");
        bed = new TestBed(tmp);
    }

    @AfterEach
    void tearDown() {
        if (bed != null) {
            bed.close();
        }
    }

    /** A fencer with the standard search path: /usr/sbin first, then zcrm's agents. */
    private Fencer fencer(FencingConfig config) {
        FencerOptions o = bed.options(1);
        return new Fencer(config, new FencerOptions(o.localNode(), AgentLocator.standard(TestBed.AGENTS),
                o.retryPause(), o.listCacheTtl(), o.metadataTimeout(), new Random(1), o.clock()), bed.runner, bed.history);
    }

    private FenceDevice dummy(String id, String... kv) {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("status_file", tmp.resolve(id + ".status").toString());
        for (int i = 0; i < kv.length; i += 2) {
            p.put(kv[i], kv[i + 1]);
        }
        return new FenceDevice(id, "fence_dummy", p);
    }

    @Test
    void metadataOfTheStockAgent() {
        try (Fencer f = fencer(TestBed.config(List.of()))) {
            AgentMetadata m = f.agentMetadata("fence_dummy").orElseThrow();
            assertTrue(m.supports("reboot") && m.supports("off") && m.supports("on") && m.supports("status"));
            assertFalse(m.supports("list"));
            assertNull(m.defaultHostArgument(), "fence_dummy takes no plug or port");
        }
    }

    @Test
    void offAndOnWithTheStatusCheck() throws Exception {
        try (Fencer f = fencer(TestBed.config(List.of(dummy("stock"))))) {
            assertEquals(List.of("stock"), f.capableDevices("node1", FenceAction.OFF), "default check is status");
            FenceResult on = f.fence(FenceRequest.of("node1", FenceAction.ON, "test", "node0"));
            assertTrue(on.succeeded(), on::exitReason);
            assertEquals("on", Files.readString(tmp.resolve("stock.status")).strip());
            FenceResult off = f.fence(FenceRequest.of("node1", FenceAction.OFF, "test", "node0"));
            assertTrue(off.succeeded(), off::exitReason);
            assertEquals(2, f.deviceAction("stock", "status", "node1").exitCode(), "status: off");
        }
    }

    @Test
    void timedOutFirstLevelFallsBackToTheSecond() throws Exception {
        try (Fencer f = fencer(TestBed.config(List.of(
                        dummy("hung", "type", "fail", "pcmk_host_check", "none", "pcmk_reboot_timeout", "1s"),
                        dummy("good", "pcmk_host_check", "none")),
                new FencingLevel("l1", new LevelTarget.ByPattern("^node"), 1, List.of("hung")),
                new FencingLevel("l2", new LevelTarget.ByPattern("^node"), 2, List.of("good"))))) {
            long start = System.nanoTime();
            FenceResult r = f.fence(FenceRequest.of("node1", FenceAction.REBOOT, "test", "node0"));
            assertTrue(r.succeeded(), r::exitReason);
            assertEquals(DeviceAttempt.Outcome.TIMED_OUT, r.attempts().get(0).outcome());
            assertEquals("good", r.attempts().get(1).device());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 10_000);
        }
    }
}

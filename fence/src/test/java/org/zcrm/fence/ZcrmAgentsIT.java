package org.zcrm.fence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zcrm.executor.process.ProcessOutcome;
import org.zcrm.executor.process.ProcessSpec;
import org.zcrm.fence.agent.AgentMetadata;
import org.zcrm.fence.agent.AgentResult;
import org.zcrm.fence.device.FenceDevice;

/** zcrm's own fence agents: metadata, the command-line form, and fence_zcrm_process killing a real process. */
class ZcrmAgentsIT {

    @TempDir
    Path tmp;
    TestBed bed;
    Process victim;

    @BeforeEach
    void setUp() throws Exception {
        bed = new TestBed(tmp);
    }

    @AfterEach
    void tearDown() {
        if (victim != null) {
            victim.destroyForcibly();
        }
        bed.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "fence_zcrm_dummy,plug,true",
            "fence_zcrm_process,plug,true",
            "fence_zcrm_dummy_noreboot,plug,false"})
    void metadataIsFenceAgentsXml(String agent, String hostArg, boolean reboot) throws Exception {
        bed.linkAgent("fence_zcrm_dummy_noreboot", "fence_zcrm_dummy");
        Fencer f = bed.fencer(TestBed.config(List.of()));
        AgentMetadata m = f.agentMetadata(agent).orElseThrow();
        assertEquals(agent, m.agent());
        assertEquals(hostArg, m.defaultHostArgument());
        assertEquals(reboot, m.supports("reboot"));
        for (String action : List.of("on", "off", "status", "list", "monitor", "metadata")) {
            assertTrue(m.supports(action), agent + " lists " + action);
        }
        assertTrue(m.hasParameter("action") && m.hasParameter("port") && m.hasParameter("nodename"));
        assertTrue(m.parameters().stream().anyMatch(p -> p.name().equals("action") && p.required()
                && "reboot".equals(p.defaultValue())));
        assertFalse(m.shortDescription().isBlank());
    }

    @Test
    void unreadableMetadataIsReported() throws Exception {
        Path bad = bed.extraAgents.resolve("fence_garbage");
        Files.writeString(bad, "#!/bin/sh\necho 'this is not XML'\n");
        assertTrue(bad.toFile().setExecutable(true));
        Fencer f = bed.fencer(TestBed.config(List.of(new FenceDevice("g", "fence_garbage", Map.of()),
                bed.dummy("ok"))));
        assertEquals(Optional.empty(), f.agentMetadata("fence_garbage"));
        assertEquals(List.of("g"), f.loadMetadata());
    }

    @Test
    void agentsAcceptCommandLineOptionsLikeFenceAgents() {
        Path pids = tmp.resolve("pids");
        ProcessOutcome o = bed.runner.run(new ProcessSpec(List.of(TestBed.AGENTS.resolve("fence_zcrm_process").toString(),
                "-o", "status", "-n", "node1", "--pid-dir=" + pids), Map.of(), null, Duration.ofSeconds(10), null));
        assertEquals(1, o.exitCode(), "missing pid folder is an error: " + o.stderr());
        assertTrue(o.stderr().contains("is not a directory"), o.stderr());

        ProcessOutcome list = bed.runner.run(new ProcessSpec(List.of(TestBed.AGENTS.resolve("fence_zcrm_dummy").toString(),
                "-o", "list", "--hosts", "a,b", "--log-file", bed.log("cli").toString()), Map.of(), null,
                Duration.ofSeconds(10), null));
        assertEquals(0, list.exitCode());
        assertEquals("a,\nb,\n", list.stdout());
    }

    private FenceDevice processDevice(Path pids) {
        return new FenceDevice("local", "fence_zcrm_process", Map.of("pid_dir", pids.toString(),
                "cmdline_match", "sleep", "audit_log", pids.resolve("audit.log").toString()));
    }

    @Test
    void fenceZcrmProcessKillsTheNodeProcess() throws Exception {
        Path pids = Files.createDirectories(tmp.resolve("pids"));
        victim = new ProcessBuilder("sleep", "600").start();
        Files.writeString(pids.resolve("node7.pid"), victim.pid() + "\n");
        Files.writeString(pids.resolve("node8.pid"), "999999999\n");
        Fencer f = bed.fencer(TestBed.config(List.of(processDevice(pids))));

        assertEquals(List.of("local"), f.capableDevices("node7", FenceAction.REBOOT), "dynamic list from the pid files");
        assertEquals(List.of(), f.capableDevices("node9", FenceAction.REBOOT));
        AgentResult before = f.deviceAction("local", "status", "node7");
        assertEquals(0, before.exitCode(), "status: on");

        FenceResult r = f.fence(FenceRequest.of("node7", FenceAction.REBOOT, "test", "node0"));
        assertTrue(r.succeeded(), r::exitReason);
        assertTrue(victim.waitFor(5, TimeUnit.SECONDS), "the node process is gone");
        assertEquals(137, victim.exitValue(), "killed by SIGKILL");
        List<String> audit = Files.readAllLines(pids.resolve("audit.log"));
        assertEquals(1, audit.size(), "one death recorded: " + audit);
        assertTrue(audit.get(0).matches("node=node7 action=down mono=[0-9]+\\.[0-9]+ by=fence_zcrm_process"), audit.get(0));
        assertEquals(2, f.deviceAction("local", "status", "node7").exitCode(), "status: off");
        assertEquals(0, f.deviceAction("local", "monitor", null).exitCode());

        FenceResult again = f.fence(FenceRequest.of("node7", FenceAction.OFF, "test", "node0"));
        assertTrue(again.succeeded(), "a node that is not running is already off: " + again.exitReason());
        FenceResult stale = f.fence(FenceRequest.of("node8", FenceAction.OFF, "test", "node0"));
        assertTrue(stale.succeeded(), "a stale pid is already off: " + stale.exitReason());
        FenceResult on = f.fence(FenceRequest.of("node7", FenceAction.ON, "test", "node0"));
        assertEquals(FenceState.FAILED, on.state());
        assertTrue(on.exitReason().contains("cannot be started"), on.exitReason());
    }

    @Test
    void fenceZcrmProcessLeavesAProcessThatDoesNotMatch() throws Exception {
        Path pids = Files.createDirectories(tmp.resolve("pids"));
        victim = new ProcessBuilder("sleep", "600").start();
        Files.writeString(pids.resolve("node7.pid"), victim.pid() + "\n");
        Fencer f = bed.fencer(TestBed.config(List.of(new FenceDevice("local", "fence_zcrm_process",
                Map.of("pid_dir", pids.toString(), "cmdline_match", "zcrm node start")))));
        FenceResult r = f.fence(FenceRequest.of("node7", FenceAction.OFF, "test", "node0"));
        assertTrue(r.succeeded(), r::exitReason);
        assertTrue(victim.isAlive(), "a reused pid belonging to another program is not killed");
    }
}

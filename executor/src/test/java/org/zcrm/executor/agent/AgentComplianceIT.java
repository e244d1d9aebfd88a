package org.zcrm.executor.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zcrm.executor.ActionRequest;
import org.zcrm.executor.AgentInvoker;
import org.zcrm.executor.ExecutorConfig;
import org.zcrm.executor.TestAgents;
import org.zcrm.executor.process.ProcessRunner;

/**
 * ocf-tester style checks over every agent zcrm ships: each is a real script run the way the
 * executor runs it. OCF: meta-data is resource-agent XML naming the agent and its mandatory
 * actions, validate-all passes with the defaults, monitor says 7 when stopped, start and stop are
 * idempotent, unknown actions give 3. LSB: status 3 when stopped, start and stop idempotent.
 */
class AgentComplianceIT {

    @TempDir
    static Path state;
    private static ProcessRunner runner;
    private static AgentInvoker invoker;

    @BeforeAll
    static void setUp() {
        runner = new ProcessRunner();
        ExecutorConfig config = TestAgents.config(state);
        invoker = new AgentInvoker(config, runner);
    }

    @AfterAll
    static void tearDown() {
        runner.close();
    }

    static List<AgentId> ocfAgents() {
        return new AgentLocator(List.of(TestAgents.agentsDir().resolve("ocf")), List.of()).list(AgentId.OCF, null);
    }

    static List<AgentId> lsbAgents() {
        return new AgentLocator(List.of(), List.of(TestAgents.agentsDir().resolve("lsb"))).list(AgentId.LSB, null);
    }

    private static AgentInvoker.Outcome run(AgentId agent, String rsc, String action) {
        Map<String, String> params = new TreeMap<>();
        return invoker.run(ActionRequest.of(rsc, agent, action, Duration.ofSeconds(20), params)).join();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ocfAgents")
    void ocfAgentFollowsTheApi(AgentId agent) throws IOException {
        Path script = invoker.locator().find(agent).orElseThrow();
        assertTrue(Files.isExecutable(script), script + " must be executable");
        assertTrue(Files.readString(script).startsWith("#!/bin/sh") || Files.readString(script).startsWith("#!/bin/bash"),
                script + " must be a sh or bash script");

        AgentInvoker.Outcome meta = run(agent, "probe", "meta-data");
        assertEquals(OcfExitCode.OK, meta.rc(), "meta-data rc");
        AgentMetadata md = AgentMetadata.parse(meta.stdout());
        assertEquals(agent.type(), md.name(), "meta-data names the agent");
        for (String action : List.of("start", "stop", "monitor", "meta-data", "validate-all")) {
            assertTrue(md.hasAction(action), "meta-data lists action " + action);
        }
        assertFalse(md.parameters().isEmpty(), "meta-data lists parameters");
        md.parameters().forEach(p -> assertFalse(p.name().isBlank(), "every parameter has a name"));

        String rsc = "compliance-" + agent.type();
        List<String> steps = new ArrayList<>();
        for (String[] step : new String[][] {
                {"validate-all", "0"}, {"monitor", "7"}, {"stop", "0"}, {"start", "0"}, {"start", "0"},
                {"monitor", "0"}, {"stop", "0"}, {"stop", "0"}, {"monitor", "7"}, {"no-such-action", "3"}}) {
            AgentInvoker.Outcome o = run(agent, rsc, step[0]);
            steps.add(step[0] + "=" + o.rc());
            assertEquals(Integer.parseInt(step[1]), o.rc(), agent + " " + step[0] + " after " + steps + ": "
                    + o.stderr());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lsbAgents")
    void lsbScriptFollowsLsb(AgentId agent) {
        List<String> steps = new ArrayList<>();
        // monitor is run as "status" and mapped: LSB 3 (not running) becomes OCF 7
        for (String[] step : new String[][] {
                {"monitor", "7"}, {"stop", "0"}, {"start", "0"}, {"start", "0"}, {"monitor", "0"},
                {"stop", "0"}, {"stop", "0"}, {"monitor", "7"}}) {
            AgentInvoker.Outcome o = run(agent, "lsb-" + agent.type(), step[0]);
            steps.add(step[0] + "=" + o.rc());
            assertEquals(Integer.parseInt(step[1]), o.rc(), agent + " " + step[0] + " after " + steps);
        }
    }
}

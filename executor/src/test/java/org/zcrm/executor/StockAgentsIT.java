package org.zcrm.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zcrm.executor.agent.AgentId;
import org.zcrm.executor.agent.ExecStatus;
import org.zcrm.executor.agent.OcfExitCode;
import org.zcrm.executor.history.OperationRecord;

/**
 * The packaged Dummy agents (Debian's resource-agents and pacemaker packages) through the executor
 * with the default search path. Skipped where they are not installed.
 */
class StockAgentsIT {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ocf:heartbeat:Dummy", "ocf:pacemaker:Dummy"})
    void stockDummyLifecycle(String name, @TempDir Path tmp) throws Exception {
        AgentId agent = AgentId.parse(name);
        ExecutorConfig config = ExecutorConfig.defaults("node1");
        assumeTrue(config.locator().find(agent).isPresent(), name + " is not installed here; skipping");
        List<ExecutorEvent> events = new CopyOnWriteArrayList<>();
        String stateFile = tmp.resolve("dummy.state").toString();
        Map<String, String> params = Map.of("state", stateFile);
        try (Executor executor = new Executor(config, events::add)) {
            assertEquals(OcfExitCode.NOT_RUNNING, executor.execute(ActionRequest.of("s1", agent, "monitor",
                    Duration.ofSeconds(20), params)).rc(), "probe");
            ActionResult start = executor.execute(ActionRequest.of("s1", agent, "start", Duration.ofSeconds(20), params));
            assertEquals(OcfExitCode.OK, start.rc(), start.stderr());
            OperationRecord rec = events.stream().filter(e -> e.result() == start).findFirst().orElseThrow()
                    .records().get(0);
            assertTrue(rec.opForceRestart() != null && rec.opForceRestart().contains(" state "),
                    "state needs a restart: " + rec);

            ActionResult monitor = executor.execute(ActionRequest.monitor("s1", agent, 200, Duration.ofSeconds(20),
                    params));
            assertEquals(OcfExitCode.OK, monitor.rc());
            Files.delete(Path.of(stateFile));
            long deadline = System.nanoTime() + 5_000_000_000L;
            Optional<ActionResult> last = Optional.empty();
            while (System.nanoTime() < deadline) {
                last = executor.lastResult("s1", "monitor", 200);
                if (last.isPresent() && last.get().rc() == OcfExitCode.NOT_RUNNING) {
                    break;
                }
                Thread.sleep(50);
            }
            assertEquals(OcfExitCode.NOT_RUNNING, last.orElseThrow().rc(), "the monitor saw the failure");
            assertEquals(OcfExitCode.OK, executor.execute(ActionRequest.of("s1", agent, "stop",
                    Duration.ofSeconds(20), params)).rc());
            assertEquals(List.of(), executor.recurringOperations());

            if (executor.invoker().metadata(agent).orElseThrow().parameter("op_sleep").isEmpty()) {
                return;     // this version has no way to make it slow
            }
            long t0 = System.nanoTime();
            ActionResult slow = executor.execute(ActionRequest.of("s2", agent, "start", Duration.ofMillis(700),
                    Map.of("state", tmp.resolve("s2.state").toString(), "op_sleep", "30")));
            assertEquals(ExecStatus.TIMEOUT, slow.status());
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 5000, "the sleeping agent was killed");
        }
    }
}

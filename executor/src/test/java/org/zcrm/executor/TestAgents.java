package org.zcrm.executor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.zcrm.executor.agent.AgentId;

/** Where the repository's agents are, and executor configurations that use them. */
public final class TestAgents {

    public static final AgentId DUMMY = AgentId.ocf("zcrm", "Dummy");
    public static final AgentId SLEEPER = AgentId.lsb("zcrm-sleeper");

    private TestAgents() {
    }

    /** The repository's agents/ folder (the build passes it as zcrm.agents.dir). */
    public static Path agentsDir() {
        Path dir = ExecutorConfig.zcrmAgentsDir();
        assertTrue(dir != null && Files.isDirectory(dir), "zcrm agents folder not found: " + dir);
        return dir;
    }

    /** Searches only zcrm's agents, so tests do not depend on what the machine has installed. */
    public static ExecutorConfig config(Path stateDir) {
        Path agents = agentsDir();
        return ExecutorConfig.withAgentsDir("node1", agents)
                .withSearchPath(List.of(agents.resolve("ocf")), List.of(agents.resolve("lsb")))
                .withAgentEnvironment(Map.of("ZCRM_LSB_STATE_DIR", stateDir.resolve("lsb").toString(),
                        "HA_RSCTMP", stateDir.toString()));
    }

    public static ActionRequest dummy(String rsc, String action, Path stateDir, Map<String, String> extra) {
        Map<String, String> params = new java.util.TreeMap<>(extra);
        params.putIfAbsent("state_dir", stateDir.toString());
        return ActionRequest.of(rsc, DUMMY, action, Duration.ofSeconds(10), params);
    }
}

package org.zcrm.executor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.zcrm.executor.agent.AgentLocator;

/**
 * How a node's executor runs agents.
 *
 * @param nodeName           this node, recorded in history ({@code on_node}) and given to agents
 * @param ocfRoot            the OCF root given to agents as OCF_ROOT (default /usr/lib/ocf)
 * @param ocfDirs            OCF resource directories searched in order (see {@link AgentLocator})
 * @param lsbDirs            LSB init directories searched in order
 * @param maxConcurrent      actions running at once on this node (Pacemaker's node-action-limit;
 *                           default twice the processors)
 * @param agentEnvironment   variables every agent gets besides its own (PATH defaults to a sane one)
 * @param metadataTimeout    limit for an agent's meta-data action
 * @param startFailureIsFatal a failed start sets the fail count to INFINITY (cluster option
 *                           start-failure-is-fatal, default true); otherwise it adds one
 * @param clock              wall clock for last-run / last-rc-change / last-failure
 */
public record ExecutorConfig(String nodeName, Path ocfRoot, List<Path> ocfDirs, List<Path> lsbDirs,
                             int maxConcurrent, Map<String, String> agentEnvironment, Duration metadataTimeout,
                             boolean startFailureIsFatal, Clock clock) {

    public static final Path DEFAULT_OCF_ROOT = Path.of("/usr/lib/ocf");
    public static final Path DEFAULT_INIT_DIR = Path.of("/etc/init.d");
    /** System property naming zcrm's own agents folder (the repository's {@code agents/}). */
    public static final String AGENTS_DIR_PROPERTY = "zcrm.agents.dir";

    public ExecutorConfig {
        Objects.requireNonNull(nodeName, "nodeName");
        Objects.requireNonNull(ocfRoot, "ocfRoot");
        ocfDirs = List.copyOf(ocfDirs);
        lsbDirs = List.copyOf(lsbDirs);
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1, got " + maxConcurrent);
        }
        agentEnvironment = java.util.Collections.unmodifiableMap(new TreeMap<>(agentEnvironment));
        Objects.requireNonNull(metadataTimeout, "metadataTimeout");
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * Defaults for a node: the system OCF root and /etc/init.d first, then zcrm's agents folder
     * (from {@link #zcrmAgentsDir()}) when there is one.
     */
    public static ExecutorConfig defaults(String nodeName) {
        return withAgentsDir(nodeName, zcrmAgentsDir());
    }

    /** Defaults with an explicit zcrm agents folder (null for none). */
    public static ExecutorConfig withAgentsDir(String nodeName, Path agentsDir) {
        List<Path> ocf = new ArrayList<>(List.of(DEFAULT_OCF_ROOT.resolve("resource.d")));
        List<Path> lsb = new ArrayList<>(List.of(DEFAULT_INIT_DIR));
        if (agentsDir != null) {
            ocf.add(agentsDir.resolve("ocf"));
            lsb.add(agentsDir.resolve("lsb"));
        }
        return new ExecutorConfig(nodeName, DEFAULT_OCF_ROOT, ocf, lsb,
                2 * Runtime.getRuntime().availableProcessors(), Map.of(), Duration.ofSeconds(30), true,
                Clock.systemUTC());
    }

    /**
     * zcrm's own agents folder: the system property {@value #AGENTS_DIR_PROPERTY}, else the
     * environment variable ZCRM_AGENTS_DIR, else {@code agents} or {@code ../agents} from the
     * working directory when it exists; null when none is found.
     */
    public static Path zcrmAgentsDir() {
        String prop = System.getProperty(AGENTS_DIR_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("ZCRM_AGENTS_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        for (Path p : List.of(Path.of("agents"), Path.of("..", "agents"))) {
            if (Files.isDirectory(p.resolve("ocf"))) {
                return p.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    public AgentLocator locator() {
        return new AgentLocator(ocfDirs, lsbDirs);
    }

    public ExecutorConfig withMaxConcurrent(int n) {
        return new ExecutorConfig(nodeName, ocfRoot, ocfDirs, lsbDirs, n, agentEnvironment, metadataTimeout,
                startFailureIsFatal, clock);
    }

    public ExecutorConfig withAgentEnvironment(Map<String, String> env) {
        return new ExecutorConfig(nodeName, ocfRoot, ocfDirs, lsbDirs, maxConcurrent, env, metadataTimeout,
                startFailureIsFatal, clock);
    }

    public ExecutorConfig withSearchPath(List<Path> ocf, List<Path> lsb) {
        return new ExecutorConfig(nodeName, ocfRoot, ocf, lsb, maxConcurrent, agentEnvironment, metadataTimeout,
                startFailureIsFatal, clock);
    }

    public ExecutorConfig withStartFailureIsFatal(boolean fatal) {
        return new ExecutorConfig(nodeName, ocfRoot, ocfDirs, lsbDirs, maxConcurrent, agentEnvironment,
                metadataTimeout, fatal, clock);
    }

    public ExecutorConfig withClock(Clock c) {
        return new ExecutorConfig(nodeName, ocfRoot, ocfDirs, lsbDirs, maxConcurrent, agentEnvironment,
                metadataTimeout, startFailureIsFatal, c);
    }
}

package org.zcrm.fence.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Finds fence agents: executables named {@code fence_*} in the folders of a search path, the first
 * folder that has the agent winning. The usual path is /usr/sbin (where fence-agents installs)
 * then zcrm's own agents/fence folder.
 */
public final class AgentLocator {

    private static final Logger LOG = LogManager.getLogger();
    private static final Pattern AGENT_NAME = Pattern.compile("fence_[A-Za-z0-9_.+\\-]+");

    /** Where fence-agents installs its agents. */
    public static final Path SYSTEM_AGENT_DIR = Path.of("/usr/sbin");

    private final List<Path> searchPath;

    public AgentLocator(List<Path> searchPath) {
        this.searchPath = List.copyOf(searchPath);
    }

    /** /usr/sbin, then the given zcrm agents folder (agents/fence of a zcrm installation). */
    public static AgentLocator standard(Path zcrmFenceAgentDir) {
        return new AgentLocator(List.of(SYSTEM_AGENT_DIR, zcrmFenceAgentDir));
    }

    /**
     * A locator from a colon-separated search path ("/usr/sbin:/opt/zcrm/agents/fence"), as an
     * operator gives it in configuration; empty entries are skipped.
     */
    public static AgentLocator fromSearchPath(String path) {
        List<Path> dirs = new ArrayList<>();
        for (String part : path.split(":")) {
            if (!part.isBlank()) {
                dirs.add(Path.of(part.strip()));
            }
        }
        return new AgentLocator(dirs);
    }

    public List<Path> searchPath() {
        return searchPath;
    }

    /** Whether a name is a valid fence agent name (fence_ followed by a plain file name). */
    public static boolean isValidName(String agent) {
        return agent != null && AGENT_NAME.matcher(agent).matches();
    }

    /** The agent's executable, or empty when no folder of the search path has it. */
    public Optional<Path> find(String agent) {
        if (!isValidName(agent)) {
            return Optional.empty();
        }
        for (Path dir : searchPath) {
            Path candidate = dir.resolve(agent);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Every agent found, by name (sorted), with the executable that would run. */
    public TreeMap<String, Path> list() {
        TreeMap<String, Path> found = new TreeMap<>();
        for (Path dir : searchPath) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> isValidName(p.getFileName().toString()))
                        .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
                        .forEach(p -> found.putIfAbsent(p.getFileName().toString(), p));
            } catch (IOException e) {
                LOG.warn("Could not list fence agent folder dir={} error={}", dir, e.toString());
            }
        }
        return found;
    }

    /** The search path as text for messages ("/usr/sbin:agents/fence"). */
    public String describe() {
        List<String> parts = new ArrayList<>();
        searchPath.forEach(p -> parts.add(p.toString()));
        return String.join(":", parts);
    }
}

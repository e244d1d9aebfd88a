package org.zcrm.executor.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds agent executables. OCF agents live at {@code DIR/PROVIDER/TYPE} for each directory of the
 * OCF path, LSB scripts at {@code DIR/TYPE} for each init directory. Directories are searched in
 * the order given and the first regular file wins, like Pacemaker's OCF_RA_PATH. The default order
 * is the system's first ({@code /usr/lib/ocf/resource.d}, {@code /etc/init.d}), then zcrm's own
 * {@code agents/ocf} and {@code agents/lsb}: a packaged agent is never shadowed by a zcrm one.
 */
public final class AgentLocator {

    private final List<Path> ocfDirs;
    private final List<Path> lsbDirs;

    public AgentLocator(List<Path> ocfDirs, List<Path> lsbDirs) {
        this.ocfDirs = List.copyOf(ocfDirs);
        this.lsbDirs = List.copyOf(lsbDirs);
    }

    /** The OCF resource directories, in search order. */
    public List<Path> ocfDirs() {
        return ocfDirs;
    }

    /** The LSB init directories, in search order. */
    public List<Path> lsbDirs() {
        return lsbDirs;
    }

    /** The agent's executable, or empty when no directory holds it (or its class is unknown). */
    public Optional<Path> find(AgentId agent) {
        if (agent.isOcf()) {
            return first(ocfDirs, agent.provider(), agent.type());
        }
        if (agent.isLsb()) {
            return first(lsbDirs, null, agent.type());
        }
        return Optional.empty();
    }

    /** Where the agent would be looked for, in order: for messages that say what was searched. */
    public List<Path> candidates(AgentId agent) {
        List<Path> out = new ArrayList<>();
        for (Path dir : agent.isOcf() ? ocfDirs : agent.isLsb() ? lsbDirs : List.<Path>of()) {
            out.add(agent.isOcf() ? dir.resolve(agent.provider()).resolve(agent.type()) : dir.resolve(agent.type()));
        }
        return out;
    }

    /** OCF providers found in any OCF directory, sorted. */
    public List<String> ocfProviders() {
        TreeSet<String> names = new TreeSet<>();
        for (Path dir : ocfDirs) {
            names.addAll(entries(dir, true));
        }
        return List.copyOf(names);
    }

    /** Agents of a class (and, for OCF, of one provider or all when null), sorted and deduplicated. */
    public List<AgentId> list(String standard, String provider) {
        TreeSet<String> seen = new TreeSet<>();
        List<AgentId> out = new ArrayList<>();
        if (AgentId.OCF.equals(standard)) {
            List<String> providers = provider == null ? ocfProviders() : List.of(provider);
            for (String p : providers) {
                for (Path dir : ocfDirs) {
                    for (String type : entries(dir.resolve(p), false)) {
                        if (seen.add(p + ":" + type)) {
                            out.add(AgentId.ocf(p, type));
                        }
                    }
                }
            }
        } else if (AgentId.LSB.equals(standard)) {
            for (Path dir : lsbDirs) {
                for (String type : entries(dir, false)) {
                    if (seen.add(type)) {
                        out.add(AgentId.lsb(type));
                    }
                }
            }
        }
        out.sort((a, b) -> a.toString().compareTo(b.toString()));
        return out;
    }

    private static Optional<Path> first(List<Path> dirs, String provider, String type) {
        for (Path dir : dirs) {
            Path p = provider == null ? dir.resolve(type) : dir.resolve(provider).resolve(type);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Names of subdirectories (dirs=true) or of files not starting with a dot (dirs=false). */
    private static List<String> entries(Path dir, boolean dirs) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> dirs ? Files.isDirectory(p) : Files.isRegularFile(p))
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}

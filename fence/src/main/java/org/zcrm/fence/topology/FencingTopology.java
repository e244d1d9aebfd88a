package org.zcrm.fence.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The fencing topology: levels grouped by target, as Pacemaker's fencer groups them. A node uses
 * the group of its exact name if there is one, else the first group (in configuration order)
 * whose pattern or attribute matches it; within the group, levels run in ascending index.
 */
public final class FencingTopology {

    private static final Logger LOG = LogManager.getLogger();

    /** Levels per target key, in order of first appearance; each map index -> level. */
    private final Map<String, Group> groups = new LinkedHashMap<>();

    private record Group(LevelTarget target, TreeMap<Integer, FencingLevel> levels) {
    }

    public FencingTopology(List<FencingLevel> levels) {
        for (FencingLevel level : levels) {
            if (level.index() < 1 || level.index() > 9) {
                LOG.warn("Fencing level ignored, index must be 1 to 9 level={} index={}", level.id(), level.index());
                continue;
            }
            if (level.devices().isEmpty()) {
                LOG.warn("Fencing level ignored, it names no devices level={}", level.id());
                continue;
            }
            String key = level.target().getClass().getSimpleName() + ":" + level.target().key();
            Group g = groups.computeIfAbsent(key, k -> new Group(level.target(), new TreeMap<>()));
            FencingLevel previous = g.levels().put(level.index(), level);
            if (previous != null) {
                LOG.warn("Fencing level replaces another with the same target and index level={} replaced={}",
                        level.id(), previous.id());
            }
        }
    }

    public static FencingTopology empty() {
        return new FencingTopology(List.of());
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** The levels for a node in ascending index; empty when no topology applies to it. */
    public List<FencingLevel> levelsFor(String node, Map<String, String> nodeAttributes) {
        for (Group g : groups.values()) {
            if (g.target() instanceof LevelTarget.ByName && g.target().matches(node, nodeAttributes)) {
                return List.copyOf(g.levels().values());
            }
        }
        for (Group g : groups.values()) {
            if (!(g.target() instanceof LevelTarget.ByName) && g.target().matches(node, nodeAttributes)) {
                return List.copyOf(g.levels().values());
            }
        }
        return List.of();
    }

    /** Every level, sorted by target key then index (for display). */
    public List<FencingLevel> allLevels() {
        List<FencingLevel> all = new ArrayList<>();
        groups.values().forEach(g -> all.addAll(g.levels().values()));
        all.sort(Comparator.comparing((FencingLevel l) -> l.target().key()).thenComparingInt(FencingLevel::index));
        return all;
    }
}

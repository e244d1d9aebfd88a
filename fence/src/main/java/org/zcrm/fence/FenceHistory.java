package org.zcrm.fence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The fencer's in-memory history: every request as a {@link FenceResult}, pending ones included,
 * bounded to the most recent entries (Pacemaker keeps 500). Listeners see every new or updated
 * entry, so a caller can persist it (the coordinator writes them to fencing/history/ in
 * ZooKeeper).
 */
public final class FenceHistory {

    private static final Logger LOG = LogManager.getLogger();
    public static final int DEFAULT_LIMIT = 500;

    private final int limit;
    private final Map<String, FenceResult> entries = new LinkedHashMap<>();
    private final List<Consumer<FenceResult>> listeners = new CopyOnWriteArrayList<>();

    public FenceHistory() {
        this(DEFAULT_LIMIT);
    }

    public FenceHistory(int limit) {
        this.limit = limit;
    }

    /** Registers a listener called (on the fencing thread) with each new or updated entry. */
    public void addListener(Consumer<FenceResult> listener) {
        listeners.add(listener);
    }

    /** Adds or replaces (by id) an entry and tells the listeners. */
    public void record(FenceResult result) {
        synchronized (entries) {
            entries.put(result.id(), result);
            while (entries.size() > limit) {
                String oldest = entries.keySet().iterator().next();
                entries.remove(oldest);
            }
        }
        for (Consumer<FenceResult> l : listeners) {
            try {
                l.accept(result);
            } catch (RuntimeException e) {
                LOG.error("Fence history listener failed id={} target={}", result.id(), result.target(), e);
            }
        }
    }

    /** Every entry, oldest request first. */
    public List<FenceResult> entries() {
        List<FenceResult> all;
        synchronized (entries) {
            all = new ArrayList<>(entries.values());
        }
        all.sort(Comparator.comparing(FenceResult::requested).thenComparing(FenceResult::id));
        return all;
    }

    /** The entries for one target (case-insensitive), oldest first. */
    public List<FenceResult> entriesFor(String target) {
        return entries().stream().filter(r -> r.target().equalsIgnoreCase(target)).toList();
    }
}

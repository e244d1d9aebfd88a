package org.zcrm.executor.history;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.zcrm.executor.ActionRequest;
import org.zcrm.executor.ActionResult;

/**
 * Fail counts and last-failure times per resource and operation, kept as Pacemaker's controller
 * keeps them in transient node attributes {@code fail-count-RSC#OP_INTERVAL} and
 * {@code last-failure-RSC#OP_INTERVAL} (controld_te_events.c update_failcount):
 *
 * <ul>
 *   <li>nothing for a result that met its target rc;</li>
 *   <li>recurring operations, promote and demote add one;</li>
 *   <li>a failed start sets INFINITY when start-failure-is-fatal (default), else adds one;</li>
 *   <li>a failed stop sets INFINITY;</li>
 *   <li>other one-shot operations (probes, notify, migrations) count only outside a transition
 *       (no transition key, or transition -1);</li>
 *   <li>on-fail=ignore updates the last-failure time but not the count.</li>
 * </ul>
 * Counts saturate at INFINITY (1000000). Thread-safe.
 */
public final class FailCounts {

    public static final int INFINITY = 1_000_000;

    /** A change to the two attributes of one resource operation. */
    public record Update(String resource, String operation, long intervalMs, String failCountName,
                         Integer failCount, String lastFailureName, long lastFailure) {

        /** The fail count as Pacemaker's attribute value ("INFINITY" or a number), or null if unchanged. */
        public String failCountValue() {
            return failCount == null ? null : render(failCount);
        }
    }

    private final SortedMap<String, Integer> counts = new TreeMap<>();
    private final SortedMap<String, Long> lastFailures = new TreeMap<>();

    public static String failCountName(String rsc, String op, long intervalMs) {
        return "fail-count-" + rsc + "#" + op + "_" + intervalMs;
    }

    public static String lastFailureName(String rsc, String op, long intervalMs) {
        return "last-failure-" + rsc + "#" + op + "_" + intervalMs;
    }

    /**
     * Applies one reported result; returns the attribute update it causes, if any.
     *
     * @param nowEpochSeconds the last-failure time to record
     */
    public synchronized Optional<Update> record(ActionResult result, boolean startFailureIsFatal,
                                                long nowEpochSeconds) {
        ActionRequest req = result.request();
        if (!result.failed()) {
            return Optional.empty();
        }
        String task = req.action();
        boolean outsideTransition = req.transitionKey() == null || transitionNumber(req.transitionKey()) == -1;
        boolean setInfinity = false;
        boolean update = outsideTransition;
        if (req.intervalMs() > 0 || "promote".equals(task) || "demote".equals(task)) {
            update = true;
        } else if ("start".equals(task)) {
            update = true;
            setInfinity = startFailureIsFatal;
        } else if ("stop".equals(task)) {
            update = true;
            setInfinity = true;
        }
        if (!update) {
            return Optional.empty();
        }
        String rsc = req.resourceId();
        String fcName = failCountName(rsc, task, req.intervalMs());
        String lfName = lastFailureName(rsc, task, req.intervalMs());
        Integer newCount = null;
        if (!"ignore".equalsIgnoreCase(req.meta().getOrDefault("on-fail", req.meta().get("on_fail")))) {
            int old = counts.getOrDefault(fcName, 0);
            newCount = setInfinity ? INFINITY : (int) Math.min(INFINITY, (long) old + 1);
            counts.put(fcName, newCount);
        }
        lastFailures.put(lfName, nowEpochSeconds);
        return Optional.of(new Update(rsc, task, req.intervalMs(), fcName, newCount, lfName, nowEpochSeconds));
    }

    /** The current attributes, sorted by name: fail counts as Pacemaker renders them, times as epoch seconds. */
    public synchronized SortedMap<String, String> attributes() {
        SortedMap<String, String> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, render(v)));
        lastFailures.forEach((k, v) -> out.put(k, Long.toString(v)));
        return out;
    }

    /** A resource's total fail count over all its operations (what migration-threshold compares). */
    public synchronized int failCount(String resource) {
        String prefix = "fail-count-" + resource + "#";
        long sum = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                sum += e.getValue();
            }
        }
        return (int) Math.min(INFINITY, sum);
    }

    /** Forgets a resource's counts and times (crm_resource --cleanup). */
    public synchronized void clear(String resource) {
        String rsc = resource;
        counts.keySet().removeIf(k -> k.startsWith("fail-count-" + rsc + "#"));
        lastFailures.keySet().removeIf(k -> k.startsWith("last-failure-" + rsc + "#"));
    }

    /** Forgets every count and time (a node starting over). */
    public synchronized void clearAll() {
        counts.clear();
        lastFailures.clear();
    }

    private static String render(int count) {
        return count >= INFINITY ? "INFINITY" : Integer.toString(count);
    }

    private static int transitionNumber(String key) {
        String[] parts = key.split(":", 4);
        try {
            return parts.length == 4 ? Integer.parseInt(parts[1]) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

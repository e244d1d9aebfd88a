package org.zcrm.executor;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.zcrm.executor.agent.AgentId;
import org.zcrm.executor.agent.OcfExitCode;
import org.zcrm.cib.digest.ParamDigests;

/**
 * One action to run on a resource, as the DC's graph asks for it.
 *
 * @param resourceId    the resource (for clone instances, {@code rsc:N}); OCF_RESOURCE_INSTANCE
 * @param agent         which agent
 * @param action        start, stop, monitor, promote, demote, notify, reload-agent, migrate_to, ...
 * @param intervalMs    0 for one-shot actions; a monitor with an interval recurs until cancelled
 * @param timeout       after this the process group is killed and the result is a timeout
 * @param params        instance attributes, given to OCF agents as OCF_RESKEY_name
 * @param meta          meta attributes without prefix (clone_max, notify_type, on-fail, ...), given
 *                      as OCF_RESKEY_CRM_meta_name; interval and timeout (ms) are always added
 * @param transitionKey the DC's transition key "action:transition:target-rc:uuid", or null
 * @param expectedRc    the rc meaning success when no transition key says it, or null for the
 *                      default: 7 (not running) for a probe, 0 otherwise
 */
public record ActionRequest(String resourceId, AgentId agent, String action, long intervalMs, Duration timeout,
                            Map<String, String> params, Map<String, String> meta, String transitionKey,
                            Integer expectedRc) {

    public ActionRequest {
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(timeout, "timeout");
        if (resourceId.isBlank()) {
            throw new IllegalArgumentException("resource id must not be blank");
        }
        if (intervalMs < 0) {
            throw new IllegalArgumentException("interval must not be negative: " + intervalMs);
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive for " + resourceId + " " + action);
        }
        params = params == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(params));
        meta = meta == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(meta));
    }

    /** A one-shot action with no meta attributes and no transition key. */
    public static ActionRequest of(String resourceId, AgentId agent, String action, Duration timeout,
                                   Map<String, String> params) {
        return new ActionRequest(resourceId, agent, action, 0, timeout, params, Map.of(), null, null);
    }

    /** A recurring monitor. */
    public static ActionRequest monitor(String resourceId, AgentId agent, long intervalMs, Duration timeout,
                                        Map<String, String> params) {
        return new ActionRequest(resourceId, agent, "monitor", intervalMs, timeout, params, Map.of(), null, null);
    }

    public ActionRequest withMeta(Map<String, String> newMeta) {
        return new ActionRequest(resourceId, agent, action, intervalMs, timeout, params, newMeta, transitionKey,
                expectedRc);
    }

    public ActionRequest withTransitionKey(String key) {
        return new ActionRequest(resourceId, agent, action, intervalMs, timeout, params, meta, key, expectedRc);
    }

    /** A probe: a one-shot monitor that finds out whether the resource runs here. */
    public boolean isProbe() {
        return "monitor".equals(action) && intervalMs == 0;
    }

    public boolean isRecurring() {
        return intervalMs > 0;
    }

    /** Pacemaker's operation key, {@code RSC_ACTION_INTERVAL}. */
    public String operationKey() {
        return resourceId + "_" + action + "_" + intervalMs;
    }

    /** The rc that counts as success: from the transition key, else {@link #expectedRc}, else the default. */
    public int targetRc() {
        if (transitionKey != null) {
            String[] parts = transitionKey.split(":", 4);
            if (parts.length == 4) {
                try {
                    return Integer.parseInt(parts[2]);
                } catch (NumberFormatException e) {
                    // fall through to the defaults
                }
            }
        }
        if (expectedRc != null) {
            return expectedRc;
        }
        return isProbe() ? OcfExitCode.NOT_RUNNING : OcfExitCode.OK;
    }

    /**
     * The parameter table the controller would hand Pacemaker's executor: instance attributes plus
     * {@code CRM_meta_*} (given meta attributes, interval and timeout in ms). Agents see it as
     * OCF_RESKEY_*; digests are computed from it.
     */
    public Map<String, String> operationParameters() {
        Map<String, String> all = new TreeMap<>(params);
        meta.forEach((k, v) -> all.put(k.startsWith(ParamDigests.META_PREFIX) ? k : ParamDigests.META_PREFIX
                + k.replace('-', '_'), v));
        all.put(ParamDigests.META_INTERVAL, Long.toString(intervalMs));
        all.put(ParamDigests.META_TIMEOUT, Long.toString(timeout.toMillis()));
        return all;
    }
}

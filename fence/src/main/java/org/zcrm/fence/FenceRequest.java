package org.zcrm.fence;

import java.time.Duration;
import java.util.Objects;

/**
 * A request to fence a node: {@code client} is who asked (e.g. "pacemaker-controld" style names,
 * "zcrm-coordinator", "zcrm fence"), {@code origin} the node it came from. {@code timeout}, when not
 * null, replaces the cluster's fencing-timeout as the per-device default; {@code deviceDelays}
 * false skips pcmk_delay_base/pcmk_delay_max (Pacemaker's delay -1).
 */
public record FenceRequest(String target, FenceAction action, String client, String origin, Duration timeout,
                           boolean deviceDelays) {

    public FenceRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(action, "action");
        client = client == null ? "unknown" : client;
        origin = origin == null ? "unknown" : origin;
    }

    /** A request with the cluster's timeout and the devices' delays. */
    public static FenceRequest of(String target, FenceAction action, String client, String origin) {
        return new FenceRequest(target, action, client, origin, null, true);
    }

    public FenceRequest withTimeout(Duration t) {
        return new FenceRequest(target, action, client, origin, t, deviceDelays);
    }

    public FenceRequest withoutDelays() {
        return new FenceRequest(target, action, client, origin, timeout, false);
    }
}

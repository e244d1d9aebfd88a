package org.zcrm.fence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A fencing request and how it ended, the unit of fencing history (Pacemaker's fence_event):
 * {@code delegate} is the node whose fencer ran the devices, {@code attempts} every device used in
 * order, {@code exitReason} why it failed (null on success), {@code completed} null while pending.
 */
public record FenceResult(String id, String target, FenceAction action, String client, String origin,
                          String delegate, FenceState state, List<DeviceAttempt> attempts, String exitReason,
                          Instant requested, Instant completed) {

    public FenceResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        attempts = List.copyOf(attempts);
    }

    public boolean succeeded() {
        return state == FenceState.SUCCESS;
    }

    /** The devices run, in order (each once even if used in two phases). */
    public List<String> devicesTried() {
        return attempts.stream().filter(a -> a.outcome() != DeviceAttempt.Outcome.NOT_RUN)
                .map(DeviceAttempt::device).distinct().toList();
    }

    FenceResult completed(FenceState s, List<DeviceAttempt> a, String reason, Instant at) {
        return new FenceResult(id, target, action, client, origin, delegate, s, a, reason, requested, at);
    }
}

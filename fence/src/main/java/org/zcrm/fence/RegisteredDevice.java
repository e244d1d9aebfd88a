package org.zcrm.fence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.zcrm.fence.agent.AgentArguments;
import org.zcrm.fence.agent.AgentMetadata;
import org.zcrm.fence.device.DeviceSettings;
import org.zcrm.fence.device.FenceDevice;

/**
 * A device as the fencer holds it: configuration, settings, the agent's metadata once read, and the
 * state Pacemaker keeps per device (the dynamic-list cache, the fallback to status).
 */
final class RegisteredDevice {

    final FenceDevice device;
    final DeviceSettings settings;
    private AgentMetadata metadata;
    private List<String> listedTargets;
    private Instant listedAt;
    private boolean fallBackToStatus;

    /** pcmk_action_limit: agent calls at once on this device; null means no limit. */
    private final Semaphore slots;

    RegisteredDevice(FenceDevice device) {
        this.device = device;
        this.settings = DeviceSettings.of(device);
        int limit = settings.actionLimit();
        this.slots = limit < 0 ? null : new Semaphore(limit, true);
    }

    /** Runs an agent call once the device has a free slot (waiting does not count against its timeout). */
    <T> T inSlot(Supplier<T> call) throws InterruptedException {
        if (slots == null) {
            return call.get();
        }
        slots.acquire();
        try {
            return call.get();
        } finally {
            slots.release();
        }
    }

    String id() {
        return device.id();
    }

    synchronized Optional<AgentMetadata> metadata() {
        return Optional.ofNullable(metadata);
    }

    synchronized void setMetadata(AgentMetadata m) {
        metadata = m;
    }

    /** Whether the agent advertises the action (false when metadata is unknown, as in Pacemaker). */
    boolean supports(String action) {
        return metadata().map(m -> m.supports(action)).orElse(false);
    }

    String defaultHostArgument() {
        return metadata().map(AgentMetadata::defaultHostArgument).orElse(AgentArguments.FALLBACK_HOST_ARGUMENT);
    }

    synchronized List<String> listedTargets() {
        return listedTargets;
    }

    synchronized Instant listedAt() {
        return listedAt;
    }

    synchronized void setListedTargets(List<String> targets, Instant at) {
        listedTargets = List.copyOf(targets);
        listedAt = at;
    }

    synchronized boolean fallBackToStatus() {
        return fallBackToStatus;
    }

    synchronized void setFallBackToStatus() {
        fallBackToStatus = true;
    }
}

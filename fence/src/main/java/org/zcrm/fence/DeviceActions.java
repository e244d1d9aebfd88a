package org.zcrm.fence;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.fence.agent.AgentArguments;
import org.zcrm.fence.agent.AgentCall;
import org.zcrm.fence.agent.AgentMetadata;
import org.zcrm.fence.agent.AgentMetadataParser;
import org.zcrm.fence.agent.AgentResult;
import org.zcrm.fence.agent.AgentStatus;
import org.zcrm.fence.agent.FenceAgentRunner;
import org.zcrm.fence.device.FenceDelays;
import org.zcrm.fence.device.PcmkDuration;

/**
 * Runs one action of one device: reads the agent's metadata on first use, remaps "reboot" to "off"
 * for agents without reboot, applies the device's delay, timeout and retries, and builds the agent
 * arguments.
 */
final class DeviceActions {

    private static final Logger LOG = LogManager.getLogger();

    private final FenceAgentRunner runner;
    private final FencerOptions options;

    DeviceActions(FenceAgentRunner runner, FencerOptions options) {
        this.runner = runner;
        this.options = options;
    }

    /** Reads and caches the device's agent metadata; empty (and logged) when it cannot be read. */
    Optional<AgentMetadata> metadata(RegisteredDevice dev) {
        Optional<AgentMetadata> known = dev.metadata();
        if (known.isPresent()) {
            return known;
        }
        Optional<AgentMetadata> m = readMetadata(dev.device.agent());
        m.ifPresent(dev::setMetadata);
        return m;
    }

    /** Runs the agent's metadata action and parses it. */
    Optional<AgentMetadata> readMetadata(String agent) {
        AgentResult r = runner.call(new AgentCall(agent, Map.of("action", "metadata"), options.metadataTimeout(),
                2));
        if (!r.succeeded()) {
            LOG.error("Could not read fence agent metadata agent={} reason={}", agent, r.reason());
            return Optional.empty();
        }
        try {
            return Optional.of(AgentMetadataParser.parse(agent, r.stdout()));
        } catch (AgentMetadataParser.InvalidMetadataException e) {
            LOG.error("Invalid fence agent metadata agent={} reason={}", agent, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Runs a non-fencing query action (list, status, monitor) with the device's timeout and retries
     * for it; {@code target} null for device-level actions.
     */
    AgentResult query(RegisteredDevice dev, String action, String target, Duration defaultTimeout) {
        metadata(dev);
        Duration timeout = dev.settings.actionTimeout(action).orElse(defaultTimeout);
        Map<String, String> args = AgentArguments.build(dev.device, dev.settings, action, target,
                dev.defaultHostArgument());
        AgentCall call = new AgentCall(dev.device.agent(), args, timeout, dev.settings.tries(action));
        try {
            return dev.inSlot(() -> runner.call(call));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new AgentResult(call.agent(), call.action(), AgentStatus.ERROR, -1, "", "", 0, Duration.ZERO,
                    "interrupted while waiting for the device");
        }
    }

    /**
     * Runs a fencing action ("reboot", "off" or "on") against a target with this device.
     *
     * @param level  topology index for the record, 0 without topology
     */
    DeviceAttempt fence(RegisteredDevice dev, String requested, String target, Duration defaultTimeout,
                        boolean delays, int level) {
        metadata(dev);
        String action = requested;
        if ("reboot".equals(requested) && !dev.supports("reboot")) {
            LOG.info("Remapping reboot to off, the agent does not support reboot device={} agent={} target={}",
                    dev.id(), dev.device.agent(), target);
            action = "off";
        }
        Duration timeout = dev.settings.actionTimeout(action).orElse(defaultTimeout);
        Duration delay = Duration.ZERO;
        if (delays) {
            synchronized (options.random()) {
                delay = FenceDelays.delay(dev.settings, requested, target, options.random());
            }
        }
        if (!delay.isZero()) {
            LOG.info("Delaying fencing action device={} action={} target={} delay_ms={}", dev.id(), action, target,
                    delay.toMillis());
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new DeviceAttempt(dev.id(), dev.device.agent(), level, action, action,
                        DeviceAttempt.Outcome.NOT_RUN, -1, 0, delay, Duration.ZERO, "interrupted during delay", false);
            }
        }
        Map<String, String> args = AgentArguments.build(dev.device, dev.settings, action, target,
                dev.defaultHostArgument());
        LOG.info("Running fence agent device={} agent={} action={} target={} timeout={}", dev.id(),
                dev.device.agent(), args.get("action"), target, PcmkDuration.format(timeout));
        AgentCall call = new AgentCall(dev.device.agent(), args, timeout, dev.settings.tries(action));
        AgentResult r;
        try {
            r = dev.inSlot(() -> runner.call(call));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeviceAttempt(dev.id(), dev.device.agent(), level, action, args.get("action"),
                    DeviceAttempt.Outcome.NOT_RUN, -1, 0, delay, Duration.ZERO, "interrupted while waiting for the device",
                    false);
        }
        DeviceAttempt.Outcome outcome = r.succeeded() ? DeviceAttempt.Outcome.SUCCEEDED
                : r.status() == AgentStatus.TIMEOUT ? DeviceAttempt.Outcome.TIMED_OUT : DeviceAttempt.Outcome.FAILED;
        if (r.succeeded()) {
            LOG.info("Fence agent succeeded device={} action={} target={} tries={} elapsed_ms={}", dev.id(), action,
                    target, r.tries(), r.elapsed().toMillis());
        } else {
            LOG.error("Fence agent failed device={} action={} target={} tries={} reason={}", dev.id(), action, target,
                    r.tries(), r.reason());
        }
        return new DeviceAttempt(dev.id(), dev.device.agent(), level, action, args.get("action"), outcome,
                r.exitCode(), r.tries(), delay, r.elapsed(), r.reason(), false);
    }
}

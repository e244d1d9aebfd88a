package org.zcrm.fence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.fence.topology.FencingLevel;

/** One fencing request being carried out: the device and level logic, collecting attempts. */
final class FenceLevelRun {

    private static final Logger LOG = LogManager.getLogger();

    private final Map<String, RegisteredDevice> devices;
    private final DeviceActions actions;
    private final CapabilityChecker checker;
    private final FenceRequest request;
    private final Duration timeout;
    private final List<DeviceAttempt> attempts = new ArrayList<>();

    FenceLevelRun(Map<String, RegisteredDevice> devices, DeviceActions actions, CapabilityChecker checker,
                  FenceRequest request, Duration timeout) {
        this.devices = devices;
        this.actions = actions;
        this.checker = checker;
        this.request = request;
        this.timeout = timeout;
    }

    List<DeviceAttempt> attempts() {
        return attempts;
    }

    /** Without topology: each capable device in turn until one succeeds. Null on success, else the reason. */
    String runDevices() {
        String action = request.action().agentName();
        List<RegisteredDevice> capable = new ArrayList<>();
        List<String> notCapable = new ArrayList<>();
        for (RegisteredDevice d : devices.values()) {
            CapabilityChecker.Capability c = checker.check(d, request.target(), action, timeout);
            if (c.capable()) {
                capable.add(d);
            } else {
                notCapable.add(d.id() + ": " + c.reason());
            }
        }
        if (capable.isEmpty()) {
            return "no fence device can " + action + " " + request.target()
                    + (notCapable.isEmpty() ? " (no devices configured)" : " (" + String.join("; ", notCapable) + ")");
        }
        for (RegisteredDevice d : capable) {
            DeviceAttempt a = actions.fence(d, action, request.target(), timeout, request.deviceDelays(), 0);
            attempts.add(a);
            if (a.succeeded()) {
                return null;
            }
        }
        return "every capable device failed to " + action + " " + request.target() + ": " + summaries(attempts);
    }

    /** With topology: levels in order; all devices of a level must succeed. Null on success, else the reason. */
    String runTopology(List<FencingLevel> levels) {
        List<String> levelReasons = new ArrayList<>();
        for (FencingLevel level : levels) {
            String why = runLevel(level);
            if (why == null) {
                return null;
            }
            LOG.warn("Fencing level failed, trying the next one level={} index={} target={} reason={}", level.id(),
                    level.index(), request.target(), why);
            levelReasons.add("level " + level.index() + ": " + why);
        }
        return "all fencing levels failed for " + request.target() + ": " + String.join("; ", levelReasons);
    }

    private String runLevel(FencingLevel level) {
        String action = request.action().agentName();
        List<RegisteredDevice> levelDevices = new ArrayList<>();
        for (String id : level.devices()) {
            RegisteredDevice d = devices.get(id);
            if (d == null) {
                attempts.add(DeviceAttempt.notRun(id, null, level.index(), action, "device is not configured"));
                return "device " + id + " is not configured";
            }
            CapabilityChecker.Capability c = checker.check(d, request.target(), action, timeout);
            if (!c.capable()) {
                attempts.add(DeviceAttempt.notRun(id, d.device.agent(), level.index(), action, c.reason()));
                return "device " + id + " cannot fence " + request.target() + ": " + c.reason();
            }
            levelDevices.add(d);
        }
        boolean remap = request.action() == FenceAction.REBOOT && levelDevices.size() > 1;
        String phaseOne = remap ? "off" : action;
        if (remap) {
            LOG.info("Remapping reboot with several devices to off then on level={} target={}", level.id(),
                    request.target());
        }
        for (RegisteredDevice d : levelDevices) {
            DeviceAttempt a = actions.fence(d, phaseOne, request.target(), timeout, request.deviceDelays(),
                    level.index());
            attempts.add(a);
            if (!a.succeeded()) {
                return d.id() + ": " + a.reason();
            }
        }
        if (remap) {
            turnBackOn(levelDevices, level);
        }
        return null;
    }

    private void turnBackOn(List<RegisteredDevice> levelDevices, FencingLevel level) {
        for (RegisteredDevice d : levelDevices) {
            if ("off".equals(d.settings.rebootAction())) {
                LOG.info("Not turning target back on, device is configured to stay off device={} target={}", d.id(),
                        request.target());
                continue;
            }
            if (!d.supports("on")) {
                LOG.info("Not turning target back on, agent does not support on device={} target={}", d.id(),
                        request.target());
                continue;
            }
            DeviceAttempt a = actions.fence(d, "on", request.target(), timeout, false, level.index());
            if (!a.succeeded()) {
                LOG.warn("Ignoring failed on after successful off device={} target={} reason={}", d.id(),
                        request.target(), a.reason());
                a = new DeviceAttempt(a.device(), a.agent(), a.level(), a.action(), a.agentAction(), a.outcome(),
                        a.exitCode(), a.tries(), a.delay(), a.elapsed(), a.reason(), true);
            }
            attempts.add(a);
        }
    }

    private static String summaries(List<DeviceAttempt> attempts) {
        List<String> parts = new ArrayList<>();
        attempts.forEach(a -> parts.add(a.summary()));
        return String.join("; ", parts);
    }
}

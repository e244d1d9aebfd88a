package org.zcrm.fence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.fence.agent.AgentResult;
import org.zcrm.fence.agent.AgentStatus;
import org.zcrm.fence.device.HostCheck;
import org.zcrm.fence.device.TargetLists;

/**
 * Decides whether a device may fence a node, by its pcmk_host_check (explicit or derived):
 * static-list, dynamic-list (the agent's list action, trusted for a while), status (the agent's
 * status action for the target: 0 on or 2 off mean "can fence", 1 means it does not know the
 * target), or none.
 */
final class CapabilityChecker {

    private static final Logger LOG = LogManager.getLogger();

    /** A yes/no with the check that decided and, for no, why. */
    record Capability(boolean capable, String check, String reason) {
    }

    private final DeviceActions actions;
    private final FencerOptions options;

    CapabilityChecker(DeviceActions actions, FencerOptions options) {
        this.actions = actions;
        this.options = options;
    }

    Capability check(RegisteredDevice dev, String target, String action, Duration timeout) {
        actions.metadata(dev);
        if ("on".equals(action) && !dev.supports("on")) {
            return new Capability(false, "action", "agent " + dev.device.agent() + " does not support 'on'");
        }
        Optional<HostCheck> configured = dev.settings.hostCheck(dev.supports("list"), dev.supports("status"));
        if (configured.isEmpty()) {
            return new Capability(false, "invalid", "invalid pcmk_host_check '" + dev.settings.hostCheckParam() + "'");
        }
        HostCheck check = configured.get();
        if (check == HostCheck.DYNAMIC_LIST && dev.fallBackToStatus()) {
            check = HostCheck.STATUS;
        }
        Capability c = switch (check) {
            case NONE -> new Capability(true, check.value(), null);
            case STATIC_LIST -> dev.settings.staticListAllows(target)
                    ? new Capability(true, check.value(), null)
                    : new Capability(false, check.value(), target + " is not in pcmk_host_list or pcmk_host_map");
            case DYNAMIC_LIST -> dynamicList(dev, target, timeout);
            case STATUS -> status(dev, target, timeout);
        };
        LOG.debug("Device capability device={} target={} action={} check={} capable={} reason={}", dev.id(), target,
                action, c.check(), c.capable(), c.reason());
        return c;
    }

    private Capability dynamicList(RegisteredDevice dev, String target, Duration timeout) {
        Instant now = options.clock().instant();
        List<String> cached = dev.listedTargets();
        boolean fresh = cached != null && dev.listedAt().plus(options.listCacheTtl()).isAfter(now);
        if (!fresh) {
            AgentResult r = actions.query(dev, "list", null, timeout);
            if (r.succeeded()) {
                cached = TargetLists.parseTargets(r.stdout());
                dev.setListedTargets(cached, options.clock().instant());
                LOG.info("Refreshed target list device={} targets={}", dev.id(), cached.size());
            } else if (cached != null) {
                LOG.info("Reusing the last target list, list failed device={} reason={}", dev.id(), r.reason());
            } else if (!dev.settings.hostCheckExplicit()) {
                LOG.warn("List action failed and pcmk_host_check is not set, switching to status device={} reason={}",
                        dev.id(), r.reason());
                dev.setFallBackToStatus();
                return status(dev, target, timeout);
            } else {
                return new Capability(false, HostCheck.DYNAMIC_LIST.value(),
                        "list action failed: " + r.reason());
            }
        }
        String alias = dev.settings.aliasOrTarget(target);
        return TargetLists.containsIgnoreCase(cached, alias)
                ? new Capability(true, HostCheck.DYNAMIC_LIST.value(), null)
                : new Capability(false, HostCheck.DYNAMIC_LIST.value(), alias + " is not in the device's list output");
    }

    private Capability status(RegisteredDevice dev, String target, Duration timeout) {
        AgentResult r = actions.query(dev, "status", target, timeout);
        if (r.status() != AgentStatus.DONE) {
            return new Capability(false, HostCheck.STATUS.value(), "status action could not run: " + r.reason());
        }
        return switch (r.exitCode()) {
            case 0, 2 -> new Capability(true, HostCheck.STATUS.value(), null);
            case 1 -> new Capability(false, HostCheck.STATUS.value(), "status says the device does not know " + target);
            default -> new Capability(false, HostCheck.STATUS.value(), "status returned unknown code " + r.exitCode());
        };
    }
}

package org.zcrm.fence.device;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The {@code pcmk_*} parameters of one device, read the way Pacemaker's fencer reads them.
 * Built once per device; the agent-dependent defaults (host check, host argument) need the
 * agent's metadata and are decided by the caller with {@link #defaultHostCheck}.
 */
public record DeviceSettings(String deviceId, List<String> hostList, Map<String, String> hostMap,
                             String hostCheckParam, String hostArgument, String delayBase,
                             String delayMax, Map<String, String> params) {

    private static final Logger LOG = LogManager.getLogger();

    /** Retries per action when pcmk_ACTION_retries is not set (Pacemaker's default). */
    public static final int DEFAULT_TRIES = 2;

    public DeviceSettings {
        hostList = List.copyOf(hostList);
        hostMap = Map.copyOf(hostMap);
        params = Map.copyOf(params);
    }

    /** Reads a device's fencer parameters. */
    public static DeviceSettings of(FenceDevice device) {
        Map<String, String> p = device.params();
        String listValue = p.get("pcmk_host_list");
        List<String> hostList = listValue == null ? List.of() : TargetLists.parseTargets(listValue);
        Map<String, String> hostMap = TargetLists.parseHostMap(p.get("pcmk_host_map"), device.id());
        java.util.Map<String, String> copy = new java.util.HashMap<>();
        p.forEach((k, v) -> copy.put(k, v == null ? "" : v));
        return new DeviceSettings(device.id(), hostList, hostMap, p.get("pcmk_host_check"),
                p.get("pcmk_host_argument"), p.get("pcmk_delay_base"), p.get("pcmk_delay_max"), copy);
    }

    /**
     * The effective host check. An explicit pcmk_host_check wins (an invalid value is reported
     * and treated as "none can be fenced" by the caller through the empty result); else
     * static-list when pcmk_host_list or pcmk_host_map is set; else dynamic-list when the agent
     * supports list; else status when it supports status; else none.
     */
    public Optional<HostCheck> hostCheck(boolean agentSupportsList, boolean agentSupportsStatus) {
        if (hostCheckParam != null) {
            Optional<HostCheck> c = HostCheck.parse(hostCheckParam);
            if (c.isEmpty()) {
                LOG.error("Invalid pcmk_host_check, device cannot fence any node device={} value={}",
                        deviceId, hostCheckParam);
            }
            return c;
        }
        return Optional.of(defaultHostCheck(agentSupportsList, agentSupportsStatus));
    }

    /** The default check when pcmk_host_check is not set. */
    public HostCheck defaultHostCheck(boolean agentSupportsList, boolean agentSupportsStatus) {
        if (params.containsKey("pcmk_host_list") || params.containsKey("pcmk_host_map")) {
            return HostCheck.STATIC_LIST;
        }
        if (agentSupportsList) {
            return HostCheck.DYNAMIC_LIST;
        }
        if (agentSupportsStatus) {
            return HostCheck.STATUS;
        }
        return HostCheck.NONE;
    }

    /** Whether pcmk_host_check was set explicitly. */
    public boolean hostCheckExplicit() {
        return hostCheckParam != null;
    }

    /** The target's port from pcmk_host_map, or null. */
    public String alias(String target) {
        return TargetLists.lookup(hostMap, target);
    }

    /** The target under which the device knows it: its pcmk_host_map port, else its own name. */
    public String aliasOrTarget(String target) {
        String alias = alias(target);
        return alias == null ? target : alias;
    }

    /** Whether static-list allows the target: listed in pcmk_host_list or mapped in pcmk_host_map. */
    public boolean staticListAllows(String target) {
        return TargetLists.containsIgnoreCase(hostList, target)
                || TargetLists.containsIgnoreCase(List.copyOf(hostMap.values()), target)
                || alias(target) != null;
    }

    /** {@code pcmk_<action>_action}: the command sent to the agent instead of {@code action}. */
    public String agentAction(String action) {
        String v = params.get("pcmk_" + action + "_action");
        return (v == null || v.isBlank()) ? action : v.strip();
    }

    /** {@code pcmk_<action>_timeout} when set and valid. */
    public Optional<Duration> actionTimeout(String action) {
        String v = params.get("pcmk_" + action + "_timeout");
        if (v == null) {
            return Optional.empty();
        }
        Optional<Duration> d = PcmkDuration.parse(v);
        if (d.isEmpty()) {
            LOG.warn("Invalid action timeout ignored device={} parameter=pcmk_{}_timeout value={}",
                    deviceId, action, v);
        }
        return d.filter(x -> !x.isZero());
    }

    /** {@code pcmk_<action>_retries}: the most attempts of an action within its timeout (at least 1). */
    public int tries(String action) {
        String v = params.get("pcmk_" + action + "_retries");
        if (v == null) {
            return DEFAULT_TRIES;
        }
        try {
            return Math.max(1, Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            LOG.warn("Invalid retries ignored device={} parameter=pcmk_{}_retries value={}", deviceId, action, v);
            return DEFAULT_TRIES;
        }
    }

    /**
     * {@code pcmk_action_limit}: how many agent calls may run at once on the device; default 1, 0 or
     * an invalid value mean 1, a negative value means no limit (returned as -1).
     */
    public int actionLimit() {
        String v = params.get("pcmk_action_limit");
        if (v == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(v.strip());
            return n < 0 ? -1 : Math.max(1, n);
        } catch (NumberFormatException e) {
            LOG.warn("Invalid pcmk_action_limit, using 1 device={} value={}", deviceId, v);
            return 1;
        }
    }

    /** {@code pcmk_reboot_action} as configured (used to skip "on" after a remapped reboot). */
    public String rebootAction() {
        return agentAction("reboot");
    }
}

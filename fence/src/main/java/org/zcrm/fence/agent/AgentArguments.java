package org.zcrm.fence.agent;

import java.util.LinkedHashMap;
import java.util.Map;

import org.zcrm.fence.device.DeviceSettings;
import org.zcrm.fence.device.FenceDevice;

/**
 * Builds the stdin arguments of a fence agent call the way Pacemaker's fencer does: {@code action}
 * (after pcmk_ACTION_action), then for a target {@code nodename} and the host argument (the
 * device's pcmk_host_argument, else the agent's default: plug or port) set to the target's
 * pcmk_host_map port or its name, unless the device configures that parameter itself (other than
 * "dynamic"); then the device's own parameters without the ones the fencer consumes.
 */
public final class AgentArguments {

    /** The host argument used when the agent's metadata could not be read. */
    public static final String FALLBACK_HOST_ARGUMENT = "port";

    private AgentArguments() {
    }

    /**
     * @param target          the node, or null for device-level actions (list, monitor)
     * @param defaultHostArg  the agent's default host argument (from metadata), may be null
     */
    public static Map<String, String> build(FenceDevice device, DeviceSettings settings, String action,
                                            String target, String defaultHostArg) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("action", settings.agentAction(action));
        String hostArg = null;
        if (target != null) {
            args.put("nodename", target);
            hostArg = settings.hostArgument() != null ? settings.hostArgument().strip() : defaultHostArg;
            if (hostArg != null && !hostArg.isEmpty() && !hostArg.equalsIgnoreCase("none")) {
                String configured = device.param(hostArg);
                if (configured == null || configured.equalsIgnoreCase("dynamic")) {
                    args.put(hostArg, settings.aliasOrTarget(target));
                } else {
                    hostArg = null;
                }
            } else {
                hostArg = null;
            }
        }
        for (Map.Entry<String, String> e : device.agentParams().entrySet()) {
            if (e.getKey().equals(hostArg)) {
                continue;
            }
            args.put(e.getKey(), e.getValue());
        }
        return args;
    }
}

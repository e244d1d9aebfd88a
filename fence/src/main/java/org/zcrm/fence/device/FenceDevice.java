package org.zcrm.fence.device;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One fence device: a stonith-class primitive of the CIB. {@code agent} is the primitive's type
 * (a fence agent name such as fence_xvm); {@code params} are its instance attributes in CIB order,
 * including the {@code pcmk_*} parameters that the fencer itself interprets (see
 * {@link DeviceSettings}).
 */
public record FenceDevice(String id, String agent, Map<String, String> params) {

    /** Parameters the fencer consumes and never passes to the agent (besides pcmk_ACTION_*). */
    public static final Set<String> FENCER_PARAMS = Set.of(
            "pcmk_action_limit", "pcmk_delay_base", "pcmk_delay_max", "pcmk_host_argument",
            "pcmk_host_check", "pcmk_host_list", "pcmk_host_map", "provides", "stonith-timeout");

    public FenceDevice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agent, "agent");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params == null ? Map.of() : params));
    }

    /** A parameter's value, or null. */
    public String param(String name) {
        return params.get(name);
    }

    /**
     * Whether the fencer consumes this parameter itself rather than passing it to the agent, as
     * Pacemaker decides it: the fixed set above, {@code pcmk_<action>_action|timeout|retries},
     * {@code CRM_meta_*}, {@code crm_feature_set}, and {@code action}, which the fencer always
     * sets itself.
     */
    public static boolean isFencerParam(String name) {
        if (FENCER_PARAMS.contains(name) || name.equalsIgnoreCase("action")
                || name.startsWith("CRM_meta_") || name.equals("crm_feature_set")) {
            return true;
        }
        if (!name.startsWith("pcmk_")) {
            return false;
        }
        int underscore = name.indexOf('_', 5);
        if (underscore < 0) {
            return false;
        }
        String suffix = name.substring(underscore);
        return suffix.equals("_action") || suffix.equals("_timeout") || suffix.equals("_retries");
    }

    /** The parameters passed on to the agent, in CIB order. */
    public Map<String, String> agentParams() {
        Map<String, String> out = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (!isFencerParam(k)) {
                out.put(k, v == null ? "" : v);
            }
        });
        return out;
    }
}

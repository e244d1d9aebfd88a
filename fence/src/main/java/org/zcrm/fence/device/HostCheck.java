package org.zcrm.fence.device;

import java.util.Locale;
import java.util.Optional;

/** How the fencer decides whether a device can fence a node ({@code pcmk_host_check}). */
public enum HostCheck {
    /** Targets are listed in pcmk_host_list / pcmk_host_map. */
    STATIC_LIST("static-list"),
    /** Ask the agent's {@code list} action (cached for a minute). */
    DYNAMIC_LIST("dynamic-list"),
    /** Ask the agent's {@code status} action for the target. */
    STATUS("status"),
    /** Assume the device can fence any node. */
    NONE("none");

    private final String value;

    HostCheck(String value) {
        this.value = value;
    }

    /** The value as written in the CIB. */
    public String value() {
        return value;
    }

    /** The check named by a CIB value (case-insensitive), or empty when it is not one. */
    public static Optional<HostCheck> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (HostCheck c : values()) {
            if (c.value.equals(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}

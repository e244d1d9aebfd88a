package org.zcrm.fence;

import java.util.Locale;
import java.util.Optional;

/** The actions a fencing request can ask for. */
public enum FenceAction {
    REBOOT, OFF, ON;

    /** The name as fence agents and Pacemaker spell it ("reboot", "off", "on"). */
    public String agentName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The action with this name (case-insensitive), or empty. */
    public static Optional<FenceAction> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (FenceAction a : values()) {
            if (a.agentName().equalsIgnoreCase(text.strip())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}

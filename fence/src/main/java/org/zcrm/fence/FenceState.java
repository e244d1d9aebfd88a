package org.zcrm.fence;

import java.util.Locale;

/** Where a fencing request stands, as Pacemaker's history shows it. */
public enum FenceState {
    PENDING, SUCCESS, FAILED;

    /** "pending", "success", "failed" as in Pacemaker's fence_event status. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}

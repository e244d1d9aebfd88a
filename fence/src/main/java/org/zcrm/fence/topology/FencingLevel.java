package org.zcrm.fence.topology;

import java.util.List;
import java.util.Objects;

/**
 * One {@code fencing-level}: for the nodes its target selects, level {@code index} (1 to 9) needs
 * every one of {@code devices} (in order) to succeed.
 */
public record FencingLevel(String id, LevelTarget target, int index, List<String> devices) {

    public FencingLevel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
        devices = List.copyOf(devices);
    }

    /** Splits a CIB {@code devices} value ("a,b, c") into device ids. */
    public static List<String> parseDevices(String devices) {
        if (devices == null) {
            return List.of();
        }
        return java.util.Arrays.stream(devices.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

package org.zcrm.fence;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.fence.device.FenceDevice;
import org.zcrm.fence.device.PcmkDuration;
import org.zcrm.fence.topology.FencingLevel;

/**
 * What the fencer needs from the CIB: the fence devices (stonith primitives, in CIB order, which is
 * the order they are tried in without topology), the fencing levels, the cluster's fencing timeout,
 * and the nodes' permanent attributes (for levels that select nodes by attribute).
 */
public record FencingConfig(List<FenceDevice> devices, List<FencingLevel> levels, Duration fencingTimeout,
                            Map<String, Map<String, String>> nodeAttributes) {

    private static final Logger LOG = LogManager.getLogger();

    /** Pacemaker's default fencing-timeout. */
    public static final Duration DEFAULT_FENCING_TIMEOUT = Duration.ofSeconds(60);

    public FencingConfig {
        devices = List.copyOf(devices);
        levels = List.copyOf(levels);
        fencingTimeout = fencingTimeout == null ? DEFAULT_FENCING_TIMEOUT : fencingTimeout;
        TreeMap<String, Map<String, String>> attrs = new TreeMap<>();
        if (nodeAttributes != null) {
            nodeAttributes.forEach((k, v) -> attrs.put(k, Map.copyOf(v)));
        }
        nodeAttributes = java.util.Collections.unmodifiableMap(attrs);
    }

    public static FencingConfig of(List<FenceDevice> devices, List<FencingLevel> levels) {
        return new FencingConfig(devices, levels, DEFAULT_FENCING_TIMEOUT, Map.of());
    }

    public FencingConfig withFencingTimeout(Duration timeout) {
        return new FencingConfig(devices, levels, timeout, nodeAttributes);
    }

    public Optional<FenceDevice> device(String id) {
        return devices.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** A node's permanent attributes, matched case-insensitively by node name. */
    public Map<String, String> attributesOf(String node) {
        for (Map.Entry<String, Map<String, String>> e : nodeAttributes.entrySet()) {
            if (e.getKey().equalsIgnoreCase(node)) {
                return e.getValue();
            }
        }
        return Map.of();
    }

    /**
     * The fencing timeout from cluster options: fencing-timeout, else the older name
     * stonith-timeout, else 60s; an invalid value falls back to the default with a warning.
     */
    public static Duration fencingTimeout(Map<String, String> clusterOptions) {
        String v = clusterOptions.get("fencing-timeout");
        String name = "fencing-timeout";
        if (v == null) {
            v = clusterOptions.get("stonith-timeout");
            name = "stonith-timeout";
        }
        if (v == null) {
            return DEFAULT_FENCING_TIMEOUT;
        }
        Optional<Duration> d = PcmkDuration.parse(v).filter(x -> !x.isZero());
        if (d.isEmpty()) {
            LOG.warn("Invalid cluster option, using the default option={} value={} default={}", name, v,
                    PcmkDuration.format(DEFAULT_FENCING_TIMEOUT));
        }
        return d.orElse(DEFAULT_FENCING_TIMEOUT);
    }
}

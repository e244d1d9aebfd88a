package org.zcrm.fence.device;

import java.time.Duration;
import java.util.Random;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The start delay of a fencing action on a device, from {@code pcmk_delay_base} and
 * {@code pcmk_delay_max}: base plus a random part so that base <= delay <= max. Only "reboot" and
 * "off" are delayed. pcmk_delay_base may be one duration or a per-node map ("node1:0;node2:10s").
 * Unlike Pacemaker, which rounds both down to whole seconds, the delay keeps millisecond
 * precision.
 */
public final class FenceDelays {

    private static final Logger LOG = LogManager.getLogger();

    private FenceDelays() {
    }

    /** Whether an action is one that takes a node down (and so gets the configured delays). */
    public static boolean isFencingAction(String action) {
        return "reboot".equals(action) || "off".equals(action);
    }

    /** The delay for this action on this device against this target; {@code random} picks the jitter. */
    public static Duration delay(DeviceSettings device, String action, String target, Random random) {
        if (!isFencingAction(action)) {
            return Duration.ZERO;
        }
        long max = device.delayMax() == null ? 0 : PcmkDuration.parse(device.delayMax()).orElseGet(() -> {
            LOG.warn("Invalid pcmk_delay_max ignored device={} value={}", device.deviceId(), device.delayMax());
            return Duration.ZERO;
        }).toMillis();
        long base = baseFor(device, target).toMillis();
        if (max == 0) {
            max = base;
        }
        if (max < base) {
            LOG.warn("pcmk_delay_base is larger than pcmk_delay_max, limited to the maximum device={} base_ms={} max_ms={}",
                    device.deviceId(), base, max);
            base = max;
        }
        if (max <= 0) {
            return Duration.ZERO;
        }
        long delay = base;
        if (max > base) {
            delay += (long) (random.nextDouble() * (max - base + 1));
            delay = Math.min(delay, max);
        }
        return Duration.ofMillis(delay);
    }

    private static Duration baseFor(DeviceSettings device, String target) {
        String raw = device.delayBase();
        if (raw == null) {
            return Duration.ZERO;
        }
        String stripped = raw.strip();
        String value = stripped;
        if (target != null && stripped.contains(":")) {
            for (String mapping : stripped.split("[; \t]+")) {
                int colon = mapping.indexOf(':');
                if (colon <= 0 || colon == mapping.length() - 1) {
                    LOG.warn("Malformed pcmk_delay_base mapping device={} mapping={}", device.deviceId(), mapping);
                    continue;
                }
                if (mapping.substring(0, colon).equalsIgnoreCase(target)) {
                    value = mapping.substring(colon + 1);
                    break;
                }
            }
        }
        java.util.Optional<Duration> parsed = PcmkDuration.parse(value);
        if (parsed.isEmpty() && !value.contains(":")) {
            LOG.warn("Invalid pcmk_delay_base ignored device={} value={}", device.deviceId(), value);
        }
        return parsed.orElse(Duration.ZERO);
    }
}

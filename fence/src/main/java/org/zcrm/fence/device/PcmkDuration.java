package org.zcrm.fence.device;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Pacemaker durations as the fencer uses them: parsing is the CIB model's
 * ({@link org.zcrm.cib.model.value.PcmkDuration}), returned as a {@link Duration}; plus a short
 * format for logs and reasons.
 */
public final class PcmkDuration {

    private PcmkDuration() {
    }

    /** The duration, or empty when the text is not a valid Pacemaker duration. */
    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        OptionalLong ms = org.zcrm.cib.model.value.PcmkDuration.parseMs(text.strip());
        return ms.isPresent() ? Optional.of(Duration.ofMillis(ms.getAsLong())) : Optional.empty();
    }

    /** Short text for logs and reasons: "1.5s", "300ms", "2m". */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 60_000 == 0 && ms >= 60_000) {
            return (ms / 60_000) + "m";
        }
        if (ms % 1000 == 0) {
            return (ms / 1000) + "s";
        }
        if (ms > 1000) {
            return String.format(Locale.ROOT, "%.1fs", ms / 1000.0);
        }
        return ms + "ms";
    }
}

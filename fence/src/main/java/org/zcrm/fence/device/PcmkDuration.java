package org.zcrm.fence.device;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Pacemaker's duration syntax as the fencer reads it: a number with optional units ("60", "60s",
 * "500ms", "2min", "1h"; no unit means seconds; a decimal part is ignored, as Pacemaker does) or an
 * ISO 8601 duration ("PT1M").
 */
public final class PcmkDuration {

    private PcmkDuration() {
    }

    /** The duration, or empty when the text is not a valid duration. */
    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.charAt(0) == 'P') {
            try {
                return Optional.of(Duration.parse(s));
            } catch (DateTimeParseException e) {
                return parsePeriodWithDays(s);
            }
        }
        int i = 0;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            i++;
        }
        int digitsStart = i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i == digitsStart) {
            return Optional.empty();
        }
        long number;
        try {
            number = Long.parseLong(s.substring(0, i));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (number < 0) {
            return Optional.empty();
        }
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        String unit = s.substring(i).strip().toLowerCase(Locale.ROOT);
        if (unit.isEmpty() || unit.startsWith("s")) {
            return Optional.of(Duration.ofSeconds(number));
        } else if (unit.startsWith("ms")) {
            return Optional.of(Duration.ofMillis(number));
        } else if (unit.startsWith("us")) {
            return Optional.of(Duration.ofMillis(number / 1000));
        } else if (unit.startsWith("m")) {
            return Optional.of(Duration.ofMinutes(number));
        } else if (unit.startsWith("h")) {
            return Optional.of(Duration.ofHours(number));
        }
        return Optional.empty();
    }

    private static Optional<Duration> parsePeriodWithDays(String s) {
        // java.time.Duration accepts days ("P1DT2H") but not years, months or weeks
        try {
            if (s.startsWith("P") && s.endsWith("W")) {
                return Optional.of(Duration.ofDays(7L * Long.parseLong(s.substring(1, s.length() - 1))));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
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

package org.zcrm.cib.model.value;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * Pacemaker's time spans (operation intervals, timeouts, cluster-recheck-interval, ...): either an
 * ISO 8601 duration starting with {@code P} ({@code PT10S}, {@code P1DT2H}; Pacemaker also takes
 * {@code P40S}), or a non-negative integer with an optional unit: none or {@code s}/{@code sec}
 * (seconds), {@code ms}/{@code msec}, {@code us}/{@code usec}, {@code m}/{@code min},
 * {@code h}/{@code hr}. Like Pacemaker, units match case-insensitively by prefix and a decimal part
 * is ignored ({@code 3.5s} is 3 s).
 */
public final class PcmkDuration {
  private static final long SECOND = 1000L;
  private static final long MINUTE = 60 * SECOND;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;

  private PcmkDuration() {}

  /** The span in milliseconds, or empty when {@code s} is not a valid span. */
  public static OptionalLong parseMs(String s) {
    if (s == null) {
      return OptionalLong.empty();
    }
    String t = s.strip();
    if (t.startsWith("P")) {
      return parseIso(t);
    }
    int i = 0;
    int n = t.length();
    if (i < n && t.charAt(i) == '+') {
      i++;
    }
    int digits = i;
    long v = 0;
    while (i < n && Character.isDigit(t.charAt(i))) {
      if (v < Long.MAX_VALUE / 100) {
        v = v * 10 + (t.charAt(i) - '0');
      }
      i++;
    }
    if (i == digits) {
      return OptionalLong.empty();
    }
    while (i < n && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) {
      i++;
    }
    while (i < n && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    String unit = t.substring(i).toLowerCase(Locale.ROOT);
    if (unit.isEmpty() || unit.startsWith("s")) {
      return OptionalLong.of(v * SECOND);
    } else if (unit.startsWith("ms")) {
      return OptionalLong.of(v);
    } else if (unit.startsWith("us")) {
      return OptionalLong.of(v / 1000);
    } else if (unit.startsWith("m")) {
      return OptionalLong.of(v * MINUTE);
    } else if (unit.startsWith("h")) {
      return OptionalLong.of(v * HOUR);
    }
    return OptionalLong.empty();
  }

  /** The span in milliseconds, or {@code fallback} when not valid. */
  public static long parseMs(String s, long fallback) {
    OptionalLong v = parseMs(s);
    return v.isPresent() ? v.getAsLong() : fallback;
  }

  /** True when {@code s} is a valid span. */
  public static boolean isValid(String s) {
    return parseMs(s).isPresent();
  }

  /**
   * ISO 8601 durations: P[nY][nM][nW][nD][T[nH][nM][nS]]; months count 30 days and years 365 days
   * for the conversion to milliseconds.
   */
  private static OptionalLong parseIso(String t) {
    long ms = 0;
    boolean time = false;
    boolean any = false;
    int i = 1;
    int n = t.length();
    while (i < n) {
      char c = t.charAt(i);
      if (c == 'T') {
        if (time) {
          return OptionalLong.empty();
        }
        time = true;
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isDigit(t.charAt(i))) {
        i++;
      }
      if (i == start || i >= n || i - start > 12) {
        return OptionalLong.empty();
      }
      long v = Long.parseLong(t.substring(start, i));
      char u = Character.toUpperCase(t.charAt(i++));
      switch (u) {
        case 'Y' -> ms += v * 365 * DAY;
        case 'W' -> ms += v * 7 * DAY;
        case 'D' -> ms += v * DAY;
        case 'H' -> ms += v * HOUR;
        case 'S' -> ms += v * SECOND;
        case 'M' -> ms += time ? v * MINUTE : v * 30 * DAY;
        default -> {
          return OptionalLong.empty();
        }
      }
      any = true;
    }
    return any ? OptionalLong.of(ms) : OptionalLong.empty();
  }
}

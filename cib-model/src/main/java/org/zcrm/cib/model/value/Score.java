package org.zcrm.cib.model.value;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Pacemaker scores: integers that saturate at +/-{@link #INFINITY} (1,000,000), written as decimal
 * integers or {@code INFINITY}, {@code +INFINITY}, {@code -INFINITY}. The node-health keywords
 * {@code red}, {@code yellow}, {@code green} stand for the scores the cluster options
 * node-health-red/-yellow/-green give; they are valid only where node health applies.
 */
public final class Score {
  /** Pacemaker's INFINITY. */
  public static final int INFINITY = 1_000_000;

  private Score() {}

  /**
   * Parses a score as Pacemaker does: empty when it is not one (no digits, or a health keyword,
   * which needs the cluster options; see {@link #isHealthKeyword}). Leading and trailing whitespace is
   * allowed; values beyond INFINITY are clipped.
   */
  public static OptionalInt parse(String s) {
    if (s == null) {
      return OptionalInt.empty();
    }
    String t = s.trim();
    switch (t.toUpperCase(Locale.ROOT)) {
      case "INFINITY", "+INFINITY":
        return OptionalInt.of(INFINITY);
      case "-INFINITY":
        return OptionalInt.of(-INFINITY);
      default:
        break;
    }
    int i = 0;
    int n = t.length();
    if (n > 0 && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
      i = 1;
    }
    if (i >= n) {
      return OptionalInt.empty();
    }
    long v = 0;
    for (int k = i; k < n; k++) {
      char c = t.charAt(k);
      if (c < '0' || c > '9') {
        return OptionalInt.empty();
      }
      if (v < 10L * INFINITY) {
        v = v * 10 + (c - '0');
      }
    }
    if (t.charAt(0) == '-') {
      v = -v;
    }
    return OptionalInt.of(clip(v));
  }

  /** The score of {@code s}, or {@code fallback} when it is not a score. */
  public static int parse(String s, int fallback) {
    OptionalInt v = parse(s);
    return v.isPresent() ? v.getAsInt() : fallback;
  }

  /** True for a valid score (health keywords excluded). */
  public static boolean isValid(String s) {
    return parse(s).isPresent();
  }

  /** True for the node-health keywords red, yellow and green (any case). */
  public static boolean isHealthKeyword(String s) {
    if (s == null) {
      return false;
    }
    String t = s.trim().toLowerCase(Locale.ROOT);
    return t.equals("red") || t.equals("yellow") || t.equals("green");
  }

  /** Adds two scores the way Pacemaker does: -INFINITY wins over +INFINITY, then saturation. */
  public static int add(int a, int b) {
    if (a <= -INFINITY || b <= -INFINITY) {
      return -INFINITY;
    }
    if (a >= INFINITY || b >= INFINITY) {
      return INFINITY;
    }
    return clip((long) a + b);
  }

  /** Clips to [-INFINITY, INFINITY]. */
  public static int clip(long v) {
    return (int) Math.max(-INFINITY, Math.min(INFINITY, v));
  }

  /** The score as Pacemaker prints it: INFINITY, -INFINITY or the number. */
  public static String format(int score) {
    if (score >= INFINITY) {
      return "INFINITY";
    }
    if (score <= -INFINITY) {
      return "-INFINITY";
    }
    return Integer.toString(score);
  }
}

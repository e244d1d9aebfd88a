package org.zcrm.cib.model.value;

/** Lenient integer parsing for status attributes, with a fallback instead of an exception. */
public final class PcmkInt {
  private PcmkInt() {}

  /** Parses a decimal int (optional sign), or returns {@code fallback} when null or not a number. */
  public static int parse(String s, int fallback) {
    long v = parseLong(s, Long.MIN_VALUE);
    if (v == Long.MIN_VALUE || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      return fallback;
    }
    return (int) v;
  }

  /** Parses a decimal long (optional sign), or returns {@code fallback} when null or not a number. */
  public static long parseLong(String s, long fallback) {
    if (s == null) {
      return fallback;
    }
    int n = s.length();
    int i = 0;
    boolean neg = false;
    if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      neg = s.charAt(0) == '-';
      i = 1;
    }
    if (i >= n || n - i > 18) {
      return fallback;
    }
    long v = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return fallback;
      }
      v = v * 10 + (c - '0');
    }
    return neg ? -v : v;
  }
}

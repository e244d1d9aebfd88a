package org.zcrm.engine.unpack;

/** Pacemaker's spellings of booleans and integers in CIB attribute values. */
final class Values {
  private Values() {}

  static boolean isTrue(String v) {
    if (v == null) {
      return false;
    }
    switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true": case "on": case "yes": case "y": case "1":
        return true;
      default:
        return false;
    }
  }

  static boolean bool(String v, boolean dflt) {
    if (v == null) {
      return dflt;
    }
    switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true": case "on": case "yes": case "y": case "1":
        return true;
      case "false": case "off": case "no": case "n": case "0":
        return false;
      default:
        return dflt;
    }
  }

  /** A decimal integer (surrounding white space allowed), or {@code dflt}. */
  static long parseLong(String v, long dflt) {
    return v == null ? dflt : parseLong(v, 0, v.length(), dflt);
  }

  /**
   * The decimal integer in {@code v[from, to)} (surrounding white space allowed), or {@code dflt}.
   * Plain digits are read in place: the status section holds several numbers per operation.
   */
  static long parseLong(String v, int from, int to, long dflt) {
    int n = to - from;
    if (n == 1) { // most of them: return codes, statuses, zero intervals
      char c = v.charAt(from);
      if (c >= '0' && c <= '9') {
        return c - '0';
      }
    }
    if (n > 0 && n < 19) {
      int i = from;
      char first = v.charAt(i);
      boolean negative = first == '-';
      if (negative || first == '+') {
        i++;
      }
      long r = 0;
      boolean digits = i < to;
      for (; i < to && digits; i++) {
        char c = v.charAt(i);
        digits = c >= '0' && c <= '9';
        r = r * 10 + (c - '0');
      }
      if (digits) {
        return negative ? -r : r;
      }
    }
    try {
      return Long.parseLong(v.substring(from, to).trim());
    } catch (NumberFormatException e) {
      return dflt;
    }
  }

  /** The value, or {@code dflt} when the attribute is absent. */
  static String or(String v, String dflt) {
    return v == null ? dflt : v;
  }
}

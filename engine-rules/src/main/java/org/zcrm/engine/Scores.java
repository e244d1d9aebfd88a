package org.zcrm.engine;

/** All score arithmetic: ints saturating at +/-1,000,000 the way Pacemaker's pcmk__add_scores does. */
public final class Scores {
  public static final int INFINITY = 1_000_000;

  private Scores() {}

  /** Adds two scores; -INFINITY wins over +INFINITY. */
  public static int add(int a, int b) {
    if (a <= -INFINITY || b <= -INFINITY) {
      return -INFINITY;
    }
    if (a >= INFINITY || b >= INFINITY) {
      return INFINITY;
    }
    int r = a + b;
    if (r >= INFINITY) {
      return INFINITY;
    }
    if (r <= -INFINITY) {
      return -INFINITY;
    }
    return r;
  }

  /** Parses a score ("INFINITY", "+INFINITY", "-INFINITY", "red"...), using {@code dflt} when unparseable. */
  public static int parse(String s, int dflt) {
    if (s == null) {
      return dflt;
    }
    String t = s.trim();
    if (t.equalsIgnoreCase("-INFINITY")) {
      return -INFINITY;
    }
    if (t.equalsIgnoreCase("INFINITY") || t.equalsIgnoreCase("+INFINITY")) {
      return INFINITY;
    }
    if (t.equalsIgnoreCase("red")) {
      return -INFINITY;
    }
    if (t.equalsIgnoreCase("yellow") || t.equalsIgnoreCase("green")) {
      return 0;
    }
    try {
      long v = Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
      return (int) Math.max(-INFINITY, Math.min(INFINITY, v));
    } catch (NumberFormatException e) {
      // Pacemaker's scan_ll takes a leading integer prefix
      int i = 0;
      if (i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
        i++;
      }
      int start = i;
      while (i < t.length() && Character.isDigit(t.charAt(i))) {
        i++;
      }
      if (i > start) {
        return parse(t.substring(0, i), dflt);
      }
      return dflt;
    }
  }

  /** Pacemaker's readable form: INFINITY, -INFINITY or the number. */
  public static String text(int score) {
    if (score >= INFINITY) {
      return "INFINITY";
    }
    if (score <= -INFINITY) {
      return "-INFINITY";
    }
    return Integer.toString(score);
  }
}

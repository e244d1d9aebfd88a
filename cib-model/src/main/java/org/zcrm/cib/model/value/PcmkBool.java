package org.zcrm.cib.model.value;

import java.util.Locale;

/** Pacemaker's booleans: true/on/yes/y/1 and false/off/no/n/0, case-insensitive. */
public final class PcmkBool {
  private PcmkBool() {}

  /** True for Pacemaker's true spellings; false for anything else, including null. */
  public static boolean isTrue(String s) {
    if (s == null) {
      return false;
    }
    return switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "true", "on", "yes", "y", "1" -> true;
      default -> false;
    };
  }

  /** True when {@code s} is one of Pacemaker's boolean spellings (true or false). */
  public static boolean isBoolean(String s) {
    if (s == null) {
      return false;
    }
    return switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "true", "on", "yes", "y", "1", "false", "off", "no", "n", "0" -> true;
      default -> false;
    };
  }

  /** The boolean value of {@code s}, or {@code fallback} when null or not a boolean spelling. */
  public static boolean parse(String s, boolean fallback) {
    return isBoolean(s) ? isTrue(s) : fallback;
  }
}

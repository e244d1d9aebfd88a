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

  static long parseLong(String v, long dflt) {
    if (v == null) {
      return dflt;
    }
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      return dflt;
    }
  }

  /** The value, or {@code dflt} when the attribute is absent. */
  static String or(String v, String dflt) {
    return v == null ? dflt : v;
  }
}

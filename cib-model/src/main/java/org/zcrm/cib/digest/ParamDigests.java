package org.zcrm.cib.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Operation parameter digests exactly as Pacemaker computes them (the pure part, shared by the
 * executor, which records them, and the policy engine, which compares them).
 *
 * <p>The input is an operation's full parameter table as the controller hands it to the executor:
 * the resource's instance attributes plus {@code CRM_meta_*} entries (interval, timeout, ...) and
 * {@code crm_feature_set}. {@link #filterForDigest} drops the meta entries (keeping
 * {@code CRM_meta_timeout} for recurring operations) and a few bookkeeping names
 * (lib/common/digest.c, pcmk__filter_op_for_digest). The digest is the MD5 of the "v1"
 * serialization of a {@code <parameters>} element whose attributes are sorted by name:
 * {@code " <parameters a=\"1\" b=\"2\"/>\n"} (pcmk__digest_op_params).
 */
public final class ParamDigests {

  /** The digest of an empty parameter set. */
  public static final String EMPTY_DIGEST = "f2317cad3d54cec5d7d7aa7d0bf35cf8";

  public static final String META_PREFIX = "CRM_meta_";
  public static final String META_INTERVAL = META_PREFIX + "interval";
  public static final String META_TIMEOUT = META_PREFIX + "timeout";

  private static final List<String> FILTERED = List.of(
      "id", "crm_feature_set", "op-digest", "on_node", "on_node_uuid", "pcmk_external_ip");

  private ParamDigests() {
  }

  /** pcmk__filter_op_for_digest: what of the operation's parameters goes into its digests. */
  public static SortedMap<String, String> filterForDigest(Map<String, String> opParams) {
    long intervalMs = 0;
    String interval = opParams.get(META_INTERVAL);
    if (interval != null) {
      try {
        intervalMs = Long.parseLong(interval.trim());
      } catch (NumberFormatException e) {
        intervalMs = 0;
      }
    }
    String timeout = intervalMs != 0 ? opParams.get(META_TIMEOUT) : null;
    SortedMap<String, String> out = new TreeMap<>();
    opParams.forEach((name, value) -> {
      if (!name.startsWith(META_PREFIX) && !FILTERED.contains(name) && value != null) {
        out.put(name, value);
      }
    });
    if (timeout != null) {
      out.put(META_TIMEOUT, timeout);
    }
    return out;
  }

  /** The {@code op-digest} of an operation, from its full parameter table. */
  public static String opDigest(Map<String, String> opParams) {
    return digestParameters(filterForDigest(opParams));
  }

  /**
   * The digest over the given names only, of the filtered parameters (how the scheduler checks
   * {@code op-restart-digest} against {@code op-force-restart}).
   */
  public static String digestOfNamed(Map<String, String> opParams, List<String> names) {
    SortedMap<String, String> kept = new TreeMap<>();
    for (String n : names) {
      String v = opParams.get(n);
      if (v != null) {
        kept.put(n, v);
      }
    }
    return digestParameters(kept);
  }

  /** MD5 of the v1 serialization of {@code <parameters>} with these attributes, sorted by name. */
  public static String digestParameters(Map<String, String> attributes) {
    return md5(" " + serialize(attributes) + "\n");
  }

  /** {@code <parameters a="1" b="2"/>}, attributes sorted by name, values escaped as Pacemaker does. */
  public static String serialize(Map<String, String> attributes) {
    StringBuilder sb = new StringBuilder("<parameters");
    for (Map.Entry<String, String> e : sortedByBytes(attributes)) {
      sb.append(' ').append(e.getKey()).append("=\"");
      escapeAttribute(e.getValue(), sb);
      sb.append('"');
    }
    return sb.append("/>").toString();
  }

  /** Parses an {@code op-force-restart}/{@code op-secure-params} list into its names. */
  public static List<String> parseWordList(String list) {
    List<String> out = new ArrayList<>();
    if (list != null) {
      for (String w : list.trim().split("\\s+")) {
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /**
   * Pacemaker's pcmk_stonith_param: parameters the fencer itself interprets, which controllers
   * before feature set 3.16.0 left out of fencing devices' secure digests.
   */
  public static boolean isFencingParameter(String name) {
    if (name.equals("provides") || name.equals("stonith-timeout")) {
      return true;
    }
    if (!name.startsWith("pcmk_")) {
      return false;
    }
    if (List.of("pcmk_action_limit", "pcmk_delay_base", "pcmk_delay_max", "pcmk_host_argument",
        "pcmk_host_check", "pcmk_host_list", "pcmk_host_map").contains(name)) {
      return true;
    }
    int us = name.indexOf('_', 5);
    String rest = us < 0 ? "" : name.substring(us);
    return rest.equals("_action") || rest.equals("_timeout") || rest.equals("_retries");
  }

  /**
   * Whether a {@code crm_feature_set} is older than another (numeric, field by field; a
   * non-numeric field counts as 0).
   */
  public static boolean featureSetBefore(String version, String than) {
    String[] a = version.trim().split("\\.");
    String[] b = than.trim().split("\\.");
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      long x = i < a.length ? number(a[i]) : 0;
      long y = i < b.length ? number(b[i]) : 0;
      if (x != y) {
        return x < y;
      }
    }
    return false;
  }

  private static long number(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Attribute order of pcmk__xe_sort_attrs: strcmp on the UTF-8 bytes of the names. */
  private static List<Map.Entry<String, String>> sortedByBytes(Map<String, String> attributes) {
    List<Map.Entry<String, String>> entries = new ArrayList<>(attributes.entrySet());
    entries.sort((a, b) -> compareCodePoints(a.getKey(), b.getKey()));
    return entries;
  }

  /** Code point order, which is the order of the strings' UTF-8 bytes (strcmp). */
  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** pcmk__xml_escape for attributes: the five specials and ASCII control characters as &#xNN;. */
  private static void escapeAttribute(String value, StringBuilder sb) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("&#x%02X;", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
  }

  private static String md5(String text) {
    MessageDigest md = MD5.get();
    md.reset();
    return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** One MD5 instance per thread (looking the algorithm up costs more than hashing a few bytes). */
  private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is missing from this JDK", e);
    }
  });
}

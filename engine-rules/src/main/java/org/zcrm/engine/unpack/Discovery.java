package org.zcrm.engine.unpack;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where resources may be probed (and whether removed recurring operations are cancelled): the
 * {@code enable-startup-probes} cluster option and the
 * {@code resource-discovery} of location constraints, as Pacemaker applies them (a resource's
 * mode on a node is the strictest of those of the constraints naming it or its ancestors there).
 *
 * @param probesEnabled the enable-startup-probes cluster option (default true)
 * @param cancelRemoved the cancel-removed-actions cluster option (formerly stop-orphan-actions,
 *     default true): cancel recurring operations no longer configured
 * @param modes resource (as named by the constraint) -> node -> mode, for never/exclusive only
 * @param exclusive resources named by a constraint with resource-discovery=exclusive
 */
public record Discovery(boolean probesEnabled, boolean cancelRemoved,
    Map<String, Map<String, Mode>> modes,
    Set<String> exclusive) {

  /** Pacemaker's probe modes, from least to most restrictive. */
  public enum Mode {
    ALWAYS, NEVER, EXCLUSIVE;

    static Mode parse(String v) {
      if (v == null) {
        return ALWAYS;
      }
      return switch (v.trim().toLowerCase(Locale.ROOT)) {
        case "never" -> NEVER;
        case "exclusive" -> EXCLUSIVE;
        default -> ALWAYS;
      };
    }
  }

  /** The mode a constraint on exactly this resource id sets on a node. */
  public Mode mode(String rsc, String node) {
    Map<String, Mode> m = modes.get(rsc);
    Mode v = m == null ? null : m.get(node);
    return v == null ? Mode.ALWAYS : v;
  }
}

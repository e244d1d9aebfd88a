package org.zcrm.engine.unpack;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.zcrm.engine.conclusions.MonitorPolicy;

/**
 * Where resources may be probed (and whether removed recurring operations are cancelled), as the
 * rules of monitors.drl concluded from the {@code enable-startup-probes} and
 * {@code cancel-removed-actions} cluster options and the {@code resource-discovery} of location
 * constraints (a resource's mode on a node is the strictest of those of the constraints naming it
 * or its ancestors there: Pacemaker's).
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

  /** No exceptions: probe everywhere, cancel removed recurring operations. */
  public static final Discovery DEFAULT = new Discovery(true, true, Map.of(), Set.of());

  /** The probe settings the rules concluded. */
  public static Discovery of(List<MonitorPolicy> conclusions) {
    boolean probes = true;
    boolean cancel = true;
    Map<String, Map<String, Mode>> modes = new TreeMap<>();
    Set<String> exclusive = new TreeSet<>();
    for (MonitorPolicy p : conclusions) {
      switch (p.kind()) {
        case NO_PROBES -> probes = false;
        case KEEP_REMOVED_RECURRING -> cancel = false;
        case NO_PROBE -> restrict(modes, p, Mode.NEVER);
        case PROBE_ONLY_ON -> {
          exclusive.add(p.rsc());
          restrict(modes, p, Mode.EXCLUSIVE);
        }
        case NO_MONITORS -> { } // recurring monitors, not probes
        default -> throw new IllegalStateException("Unknown monitor conclusion " + p.kind());
      }
    }
    return new Discovery(probes, cancel, modes, exclusive);
  }

  /** Notes a mode on a node, the stricter one where two constraints meet. */
  private static void restrict(Map<String, Map<String, Mode>> modes, MonitorPolicy p, Mode mode) {
    if (p.rsc() == null || p.node() == null) {
      return;
    }
    modes.computeIfAbsent(p.rsc(), k -> new TreeMap<>())
        .merge(p.node(), mode, (a, b) -> a.compareTo(b) >= 0 ? a : b);
  }

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

package org.zcrm.engine.conclusions;

/**
 * An exception to the default probe and monitor policy (probe every resource wherever the history
 * does not know its state; run the configured recurring monitors; cancel recurring operations no
 * longer configured).
 *
 * @param rsc the resource (as the constraint names it), or null for a cluster-wide conclusion
 * @param node the node, or null when the conclusion is not about one node
 * @param rule the rule that concluded it
 * @param constraint what it comes from: a constraint id or a cluster option
 */
public record MonitorPolicy(Kind kind, String rsc, String node, String rule, String constraint) {

  /** What a conclusion changes. */
  public enum Kind {
    /** Probe nothing anywhere. */
    NO_PROBES,
    /** Do not probe {@code rsc} on {@code node} (null: anywhere). */
    NO_PROBE,
    /**
     * Probe {@code rsc} only on the nodes such conclusions name ({@code node} null: on none of its
     * own, only where another one names a node).
     */
    PROBE_ONLY_ON,
    /** Leave recurring operations in effect even when they are no longer configured. */
    KEEP_REMOVED_RECURRING,
    /**
     * Create no recurring monitor of {@code rsc} (null: of any resource) on {@code node} (null: on
     * any node) and cancel those in effect, as for a resource or node in maintenance (one of
     * the two is null: a resource on one node is not supported).
     */
    NO_MONITORS
  }
}

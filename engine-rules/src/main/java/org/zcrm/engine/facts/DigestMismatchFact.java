package org.zcrm.engine.facts;

/**
 * A resource's history entry on a node whose recorded parameter digest differs from the digest of
 * the operation the DC would send now (Pacemaker's rsc_action_digest_cmp): the resource's
 * definition changed since that operation ran. Only entries Pacemaker checks become facts: those
 * since the resource's last start on a node where it is active (start, promote, migrate_from, a
 * probe that found it running, and configured recurring operations).
 *
 * @param task the recorded operation ({@code start}, {@code monitor}, ...)
 * @param intervalMs its interval; 0 for one-off operations
 * @param result how the digests differ
 * @param agentReloads whether the agent can reload (the entry records a restart digest)
 * @param startPending whether a start of the resource is still pending on the node
 * @param opId the history entry's id
 */
public record DigestMismatchFact(String rsc, String node, String task, long intervalMs,
    Result result, boolean agentReloads, boolean startPending, String opId) {

  /** How the digests differ. */
  public enum Result {
    /**
     * A parameter that needs a restart changed ({@code op-restart-digest}), or a one-off
     * operation with parameters of its own changed.
     */
    RESTART,
    /** Some parameter changed ({@code op-digest}). */
    CHANGED,
    /** The entry records no digest, so whether anything changed is unknown. */
    UNKNOWN
  }
}

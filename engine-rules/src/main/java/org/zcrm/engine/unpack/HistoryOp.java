package org.zcrm.engine.unpack;

/**
 * One lrm_rsc_op entry: an operation a node ran for a resource.
 *
 * @param rsc the resource id as recorded (may be a clone base name)
 * @param opStatus the executor's status (0 done, 1 cancelled, 2 timed out, ... -1 pending)
 * @param targetRc the rc the controller expected (from the transition key), or -1 if unknown
 * @param digests the parameter digests recorded with it (never null)
 */
public record HistoryOp(String rsc, String node, String id, String task, long intervalMs, int rc,
    int opStatus, int callId, long lastRcChange, int targetRc, Digests digests) {

  /**
   * What the executor recorded of the parameters it ran the operation with (all null when
   * absent): {@code op-digest}, {@code op-force-restart} with {@code op-restart-digest},
   * {@code op-secure-params} with {@code op-secure-digest}, and the recording controller's
   * {@code crm_feature_set}.
   */
  public record Digests(String digest, String forceRestart, String restartDigest,
      String secureParams, String secureDigest, String featureSet) {
    public static final Digests NONE = new Digests(null, null, null, null, null, null);

    /** Shares one instance for the entries that record nothing. */
    public static Digests of(String digest, String forceRestart, String restartDigest,
        String secureParams, String secureDigest, String featureSet) {
      if (digest == null && forceRestart == null && restartDigest == null && secureParams == null
          && secureDigest == null && featureSet == null) {
        return NONE;
      }
      return new Digests(digest, forceRestart, restartDigest, secureParams, secureDigest,
          featureSet);
    }
  }

  public boolean isProbe() {
    return task.equals("monitor") && intervalMs == 0;
  }

  /** The recorded {@code op-digest}, or null. */
  public String digest() {
    return digests.digest();
  }
}

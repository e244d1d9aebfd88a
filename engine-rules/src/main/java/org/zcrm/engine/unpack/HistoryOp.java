package org.zcrm.engine.unpack;

/**
 * One lrm_rsc_op entry: an operation a node ran for a resource.
 *
 * @param rsc the resource id as recorded (may be a clone base name)
 * @param opStatus the executor's status (0 done, 1 cancelled, 2 timed out, ... -1 pending)
 * @param targetRc the rc the controller expected (from the transition key), or -1 if unknown
 */
public record HistoryOp(String rsc, String node, String id, String task, long intervalMs, int rc,
    int opStatus, int callId, long lastRcChange, int targetRc, String digest, String restartDigest) {

  public boolean isProbe() {
    return task.equals("monitor") && intervalMs == 0;
  }
}

package org.zcrm.executor.history;

import org.zcrm.cib.model.status.LrmRscOp;

/** Maps the executor's history records to the CIB model's {@code <lrm_rsc_op>}. */
public final class LrmRscOpMapper {

    private LrmRscOpMapper() {
    }

    /** An {@code lrm_rsc_op} with the record's attributes (digest attributes only when present). */
    public static LrmRscOp toLrmRscOp(OperationRecord r) {
        return new LrmRscOp()
                .setId(r.id())
                .setOperationKey(r.operationKey())
                .setOperation(r.operation())
                .setCrmDebugOrigin(r.crmDebugOrigin())
                .setCrmFeatureSet(r.crmFeatureSet())
                .setTransitionKey(r.transitionKey())
                .setTransitionMagic(r.transitionMagic())
                .setExitReason(r.exitReason())
                .setOnNode(r.onNode())
                .setCallId(Integer.toString(r.callId()))
                .setRcCode(Integer.toString(r.rcCode()))
                .setOpStatus(Integer.toString(r.opStatus()))
                .setInterval(Long.toString(r.intervalMs()))
                .setLastRun(Long.toString(r.lastRun()))
                .setLastRcChange(Long.toString(r.lastRcChange()))
                .setExecTime(Long.toString(r.execTimeMs()))
                .setQueueTime(Long.toString(r.queueTimeMs()))
                .setOpDigest(r.opDigest())
                .setOpForceRestart(r.opForceRestart())
                .setOpRestartDigest(r.opRestartDigest())
                .setOpSecureParams(r.opSecureParams())
                .setOpSecureDigest(r.opSecureDigest());
    }

    /** The record back from an {@code lrm_rsc_op} (missing numbers read as 0, call-id as -1). */
    public static OperationRecord fromLrmRscOp(LrmRscOp op) {
        return new OperationRecord(op.getId(), op.getOperationKey(), op.getOperation(), op.getCrmDebugOrigin(),
                op.getCrmFeatureSet(), op.getTransitionKey(), op.getTransitionMagic(), op.getExitReason(),
                op.getOnNode(), op.callId(), op.rc(), op.opStatus(), op.intervalMs(), parse(op.getLastRun()),
                op.lastRcChange(), parse(op.getExecTime()), parse(op.getQueueTime()), op.getOpDigest(),
                op.getOpForceRestart(), op.getOpRestartDigest(), op.getOpSecureParams(), op.getOpSecureDigest());
    }

    private static long parse(String v) {
        try {
            return v == null ? 0 : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

package org.zcrm.executor.history;

/**
 * One operation-history entry, the content of Pacemaker's {@code <lrm_rsc_op>} in a node's
 * {@code lrm_resource}. Attribute names in the comments; times are epoch seconds, durations ms;
 * the digest fields are null when Pacemaker would not write them.
 *
 * @param id              {@code id}: RSC_last_0, RSC_last_failure_0, RSC_monitor_INTERVAL, ...
 * @param operationKey    {@code operation_key}: RSC_ACTION_INTERVAL
 * @param operation       {@code operation}
 * @param crmDebugOrigin  {@code crm-debug-origin}
 * @param crmFeatureSet   {@code crm_feature_set}
 * @param transitionKey   {@code transition-key}
 * @param transitionMagic {@code transition-magic}: "op-status:rc;transition-key"
 * @param exitReason      {@code exit-reason} ("" unless the operation failed)
 * @param onNode          {@code on_node}
 * @param callId          {@code call-id}
 * @param rcCode          {@code rc-code}
 * @param opStatus        {@code op-status}
 * @param intervalMs      {@code interval}
 * @param lastRun         {@code last-run} (older Pacemaker wrote it; kept for operators)
 * @param lastRcChange    {@code last-rc-change}
 * @param execTimeMs      {@code exec-time}
 * @param queueTimeMs     {@code queue-time}
 * @param opDigest        {@code op-digest}
 * @param opForceRestart  {@code op-force-restart}
 * @param opRestartDigest {@code op-restart-digest}
 * @param opSecureParams  {@code op-secure-params}
 * @param opSecureDigest  {@code op-secure-digest}
 */
public record OperationRecord(String id, String operationKey, String operation, String crmDebugOrigin,
                              String crmFeatureSet, String transitionKey, String transitionMagic,
                              String exitReason, String onNode, int callId, int rcCode, int opStatus,
                              long intervalMs, long lastRun, long lastRcChange, long execTimeMs, long queueTimeMs,
                              String opDigest, String opForceRestart, String opRestartDigest,
                              String opSecureParams, String opSecureDigest) {
}

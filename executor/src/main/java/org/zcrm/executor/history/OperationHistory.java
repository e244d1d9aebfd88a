package org.zcrm.executor.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zcrm.executor.ActionRequest;
import org.zcrm.executor.ActionResult;
import org.zcrm.executor.agent.AgentMetadata;
import org.zcrm.executor.agent.ExecStatus;
import org.zcrm.executor.agent.OcfExitCode;
import org.zcrm.cib.digest.ParamDigests;
import org.zcrm.executor.digest.OpDigests;

/**
 * Turns action results into operation-history records the way Pacemaker's controller does
 * (lib/pacemaker pcmk__create_history_xml and controld's digest lists).
 *
 * <ul>
 *   <li>A successful one-shot action is {@code RSC_last_0}; a recurring one is keyed by its
 *       operation key; a failure is {@code RSC_last_failure_0} (and, for one-shot actions, also
 *       {@code RSC_last_0}, so the latest state is there too); migrations keep their own key;
 *       notifications are recorded as {@code RSC_TYPE_notify_OP_0} and always as a success.</li>
 *   <li>reload and reload-agent are recorded as start when done, else as monitor.</li>
 *   <li>Without a transition key a fake one is made: "CALLID:-1:TARGETRC:xxxxxxxx-...".</li>
 *   <li>A cancelled recurring action gives no record: the caller removes that key's record.</li>
 * </ul>
 */
public final class OperationHistory {

    /** Feature set written in records (Pacemaker's CRM_FEATURE_SET these records follow). */
    public static final String FEATURE_SET = "3.20.5";
    public static final String ORIGIN = "zcrm_executor";
    private static final String FAKE_TE_ID = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
    private static final List<String> NEEDS_METADATA = List.of("start", "monitor", "promote", "demote",
            "reload", "reload-agent", "migrate_to", "migrate_from", "notify");

    private OperationHistory() {
    }

    /** Whether restart/secure digests apply to this action (crm_op_needs_metadata). */
    public static boolean needsMetadata(ActionRequest request) {
        return request.agent().isOcf() && NEEDS_METADATA.contains(request.action());
    }

    /**
     * The records for a result, in the order Pacemaker writes them.
     *
     * @param metadata the agent's meta-data, for restart and secure digests (empty: none written)
     */
    public static List<OperationRecord> records(ActionResult result, String node, Optional<AgentMetadata> metadata) {
        if (result.status() == ExecStatus.CANCELLED || result.status() == ExecStatus.PENDING) {
            return List.of();
        }
        ActionRequest req = result.request();
        String rsc = req.resourceId();
        String task = req.action();
        int rc = result.rc();
        ExecStatus status = result.status();
        String exitReason = "";
        if ("reload".equals(task) || "reload-agent".equals(task)) {
            task = status == ExecStatus.DONE ? "start" : "monitor";
        }
        String key = rsc + "_" + task + "_" + req.intervalMs();
        List<String> ids = new ArrayList<>();
        if ("notify".equals(task)) {
            Map<String, String> meta = req.meta();
            ids.add(rsc + "_" + meta.getOrDefault("notify_type", "unknown") + "_notify_"
                    + meta.getOrDefault("notify_operation", "unknown") + "_0");
            rc = OcfExitCode.OK;
            status = ExecStatus.DONE;
        } else if ("migrate_to".equals(req.action()) || "migrate_from".equals(req.action())) {
            ids.add(key);
        } else if (result.failed()) {
            ids.add(rsc + "_last_failure_0");
            if (req.intervalMs() == 0) {
                ids.add(rsc + "_last_0");
            }
            exitReason = result.exitReason();
        } else if (req.intervalMs() > 0) {
            ids.add(key);
        } else {
            ids.add(rsc + "_last_0");
        }
        String transitionKey = req.transitionKey() != null ? req.transitionKey()
                : result.callId() + ":-1:" + req.targetRc() + ":" + FAKE_TE_ID;
        String magic = status.code() + ":" + rc + ";" + transitionKey;
        long lastRun = result.lastRun() == null ? 0 : result.lastRun().getEpochSecond();
        long rcChange = req.intervalMs() > 0 && result.lastRcChange() != null
                ? result.lastRcChange().getEpochSecond() : lastRun;

        Map<String, String> opParams = req.operationParameters();
        String digest = ParamDigests.opDigest(opParams);
        Optional<OpDigests.ListDigest> restart = Optional.empty();
        Optional<OpDigests.ListDigest> secure = Optional.empty();
        if (needsMetadata(req) && metadata.isPresent()) {
            restart = OpDigests.restartDigest(opParams, req.intervalMs(), metadata.get());
            secure = OpDigests.secureDigest(opParams, metadata.get());
        }
        List<OperationRecord> out = new ArrayList<>();
        for (String id : ids) {
            out.add(new OperationRecord(id, key, task, ORIGIN, FEATURE_SET, transitionKey, magic, exitReason, node,
                    result.callId(), rc, status.code(), req.intervalMs(), lastRun, rcChange,
                    result.execTime() == null ? 0 : result.execTime().toMillis(),
                    result.queueTime() == null ? 0 : result.queueTime().toMillis(),
                    digest, restart.map(OpDigests.ListDigest::list).orElse(null),
                    restart.map(OpDigests.ListDigest::digest).orElse(null),
                    secure.map(OpDigests.ListDigest::list).orElse(null),
                    secure.map(OpDigests.ListDigest::digest).orElse(null)));
        }
        return List.copyOf(out);
    }
}

package org.zcrm.executor;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.zcrm.executor.agent.ExecStatus;
import org.zcrm.executor.agent.OcfExitCode;

/**
 * The outcome of one run of an action, in Pacemaker's terms: an OCF rc, an execution status, an
 * exit reason, and timing. Output is kept (capped) for logs and operators.
 *
 * @param request      what was asked
 * @param callId       the executor's call id (increasing; a recurring monitor keeps its first one)
 * @param rc           OCF exit code (LSB codes already mapped)
 * @param status       execution status ({@code op-status})
 * @param exitReason   the agent's last {@code ocf-exit-reason:} line, or the executor's reason, or ""
 * @param stdout       captured standard output (capped)
 * @param stderr       captured standard error (capped)
 * @param lastRun      when this run started
 * @param lastRcChange when the rc last changed (for recurring monitors; else the run's start)
 * @param execTime     how long the agent ran
 * @param queueTime    how long the action waited for its resource and a free slot
 */
public record ActionResult(ActionRequest request, int callId, int rc, ExecStatus status, String exitReason,
                           String stdout, String stderr, Instant lastRun, Instant lastRcChange,
                           Duration execTime, Duration queueTime) {

    public ActionResult {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(status, "status");
        exitReason = exitReason == null ? "" : exitReason;
        stdout = stdout == null ? "" : stdout;
        stderr = stderr == null ? "" : stderr;
    }

    /** Pacemaker's did_rsc_op_fail: a bad execution status, or a completed action with an unexpected rc. */
    public boolean failed() {
        return switch (status) {
            case CANCELLED, PENDING -> false;
            case NOT_SUPPORTED, TIMEOUT, ERROR, NOT_CONNECTED, NO_FENCE_DEVICE, NO_SECRETS, INVALID -> true;
            default -> rc != request.targetRc();
        };
    }

    public String rcName() {
        return OcfExitCode.name(rc);
    }

    /** A copy with another status and rc (used when a finished run turns out to have been cancelled). */
    public ActionResult withOutcome(int newRc, ExecStatus newStatus, String reason) {
        return new ActionResult(request, callId, newRc, newStatus, reason, stdout, stderr, lastRun, lastRcChange,
                execTime, queueTime);
    }

    public ActionResult withLastRcChange(Instant when) {
        return new ActionResult(request, callId, rc, status, exitReason, stdout, stderr, lastRun, when,
                execTime, queueTime);
    }

    @Override
    public String toString() {
        return request.operationKey() + " call=" + callId + " rc=" + rc + " (" + rcName() + ") status="
                + status.text() + (exitReason.isEmpty() ? "" : " reason='" + exitReason + "'");
    }
}

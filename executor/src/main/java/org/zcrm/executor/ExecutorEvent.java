package org.zcrm.executor;

import java.util.List;
import java.util.Optional;

import org.zcrm.executor.history.FailCounts;
import org.zcrm.executor.history.OperationRecord;

/**
 * A result the executor reports: the result itself, the operation-history records to store for it
 * (none for a cancelled recurring action: its record is to be removed), and the fail-count change
 * it caused, if any.
 */
public record ExecutorEvent(ActionResult result, List<OperationRecord> records,
                            Optional<FailCounts.Update> failCountUpdate) {

    public ExecutorEvent {
        records = List.copyOf(records);
    }

    /** True for the notice that a recurring action was cancelled (its history key should go). */
    public boolean cancelled() {
        return result.status() == org.zcrm.executor.agent.ExecStatus.CANCELLED;
    }
}

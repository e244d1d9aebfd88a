package org.zcrm.fence.agent;

import java.time.Duration;

/**
 * The result of an agent call (after any retries): {@code exitCode} is the last attempt's, -1 when
 * there was none. Fence-agents exit codes: 0 success; 1 error; for {@code status} 0 means on and 2
 * off. {@code reason} is a short text for failures (the agent's last stderr line, or what went
 * wrong), null on success.
 */
public record AgentResult(String agent, String action, AgentStatus status, int exitCode, String stdout,
                          String stderr, int tries, Duration elapsed, String reason) {

    public boolean succeeded() {
        return status == AgentStatus.DONE && exitCode == 0;
    }
}

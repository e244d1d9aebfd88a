package org.zcrm.fence.agent;

/** How an agent call ended, before looking at its exit code. */
public enum AgentStatus {
    /** The agent ran and exited by itself; its exit code says the rest. */
    DONE,
    /** The agent did not finish within its timeout and was killed with its process group. */
    TIMEOUT,
    /** No such agent in the search path. */
    NOT_INSTALLED,
    /** The agent could not be run, or was killed by a signal. */
    ERROR
}

package org.zcrm.executor;

/**
 * Receives every reported result. Called from executor threads, possibly concurrently; the results
 * of one resource's actions arrive in the order the actions ran (a cancel notice may come from the
 * thread that cancelled). Must not block for long: the resource's next action waits for it.
 */
@FunctionalInterface
public interface ExecutorListener {

    void onEvent(ExecutorEvent event);
}

package org.zcrm.executor;

/**
 * Receives every reported result. Called from the executor's worker threads, one call at a time
 * per resource and in the order of the resource's actions; must not block for long.
 */
@FunctionalInterface
public interface ExecutorListener {

    void onEvent(ExecutorEvent event);
}

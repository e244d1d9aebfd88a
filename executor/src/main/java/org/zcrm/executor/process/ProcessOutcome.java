package org.zcrm.executor.process;

import java.time.Duration;

/**
 * How a process ended. {@code exitCode} is -1 when there is none (not spawned, or killed after a
 * timeout); {@code failure} is null for a process that ran and exited by itself, else a short text
 * such as "could not spawn: ..." or "killed by signal 9". Output is cut at the runner's cap;
 * {@code stdoutTruncated}/{@code stderrTruncated} say whether bytes were dropped.
 */
public record ProcessOutcome(int exitCode, boolean timedOut, String stdout, String stderr,
                             Duration elapsed, String failure,
                             boolean stdoutTruncated, boolean stderrTruncated) {

    public ProcessOutcome(int exitCode, boolean timedOut, String stdout, String stderr,
                          Duration elapsed, String failure) {
        this(exitCode, timedOut, stdout, stderr, elapsed, failure, false, false);
    }

    /** True when the process ran, exited by itself and returned 0. */
    public boolean succeeded() {
        return !timedOut && failure == null && exitCode == 0;
    }
}

package org.zcrm.executor.process;

import java.time.Duration;

/** TEMPORARY copy of the executor's API so the fencer compiles before branch executor lands. */
public record ProcessOutcome(int exitCode, boolean timedOut, String stdout, String stderr,
                             Duration elapsed, String failure) {
}

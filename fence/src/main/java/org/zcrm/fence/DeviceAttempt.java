package org.zcrm.fence;

import java.time.Duration;

/**
 * One device used (or considered and skipped) for a request. {@code level} is the topology index,
 * 0 without topology. {@code action} is what the fencer asked of the device ("off" for a remapped
 * reboot), {@code agentAction} what the agent was told after pcmk_ACTION_action. {@code ignored}
 * marks a failed "on" after a successful "off" in a remapped reboot, which does not fail the
 * request.
 */
public record DeviceAttempt(String device, String agent, int level, String action, String agentAction,
                            Outcome outcome, int exitCode, int tries, Duration delay, Duration elapsed,
                            String reason, boolean ignored) {

    /** Durations are kept to the millisecond, as stored in history. */
    public DeviceAttempt {
        delay = delay.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        elapsed = elapsed.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** What happened with the device. */
    public enum Outcome {
        SUCCEEDED, FAILED, TIMED_OUT, NOT_RUN
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }

    /** A device that was not run (unknown, or unable to fence the target). */
    static DeviceAttempt notRun(String device, String agent, int level, String action, String reason) {
        return new DeviceAttempt(device, agent, level, action, action, Outcome.NOT_RUN, -1, 0, Duration.ZERO,
                Duration.ZERO, reason, false);
    }

    /** "dev1 (level 2, off): exit code 1: no power" for reasons and logs. */
    public String summary() {
        String where = level > 0 ? "level " + level + ", " + action : action;
        String what = succeeded() ? "ok" : reason;
        return device + " (" + where + "): " + what;
    }
}

package org.zcrm.fence.agent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.executor.process.ProcessOutcome;
import org.zcrm.executor.process.ProcessRunner;
import org.zcrm.executor.process.ProcessSpec;

/**
 * Runs fence agents with the fence-agents API: no arguments, {@code key=value} lines on stdin,
 * exit code as the result. A failed attempt is retried, after a pause, while attempts remain and
 * at least 30% of the timeout is left, with only the remaining time as its timeout; a timed-out
 * attempt is never retried (Pacemaker's rules).
 */
public final class FenceAgentRunner {

    private static final Logger LOG = LogManager.getLogger();
    private static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private final AgentLocator locator;
    private final ProcessRunner runner;
    private final Duration retryPause;

    public FenceAgentRunner(AgentLocator locator, ProcessRunner runner, Duration retryPause) {
        this.locator = locator;
        this.runner = runner;
        this.retryPause = retryPause;
    }

    public AgentLocator locator() {
        return locator;
    }

    /** Runs the call to its end (blocking the calling thread). */
    public AgentResult call(AgentCall call) {
        Optional<Path> exe = locator.find(call.agent());
        if (exe.isEmpty()) {
            String reason = AgentLocator.isValidName(call.agent())
                    ? "fence agent " + call.agent() + " not found in " + locator.describe()
                    : "'" + call.agent() + "' is not a fence agent name (fence_...)";
            LOG.error("Fence agent not found agent={} action={} path={}", call.agent(), call.action(),
                    locator.describe());
            return new AgentResult(call.agent(), call.action(), AgentStatus.NOT_INSTALLED, -1, "", "", 0,
                    Duration.ZERO, reason);
        }
        long start = System.nanoTime();
        Duration remaining = call.timeout();
        int tries = 0;
        while (true) {
            tries++;
            ProcessSpec spec = new ProcessSpec(List.of(exe.get().toString()), environment(), call.stdin(),
                    remaining, null);
            ProcessOutcome outcome = runner.run(spec);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            AgentResult result = toResult(call, outcome, tries, elapsed);
            LOG.debug("Fence agent finished agent={} action={} try={} status={} rc={} elapsed_ms={}",
                    call.agent(), call.action(), tries, result.status(), result.exitCode(), elapsed.toMillis());
            if (result.succeeded() || tries >= call.maxTries() || result.status() == AgentStatus.TIMEOUT) {
                return result;
            }
            if (elapsed.toMillis() >= call.timeout().toMillis() * 7 / 10) {
                LOG.info("Not retrying fence agent, less than 30% of its timeout is left agent={} action={} tries={}",
                        call.agent(), call.action(), tries);
                return result;
            }
            remaining = call.timeout().minus(elapsed);
            LOG.info("Retrying fence agent agent={} action={} try={} remaining_ms={} reason={}",
                    call.agent(), call.action(), tries + 1, remaining.toMillis(), result.reason());
            try {
                Thread.sleep(retryPause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return result;
            }
        }
    }

    private static Map<String, String> environment() {
        String path = System.getenv("PATH");
        return Map.of("PATH", path == null || path.isEmpty() ? DEFAULT_PATH : path, "LC_ALL", "C");
    }

    private static AgentResult toResult(AgentCall call, ProcessOutcome o, int tries, Duration elapsed) {
        String stdout = o.stdout() == null ? "" : o.stdout();
        String stderr = o.stderr() == null ? "" : o.stderr();
        if (o.timedOut()) {
            return new AgentResult(call.agent(), call.action(), AgentStatus.TIMEOUT, -1, stdout, stderr, tries,
                    elapsed, "timed out after " + formatMs(o.elapsed()));
        }
        if (o.exitCode() < 0 || o.failure() != null) {
            String why = o.failure() != null ? o.failure() : "no exit code";
            return new AgentResult(call.agent(), call.action(), AgentStatus.ERROR, o.exitCode(), stdout, stderr,
                    tries, elapsed, why);
        }
        String reason = null;
        if (o.exitCode() != 0) {
            String last = lastLine(stderr);
            reason = "exit code " + o.exitCode() + (last.isEmpty() ? "" : ": " + last);
        }
        return new AgentResult(call.agent(), call.action(), AgentStatus.DONE, o.exitCode(), stdout, stderr, tries,
                elapsed, reason);
    }

    private static String formatMs(Duration d) {
        return d == null ? "?" : d.toMillis() + "ms";
    }

    /** The last non-blank line of an output, at most 200 characters. */
    static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        String last = lines.length == 0 ? "" : lines[lines.length - 1].strip();
        return last.length() > 200 ? last.substring(0, 200) + "..." : last;
    }
}

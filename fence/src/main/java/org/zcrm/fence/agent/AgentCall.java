package org.zcrm.fence.agent;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One call of a fence agent: the {@code key=value} arguments written to its stdin (including
 * {@code action}), the timeout that bounds all attempts together, and the most attempts.
 */
public record AgentCall(String agent, Map<String, String> arguments, Duration timeout, int maxTries) {

    public AgentCall {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(timeout, "timeout");
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
        if (!arguments.containsKey("action")) {
            throw new IllegalArgumentException("agent call needs an action argument");
        }
        maxTries = Math.max(1, maxTries);
    }

    /** The action sent to the agent. */
    public String action() {
        return arguments.get("action");
    }

    /** The stdin text: one {@code key=value} line per argument; newlines in values become spaces. */
    public String stdin() {
        StringBuilder sb = new StringBuilder();
        arguments.forEach((k, v) -> sb.append(k).append('=')
                .append(v == null ? "" : v.replace('\n', ' ').replace('\r', ' ')).append('\n'));
        return sb.toString();
    }
}

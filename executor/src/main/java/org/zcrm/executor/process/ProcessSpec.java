package org.zcrm.executor.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What to run: the command (program and arguments, no shell), the complete environment (the runner
 * adds only a PATH when none is given), optional text for stdin, a timeout after which the whole
 * process group is killed, and an optional working directory.
 */
public record ProcessSpec(List<String> command, Map<String, String> environment, String stdin,
                          Duration timeout, Path workingDir) {

    public ProcessSpec {
        Objects.requireNonNull(command, "command");
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command must name a program");
        }
        command = List.copyOf(command);
        environment = environment == null ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(environment));
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }

    /** A spec with an empty environment, no stdin and the current working directory. */
    public static ProcessSpec of(Duration timeout, String... command) {
        return new ProcessSpec(List.of(command), Map.of(), null, timeout, null);
    }
}

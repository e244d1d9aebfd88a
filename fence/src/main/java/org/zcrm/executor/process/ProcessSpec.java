package org.zcrm.executor.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** TEMPORARY copy of the executor's API so the fencer compiles before branch executor lands. */
public record ProcessSpec(List<String> command, Map<String, String> environment, String stdin,
                          Duration timeout, Path workingDir) {
    public ProcessSpec {
        command = List.copyOf(command);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }
}

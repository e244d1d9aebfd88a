package org.zcrm.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zcrm.executor.agent.AgentId;

/** Measures the executor's cost per agent call (fork/exec to result) on an agent that does nothing. */
class OverheadIT {

    @Test
    void noOpAgentCallOverhead(@TempDir Path tmp) throws Exception {
        Path agent = tmp.resolve("ocf/test/Noop");
        Files.createDirectories(agent.getParent());
        Files.writeString(agent, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(agent, PosixFilePermissions.fromString("rwxr-xr-x"));
        ExecutorConfig config = ExecutorConfig.withAgentsDir("node1", null)
                .withSearchPath(List.of(tmp.resolve("ocf")), List.of());
        try (Executor executor = new Executor(config, e -> { })) {
            ActionRequest req = ActionRequest.of("noop", AgentId.ocf("test", "Noop"), "monitor",
                    Duration.ofSeconds(5), Map.of("a", "1"));
            for (int i = 0; i < 10; i++) {
                executor.execute(req);      // warm up
            }
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                long t0 = System.nanoTime();
                ActionResult r = executor.execute(req);
                micros.add((System.nanoTime() - t0) / 1000);
                assertEquals(0, r.rc());
            }
            Collections.sort(micros);
            long median = micros.get(50);
            long p90 = micros.get(90);
            System.out.printf("executor overhead per no-op agent call: median=%.1fms p90=%.1fms min=%.1fms%n",
                    median / 1000.0, p90 / 1000.0, micros.get(0) / 1000.0);
            assertTrue(median < 500_000, "a no-op call took " + median + "us at the median");
        }
    }
}

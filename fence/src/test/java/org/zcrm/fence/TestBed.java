package org.zcrm.fence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.zcrm.executor.process.ProcessRunner;
import org.zcrm.fence.agent.AgentLocator;
import org.zcrm.fence.device.FenceDevice;
import org.zcrm.fence.topology.FencingLevel;

/** Real agents, real processes: zcrm's agents/fence folder plus a scratch folder for extra agents. */
final class TestBed implements AutoCloseable {

    static final Path AGENTS = Path.of("..", "agents", "fence").toAbsolutePath().normalize();

    final Path dir;
    final Path extraAgents;
    final MutableClock clock = new MutableClock();
    final ProcessRunner runner = new ProcessRunner();
    final FenceHistory history = new FenceHistory();
    private final List<Fencer> fencers = new ArrayList<>();

    TestBed(Path dir) throws IOException {
        assertTrue(Files.isExecutable(AGENTS.resolve("fence_zcrm_dummy")), "agents folder not found at " + AGENTS);
        this.dir = dir;
        this.extraAgents = Files.createDirectories(dir.resolve("agents"));
    }

    FencerOptions options(long seed) {
        return new FencerOptions("node0", new AgentLocator(List.of(extraAgents, AGENTS)), Duration.ofMillis(50),
                Duration.ofSeconds(60), Duration.ofSeconds(10), new Random(seed), clock);
    }

    Fencer fencer(FencingConfig config) {
        return fencer(config, 1);
    }

    Fencer fencer(FencingConfig config, long seed) {
        Fencer f = new Fencer(config, options(seed), runner, history);
        fencers.add(f);
        return f;
    }

    static FencingConfig config(List<FenceDevice> devices, FencingLevel... levels) {
        return FencingConfig.of(devices, List.of(levels));
    }

    Path log(String name) {
        return dir.resolve(name + ".log");
    }

    /** A fence_zcrm_dummy device logging to its own file (unless the parameters give one). */
    FenceDevice dummy(String id, String... kv) {
        return device(id, "fence_zcrm_dummy", kv);
    }

    FenceDevice device(String id, String agent, String... kv) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("log_file", log(id).toString());
        for (int i = 0; i < kv.length; i += 2) {
            p.put(kv[i], kv[i + 1]);
        }
        return new FenceDevice(id, agent, p);
    }

    /** Links an agent of agents/fence into the scratch folder under another name. */
    void linkAgent(String name, String target) throws IOException {
        Files.createSymbolicLink(extraAgents.resolve(name), AGENTS.resolve(target));
    }

    /** The calls an agent logged: one map per call, keys as received (plus "time" in ms, "called", "pid"). */
    List<Map<String, String>> calls(String logName) throws IOException {
        Path f = log(logName);
        List<Map<String, String>> out = new ArrayList<>();
        if (!Files.exists(f)) {
            return out;
        }
        for (String line : Files.readAllLines(f)) {
            Map<String, String> m = new LinkedHashMap<>();
            String[] fields = line.split("\t");
            m.put("time", fields[0]);
            for (int i = 1; i < fields.length; i++) {
                int eq = fields[i].indexOf('=');
                m.put(fields[i].substring(0, eq), fields[i].substring(eq + 1));
            }
            out.add(m);
        }
        return out;
    }

    /** The actions an agent was called for, in order. */
    List<String> actions(String logName) throws IOException {
        return calls(logName).stream().map(m -> m.get("called")).toList();
    }

    @Override
    public void close() {
        fencers.forEach(Fencer::close);
        runner.close();
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

package org.zcrm.fence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.executor.process.ProcessRunner;
import org.zcrm.fence.agent.AgentMetadata;
import org.zcrm.fence.agent.AgentResult;
import org.zcrm.fence.agent.FenceAgentRunner;
import org.zcrm.fence.device.FenceDevice;
import org.zcrm.fence.topology.FencingLevel;
import org.zcrm.fence.topology.FencingTopology;

/**
 * The fencer of one node (Pacemaker's STONITHd): holds the fence devices and topology from the CIB
 * and carries out fencing requests with the fence agents.
 *
 * <p>With fencing levels for the target, levels run in ascending index; every device of a level
 * must succeed, the first failure ends the level and the next level is tried; a device that is not
 * configured or cannot fence the target fails its level. A reboot with a level of several devices
 * turns them all off, then all on again (Pacemaker's remapped reboot; failures of "on" are
 * ignored, devices with pcmk_reboot_action=off or without "on" are not turned on). Without levels,
 * every device able to fence the target is tried in configuration order until one succeeds. A
 * device whose agent has no "reboot" is asked for "off" instead.
 */
public final class Fencer implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger();

    private final FencerOptions options;
    private final FenceHistory history;
    private final DeviceActions actions;
    private final CapabilityChecker checker;
    private final ExecutorService pool;
    private final Map<String, CompletableFuture<FenceResult>> inFlight = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile State state;

    private record State(FencingConfig config, Map<String, RegisteredDevice> devices, FencingTopology topology) {
    }

    public Fencer(FencingConfig config, FencerOptions options, ProcessRunner runner, FenceHistory history) {
        this.options = options;
        this.history = history;
        this.actions = new DeviceActions(new FenceAgentRunner(options.locator(), runner, options.retryPause()),
                options);
        this.checker = new CapabilityChecker(actions, options);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fencer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.state = build(config, Map.of());
    }

    public FenceHistory history() {
        return history;
    }

    public FencingConfig config() {
        return state.config();
    }

    /**
     * Replaces the configuration (after a CIB change). Devices whose agent and parameters did not
     * change keep their metadata and target-list cache.
     */
    public void reconfigure(FencingConfig config) {
        state = build(config, state.devices());
        LOG.info("Fencer reconfigured devices={} levels={}", config.devices().size(), config.levels().size());
    }

    private static State build(FencingConfig config, Map<String, RegisteredDevice> previous) {
        Map<String, RegisteredDevice> devices = new LinkedHashMap<>();
        for (FenceDevice d : config.devices()) {
            RegisteredDevice old = previous.get(d.id());
            devices.put(d.id(), old != null && old.device.equals(d) ? old : new RegisteredDevice(d));
        }
        return new State(config, devices, new FencingTopology(config.levels()));
    }

    /** Reads every device's agent metadata now rather than on first use; returns those that failed. */
    public List<String> loadMetadata() {
        List<String> failed = new ArrayList<>();
        for (RegisteredDevice d : state.devices().values()) {
            if (actions.metadata(d).isEmpty()) {
                failed.add(d.id());
            }
        }
        return failed;
    }

    /** The metadata of an agent (run now, not cached). */
    public Optional<AgentMetadata> agentMetadata(String agent) {
        return actions.readMetadata(agent);
    }

    /**
     * Whether a device can fence a target for an action, by its host check; runs list or status
     * when that is the check. Empty reason when capable.
     */
    public Optional<String> whyCannotFence(String deviceId, String target, FenceAction action) {
        State s = state;
        RegisteredDevice dev = s.devices().get(deviceId);
        if (dev == null) {
            return Optional.of("device " + deviceId + " is not configured");
        }
        CapabilityChecker.Capability c = checker.check(dev, target, action.agentName(), s.config().fencingTimeout());
        return c.capable() ? Optional.empty() : Optional.of(c.reason());
    }

    /** The devices able to fence the target, in configuration order. */
    public List<String> capableDevices(String target, FenceAction action) {
        State s = state;
        List<String> out = new ArrayList<>();
        for (RegisteredDevice d : s.devices().values()) {
            if (checker.check(d, target, action.agentName(), s.config().fencingTimeout()).capable()) {
                out.add(d.id());
            }
        }
        return out;
    }

    /** Runs a non-fencing action of a device ("monitor", "list", "status" with a target). */
    public AgentResult deviceAction(String deviceId, String action, String target) {
        State s = state;
        RegisteredDevice dev = s.devices().get(deviceId);
        if (dev == null) {
            throw new IllegalArgumentException("fence device " + deviceId + " is not configured");
        }
        return actions.query(dev, action, target, s.config().fencingTimeout());
    }

    /**
     * Fences in the background; the future completes with the result (never exceptionally for
     * fencing failures). A request for a target and action already in progress is merged into it,
     * as Pacemaker merges duplicates: both callers get the same result.
     */
    public CompletableFuture<FenceResult> fenceAsync(FenceRequest request) {
        String key = request.target().toLowerCase(java.util.Locale.ROOT) + " " + request.action().agentName();
        CompletableFuture<FenceResult> mine = new CompletableFuture<>();
        CompletableFuture<FenceResult> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            LOG.info("Merging fencing request into the one in progress target={} action={} client={}",
                    request.target(), request.action().agentName(), request.client());
            return running;
        }
        try {
            pool.execute(() -> {
                try {
                    FenceResult result = execute(request);
                    inFlight.remove(key, mine);
                    mine.complete(result);
                } catch (RuntimeException e) {
                    inFlight.remove(key, mine);
                    LOG.error("Fencing crashed target={} action={}", request.target(), request.action().agentName(), e);
                    mine.completeExceptionally(e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            inFlight.remove(key, mine);
            mine.completeExceptionally(new IllegalStateException("the fencer is closed", e));
        }
        return mine;
    }

    /** Fences now, blocking until the request succeeded or every option failed (merged like {@link #fenceAsync}). */
    public FenceResult fence(FenceRequest request) {
        return fenceAsync(request).join();
    }

    private FenceResult execute(FenceRequest request) {
        State s = state;
        Instant now = options.clock().instant();
        FenceResult pending = new FenceResult(UUID.randomUUID().toString(), request.target(), request.action(),
                request.client(), request.origin(), options.localNode(), FenceState.PENDING, List.of(), null, now,
                null);
        history.record(pending);
        LOG.info("Fencing requested id={} target={} action={} client={} origin={}", pending.id(), request.target(),
                request.action().agentName(), request.client(), request.origin());
        Duration timeout = request.timeout() != null ? request.timeout() : s.config().fencingTimeout();
        String reason;
        List<FencingLevel> levels = s.topology().levelsFor(request.target(), s.config().attributesOf(request.target()));
        FenceLevelRun run = new FenceLevelRun(s.devices(), actions, checker, request, timeout);
        if (!levels.isEmpty()) {
            reason = run.runTopology(levels);
        } else {
            reason = run.runDevices();
        }
        FenceState end = reason == null ? FenceState.SUCCESS : FenceState.FAILED;
        FenceResult done = pending.completed(end, run.attempts(), reason, options.clock().instant());
        history.record(done);
        if (done.succeeded()) {
            LOG.info("Fencing succeeded id={} target={} action={} devices={}", done.id(), done.target(),
                    done.action().agentName(), done.devicesTried());
        } else {
            LOG.error("Fencing failed id={} target={} action={} reason={}", done.id(), done.target(),
                    done.action().agentName(), reason);
        }
        return done;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

package org.zcrm.executor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.executor.agent.AgentMetadata;
import org.zcrm.executor.agent.ExecStatus;
import org.zcrm.executor.agent.OcfExitCode;
import org.zcrm.executor.history.FailCounts;
import org.zcrm.executor.history.OperationHistory;
import org.zcrm.executor.history.OperationRecord;
import org.zcrm.executor.process.ProcessRunner;

/**
 * A node's executor, Pacemaker's execd: runs resource agent actions with these rules.
 *
 * <ul>
 *   <li>One action at a time per resource, in the order submitted (recurring monitor runs queue
 *       behind the resource's other actions like any action).</li>
 *   <li>At most {@link ExecutorConfig#maxConcurrent()} actions run at once on the node; the rest
 *       wait in submission order.</li>
 *   <li>A monitor with an interval recurs: each run is queued again one interval after the previous
 *       one finished. Its first result is always reported, later ones only when rc or status change
 *       (Pacemaker's notify-on-change); {@link #lastResult} always has the latest.</li>
 *   <li>Submitting a stop cancels the resource's recurring actions first; {@link #cancel} cancels one.
 *       A cancel is reported as a result with status Cancelled.</li>
 *   <li>Every reported result becomes operation-history records and may change fail counts; both
 *       go to the listener with the result.</li>
 * </ul>
 */
public final class Executor implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger();

    private final ExecutorConfig config;
    private final ExecutorListener listener;
    private final ProcessRunner runner;
    private final boolean ownsRunner;
    private final AgentInvoker invoker;
    private final FailCounts failCounts = new FailCounts();
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final AtomicInteger callIds = new AtomicInteger();

    // all below guarded by "this"
    private final LinkedList<Queued> queue = new LinkedList<>();
    private final Set<String> busy = new HashSet<>();
    private final Map<String, Recurring> recurring = new TreeMap<>();
    private final Map<String, ActionResult> lastResults = new TreeMap<>();
    private int running;
    private boolean closed;

    public Executor(ExecutorConfig config, ExecutorListener listener) {
        this(config, listener, new ProcessRunner(), true);
    }

    /** An executor on a shared runner (which {@link #close} leaves open). */
    public Executor(ExecutorConfig config, ExecutorListener listener, ProcessRunner runner) {
        this(config, listener, runner, false);
    }

    private Executor(ExecutorConfig config, ExecutorListener listener, ProcessRunner runner, boolean ownsRunner) {
        this.config = config;
        this.listener = listener;
        this.runner = runner;
        this.ownsRunner = ownsRunner;
        this.invoker = new AgentInvoker(config, runner);
        this.workers = Executors.newCachedThreadPool(r -> daemon(r, "zcrm-executor"));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "zcrm-executor-timer"));
    }

    /** An action waiting for its turn. */
    private static final class Queued {
        final ActionRequest request;
        final int callId;
        final long queuedNanos = System.nanoTime();
        final Recurring recurring;
        final CompletableFuture<ActionResult> future;

        Queued(ActionRequest request, int callId, Recurring recurring, CompletableFuture<ActionResult> future) {
            this.request = request;
            this.callId = callId;
            this.recurring = recurring;
            this.future = future;
        }
    }

    /** A recurring action between and during its runs. */
    private static final class Recurring {
        ActionRequest request;
        int callId;
        boolean cancelled;
        boolean inFlight;
        boolean reported;
        int lastRc;
        ExecStatus lastStatus;
        Instant lastRcChange;
        ScheduledFuture<?> next;
        CompletableFuture<ActionResult> firstResult;
    }

    /**
     * Queues an action. The future completes with its result (for a recurring action, its first
     * run's), or exceptionally only if the executor is closed.
     */
    public CompletableFuture<ActionResult> submit(ActionRequest request) {
        CompletableFuture<ActionResult> future = new CompletableFuture<>();
        List<ExecutorEvent> cancelEvents = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                future.completeExceptionally(new IllegalStateException("executor is closed"));
                return future;
            }
            if ("stop".equals(request.action())) {
                cancelEvents.addAll(cancelAllLocked(request.resourceId()));
            }
            int callId = callIds.incrementAndGet();
            Recurring rec = null;
            if (request.isRecurring()) {
                String key = request.operationKey();
                Recurring dup = recurring.get(key);
                if (dup != null && !dup.cancelled) {
                    // Pacemaker merges a duplicate recurring request: new call id, reported afresh, run now
                    LOG.warn("Duplicate recurring action merged operation={} callId={}", key, callId);
                    dup.request = request;
                    dup.callId = callId;
                    dup.reported = false;
                    CompletableFuture<ActionResult> earlier = dup.firstResult;
                    if (earlier != null && !earlier.isDone()) {
                        future.thenAccept(earlier::complete);
                    }
                    dup.firstResult = future;
                    if (!dup.inFlight && dup.next != null && dup.next.cancel(false)) {
                        queue.add(new Queued(request, callId, dup, null));
                    } else {
                        queue.replaceAll(q -> q.recurring == dup ? new Queued(request, callId, dup, null) : q);
                    }
                    dispatchLater();
                    return future;
                }
                rec = new Recurring();
                rec.request = request;
                rec.callId = callId;
                rec.firstResult = future;
                recurring.put(key, rec);
            }
            queue.add(new Queued(request, callId, rec, rec == null ? future : null));
            LOG.debug("Queued action operation={} callId={} queued={}", request.operationKey(), callId, queue.size());
        }
        cancelEvents.forEach(this::emit);
        dispatch();
        return future;
    }

    /** Runs an action and waits for its result (for a recurring action, the first run's). */
    public ActionResult execute(ActionRequest request) {
        return submit(request).join();
    }

    /**
     * Cancels a recurring action. Returns false when no such action is active. A run in progress
     * finishes but is reported as Cancelled.
     */
    public boolean cancel(String resourceId, String action, long intervalMs) {
        Optional<ExecutorEvent> event;
        synchronized (this) {
            Recurring rec = recurring.get(resourceId + "_" + action + "_" + intervalMs);
            if (rec == null || rec.cancelled) {
                return false;
            }
            event = cancelLocked(rec);
        }
        event.ifPresent(this::emit);
        dispatch();
        return true;
    }

    /** Cancels every recurring action of a resource; returns how many were active. */
    public int cancelAll(String resourceId) {
        List<ExecutorEvent> events;
        synchronized (this) {
            events = cancelAllLocked(resourceId);
        }
        events.forEach(this::emit);
        return events.size();
    }

    /** The latest result of an operation (also the unreported runs of a recurring monitor). */
    public synchronized Optional<ActionResult> lastResult(String resourceId, String action, long intervalMs) {
        return Optional.ofNullable(lastResults.get(resourceId + "_" + action + "_" + intervalMs));
    }

    /** Operation keys of the active recurring actions, sorted. */
    public synchronized List<String> recurringOperations() {
        List<String> out = new ArrayList<>();
        recurring.forEach((k, r) -> {
            if (!r.cancelled) {
                out.add(k);
            }
        });
        return out;
    }

    /** Actions running now. */
    public synchronized int running() {
        return running;
    }

    public FailCounts failCounts() {
        return failCounts;
    }

    public AgentInvoker invoker() {
        return invoker;
    }

    public ExecutorConfig config() {
        return config;
    }

    /**
     * Cancels all recurring actions and stops taking work. Running agents are left to finish or
     * time out (their results still reach the listener); an executor-owned runner is closed after
     * them.
     */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            recurring.values().forEach(r -> {
                r.cancelled = true;
                if (r.next != null) {
                    r.next.cancel(false);
                }
            });
            queue.clear();
        }
        timer.shutdownNow();
        // workers stay: in-flight actions still finish through them; idle threads expire by themselves
        if (ownsRunner) {
            workers.execute(this::closeRunnerWhenIdle);
        }
    }

    private void closeRunnerWhenIdle() {
        try {
            while (running() > 0) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        runner.close();
    }

    private List<ExecutorEvent> cancelAllLocked(String resourceId) {
        List<ExecutorEvent> events = new ArrayList<>();
        for (Recurring rec : new ArrayList<>(recurring.values())) {
            if (rec.request.resourceId().equals(resourceId) && !rec.cancelled) {
                cancelLocked(rec).ifPresent(events::add);
            }
        }
        return events;
    }

    /** Marks cancelled; the event now when idle, or later from the finishing run. */
    private Optional<ExecutorEvent> cancelLocked(Recurring rec) {
        rec.cancelled = true;
        if (rec.next != null) {
            rec.next.cancel(false);
        }
        boolean wasQueued = queue.removeIf(q -> q.recurring == rec);
        LOG.info("Cancelled recurring action operation={} callId={} inFlight={}", rec.request.operationKey(),
                rec.callId, rec.inFlight);
        if (rec.inFlight) {
            return Optional.empty();
        }
        recurring.remove(rec.request.operationKey(), rec);
        Instant now = config.clock().instant();
        ActionResult result = new ActionResult(rec.request, rec.callId, OcfExitCode.OK, ExecStatus.CANCELLED, "",
                "", "", now, now, Duration.ZERO, Duration.ZERO);
        if (wasQueued && !rec.reported && rec.firstResult != null) {
            // not under our lock: the caller's continuations run on a worker
            CompletableFuture<ActionResult> first = rec.firstResult;
            workers.execute(() -> first.complete(result));
        }
        return Optional.of(new ExecutorEvent(result, List.of(), Optional.empty()));
    }

    private void dispatchLater() {
        workers.execute(this::dispatch);
    }

    /** Starts whatever may start: per queue order, one per resource, up to the node limit. */
    private void dispatch() {
        List<Queued> toStart = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                return;
            }
            Set<String> blocked = new HashSet<>();
            for (Iterator<Queued> it = queue.iterator(); it.hasNext() && running < config.maxConcurrent(); ) {
                Queued q = it.next();
                String rsc = q.request.resourceId();
                if (busy.contains(rsc) || blocked.contains(rsc)) {
                    blocked.add(rsc);
                    continue;
                }
                it.remove();
                busy.add(rsc);
                running++;
                if (q.recurring != null) {
                    q.recurring.inFlight = true;
                }
                toStart.add(q);
            }
        }
        for (Queued q : toStart) {
            Instant startedAt = config.clock().instant();
            long startNanos = System.nanoTime();
            LOG.debug("Running action operation={} callId={}", q.request.operationKey(), q.callId);
            invoker.run(q.request).thenAcceptAsync(o -> finish(q, o, startedAt, startNanos), workers)
                    .exceptionally(e -> {
                        LOG.error("Action bookkeeping failed operation={} error={}", q.request.operationKey(),
                                e.toString(), e);
                        release(q);
                        return null;
                    });
        }
    }

    private void finish(Queued q, AgentInvoker.Outcome o, Instant startedAt, long startNanos) {
        Duration exec = Duration.ofNanos(System.nanoTime() - startNanos);
        Duration waited = Duration.ofNanos(startNanos - q.queuedNanos);
        boolean report = true;
        CompletableFuture<ActionResult> firstResult = q.future;
        ActionResult result;
        synchronized (this) {
            Recurring rec = q.recurring;
            // a recurring action merged with a duplicate while running reports under the new call id
            ActionRequest request = rec != null ? rec.request : q.request;
            int callId = rec != null ? rec.callId : q.callId;
            result = new ActionResult(request, callId, o.rc(), o.status(), o.exitReason(), o.stdout(), o.stderr(),
                    startedAt, startedAt, exec, waited);
            if (rec != null) {
                rec.inFlight = false;
                if (rec.cancelled) {
                    recurring.remove(rec.request.operationKey(), rec);
                    result = result.withOutcome(OcfExitCode.OK, ExecStatus.CANCELLED, "");
                    if (!rec.reported) {
                        firstResult = rec.firstResult;
                    }
                } else {
                    if (!rec.reported || rec.lastRc != result.rc() || rec.lastRcChange == null) {
                        rec.lastRcChange = startedAt;
                    }
                    result = result.withLastRcChange(rec.lastRcChange);
                    report = !rec.reported || rec.lastRc != result.rc() || rec.lastStatus != result.status();
                    if (!rec.reported) {
                        firstResult = rec.firstResult;
                    }
                    rec.reported = true;
                    rec.lastRc = result.rc();
                    rec.lastStatus = result.status();
                    scheduleNext(rec);
                }
            }
            if (result.status() != ExecStatus.CANCELLED) {
                lastResults.put(q.request.operationKey(), result);
            }
        }
        // unchanged recurring results are routine: DEBUG, like Pacemaker's quiet monitors
        LOG.log(report ? org.apache.logging.log4j.Level.INFO : org.apache.logging.log4j.Level.DEBUG,
                "Action finished operation={} callId={} rc={} status={} execMs={} queueMs={} reported={}",
                q.request.operationKey(), result.callId(), result.rc(), result.status().text(), exec.toMillis(),
                waited.toMillis(), report);
        try {
            if (report) {
                emit(result);
            }
        } finally {
            release(q);
            if (firstResult != null) {
                firstResult.complete(result);
            }
        }
    }

    private void scheduleNext(Recurring rec) {
        if (closed) {
            return;
        }
        rec.next = timer.schedule(() -> {
            synchronized (Executor.this) {
                if (rec.cancelled || closed) {
                    return;
                }
                queue.add(new Queued(rec.request, rec.callId, rec, null));
            }
            dispatch();
        }, rec.request.intervalMs(), TimeUnit.MILLISECONDS);
    }

    private void release(Queued q) {
        synchronized (this) {
            busy.remove(q.request.resourceId());
            running--;
        }
        dispatch();
    }

    private void emit(ActionResult result) {
        emit(toEvent(result));
    }

    private ExecutorEvent toEvent(ActionResult result) {
        Optional<AgentMetadata> md = OperationHistory.needsMetadata(result.request())
                && result.status() != ExecStatus.CANCELLED
                ? invoker.metadata(result.request().agent()) : Optional.empty();
        List<OperationRecord> records = OperationHistory.records(result, config.nodeName(), md);
        Optional<FailCounts.Update> update = failCounts.record(result, config.startFailureIsFatal(),
                config.clock().instant().getEpochSecond());
        return new ExecutorEvent(result, records, update);
    }

    private void emit(ExecutorEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            LOG.error("Executor listener failed operation={} error={}", event.result().request().operationKey(),
                    e.toString(), e);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}

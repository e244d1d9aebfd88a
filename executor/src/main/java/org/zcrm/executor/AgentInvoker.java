package org.zcrm.executor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.executor.agent.AgentId;
import org.zcrm.executor.agent.AgentLocator;
import org.zcrm.executor.agent.AgentMetadata;
import org.zcrm.executor.agent.ExecStatus;
import org.zcrm.executor.agent.OcfExitCode;
import org.zcrm.executor.history.OperationHistory;
import org.zcrm.executor.process.ProcessOutcome;
import org.zcrm.executor.process.ProcessRunner;
import org.zcrm.executor.process.ProcessSpec;

/**
 * Runs one agent action the way Pacemaker's lib/services does: finds the agent, builds its
 * arguments and environment (OCF: the action as argv[1], parameters as OCF_RESKEY_*, the OCF_*
 * variables; LSB: "status" for monitor, no parameters), and turns the process outcome into an OCF
 * rc, an execution status and an exit reason.
 */
public final class AgentInvoker {

    private static final Logger LOG = LogManager.getLogger();

    /** The prefix of an exit-reason line on an OCF agent's stderr. */
    public static final String EXIT_REASON_PREFIX = "ocf-exit-reason:";
    /** Exit reasons longer than this are cut (Pacemaker limits them in the CIB too). */
    public static final int MAX_EXIT_REASON = 128;

    private final ExecutorConfig config;
    private final AgentLocator locator;
    private final ProcessRunner runner;
    private final Map<AgentId, AgentMetadata> metadataCache = new ConcurrentHashMap<>();

    public AgentInvoker(ExecutorConfig config, ProcessRunner runner) {
        this.config = config;
        this.locator = config.locator();
        this.runner = runner;
    }

    /** How one run went, before the executor adds call id and timing. */
    public record Outcome(int rc, ExecStatus status, String exitReason, String stdout, String stderr,
                          Duration elapsed) {
    }

    public AgentLocator locator() {
        return locator;
    }

    /** Starts the action; the future completes with its outcome and never exceptionally. */
    public CompletableFuture<Outcome> run(ActionRequest request) {
        AgentId agent = request.agent();
        if (!agent.isOcf() && !agent.isLsb()) {
            return CompletableFuture.completedFuture(new Outcome(OcfExitCode.UNIMPLEMENT_FEATURE,
                    ExecStatus.NOT_SUPPORTED, "resource class " + agent.standard() + " is not supported"
                    + " (ocf and lsb are)", "", "", Duration.ZERO));
        }
        Optional<Path> exec = locator.find(agent);
        if (exec.isEmpty()) {
            LOG.info("Agent not installed agent={} resource={} searched={}", agent, request.resourceId(),
                    locator.candidates(agent));
            return CompletableFuture.completedFuture(new Outcome(OcfExitCode.NOT_INSTALLED,
                    ExecStatus.NOT_INSTALLED, agent + " is not installed (looked in "
                    + dirsSearched(agent) + ")", "", "", Duration.ZERO));
        }
        if (!Files.isExecutable(exec.get())) {
            return CompletableFuture.completedFuture(new Outcome(OcfExitCode.INSUFFICIENT_PRIV,
                    ExecStatus.ERROR, exec.get() + ": not executable", "", "", Duration.ZERO));
        }
        ProcessSpec spec = spec(request, exec.get());
        return runner.start(spec).thenApply(o -> interpret(request, o));
    }

    /** The process to run for a request (visible for tests). */
    public ProcessSpec spec(ActionRequest request, Path exec) {
        AgentId agent = request.agent();
        Map<String, String> env = new TreeMap<>(config.agentEnvironment());
        String argument = request.action();
        if (agent.isOcf()) {
            request.operationParameters().forEach((k, v) ->
                    env.put(k.equals("OCF_CHECK_LEVEL") ? k : "OCF_RESKEY_" + k, v));
            // the DC passes the target node; say it when the request did not
            env.putIfAbsent("OCF_RESKEY_CRM_meta_on_node", config.nodeName());
            // agents compare it to pick role names and features, as with Pacemaker's DC
            env.putIfAbsent("OCF_RESKEY_crm_feature_set", OperationHistory.FEATURE_SET);
            env.put("OCF_RA_VERSION_MAJOR", "1");
            env.put("OCF_RA_VERSION_MINOR", "1");
            env.put("OCF_ROOT", config.ocfRoot().toString());
            env.put("OCF_EXIT_REASON_PREFIX", EXIT_REASON_PREFIX);
            env.put("OCF_RESOURCE_INSTANCE", request.resourceId());
            env.put("OCF_RESOURCE_TYPE", agent.type());
            env.put("OCF_RESOURCE_PROVIDER", agent.provider());
        } else if ("monitor".equals(argument)) {
            argument = "status";
        }
        return new ProcessSpec(List.of(exec.toString(), argument), env, null, request.timeout(), null);
    }

    /** Maps a finished process to an OCF result, as services_linux.c and execd do. */
    Outcome interpret(ActionRequest request, ProcessOutcome o) {
        boolean ocf = request.agent().isOcf();
        if (o.timedOut()) {
            return new Outcome(OcfExitCode.UNKNOWN_ERROR, ExecStatus.TIMEOUT, "Resource agent did not complete within "
                    + readable(request.timeout().toMillis()), o.stdout(), o.stderr(), o.elapsed());
        }
        if (o.exitCode() < 0) {
            // could not spawn (vanished between lookup and exec, bad interpreter, ...)
            return new Outcome(OcfExitCode.NOT_INSTALLED, ExecStatus.NOT_INSTALLED, o.failure(), o.stdout(),
                    o.stderr(), o.elapsed());
        }
        String reason = ocf ? exitReason(o.stderr()) : "";
        if (o.failure() != null) {
            // died by a signal (the JDK reports 128+N): Pacemaker calls this an interrupted agent
            String why = reason.isEmpty() ? "Resource agent " + o.failure() : reason;
            return new Outcome(OcfExitCode.UNKNOWN_ERROR, ExecStatus.ERROR, why, o.stdout(), o.stderr(),
                    o.elapsed());
        }
        int rc = ocf ? OcfExitCode.fromOcf(o.exitCode()) : OcfExitCode.fromLsb(request.action(), o.exitCode());
        if (rc != o.exitCode() && reason.isEmpty() && ocf) {
            reason = "Resource agent exited with invalid status " + o.exitCode();
        }
        return new Outcome(rc, ExecStatus.DONE, reason, o.stdout(), o.stderr(), o.elapsed());
    }

    /**
     * The text after the last {@value #EXIT_REASON_PREFIX} on stderr, to the end of its line; ""
     * when there is none or it is empty. Control characters are dropped so the reason is safe to store.
     */
    public static String exitReason(String stderr) {
        int at = stderr.lastIndexOf(EXIT_REASON_PREFIX);
        if (at < 0) {
            return "";
        }
        String rest = stderr.substring(at + EXIT_REASON_PREFIX.length());
        int nl = rest.indexOf('\n');
        String line = (nl < 0 ? rest : rest.substring(0, nl)).replaceAll("\\p{Cntrl}", "").trim();
        return line.length() > MAX_EXIT_REASON ? line.substring(0, MAX_EXIT_REASON) : line;
    }

    /**
     * The agent's meta-data, cached per agent; empty when the agent is missing or its meta-data is
     * unusable (then no restart/secure digests are recorded, as in Pacemaker).
     */
    public Optional<AgentMetadata> metadata(AgentId agent) {
        AgentMetadata cached = metadataCache.get(agent);
        if (cached != null) {
            return Optional.of(cached);
        }
        if (!agent.isOcf()) {
            return Optional.empty();
        }
        Optional<String> xml = metadataXml(agent);
        if (xml.isEmpty()) {
            return Optional.empty();
        }
        try {
            AgentMetadata md = AgentMetadata.parse(xml.get());
            metadataCache.put(agent, md);
            return Optional.of(md);
        } catch (IllegalArgumentException e) {
            LOG.warn("Agent meta-data unusable agent={} error={}", agent, e.getMessage());
            return Optional.empty();
        }
    }

    /** Runs an OCF agent's meta-data action; empty when the agent is missing or the action fails. */
    public Optional<String> metadataXml(AgentId agent) {
        Optional<Path> exec = agent.isOcf() ? locator.find(agent) : Optional.empty();
        if (exec.isEmpty()) {
            return Optional.empty();
        }
        ActionRequest req = ActionRequest.of("meta-data", agent, "meta-data", config.metadataTimeout(), Map.of());
        ProcessOutcome o = runner.run(spec(req, exec.get()));
        if (!o.succeeded()) {
            LOG.warn("Agent meta-data failed agent={} exit={} failure={}", agent, o.exitCode(), o.failure());
            return Optional.empty();
        }
        return Optional.of(o.stdout());
    }

    private String dirsSearched(AgentId agent) {
        return (agent.isOcf() ? locator.ocfDirs() : locator.lsbDirs()).toString();
    }

    /** Pacemaker's pcmk__readable_interval: "20s", "1m30s", "500ms". */
    static String readable(long ms) {
        if (ms == 0) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder();
        long[] sizes = {86_400_000, 3_600_000, 60_000, 1000};
        String[] units = {"d", "h", "m", "s"};
        for (int i = 0; i < sizes.length; i++) {
            if (ms >= sizes[i]) {
                sb.append(ms / sizes[i]).append(units[i]);
                ms %= sizes[i];
            }
        }
        if (ms > 0) {
            sb.append(ms).append("ms");
        }
        return sb.toString();
    }
}

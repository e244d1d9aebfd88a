package org.zcrm.executor.digest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.zcrm.cib.digest.ParamDigests;
import org.zcrm.executor.agent.AgentMetadata;

/**
 * The digests whose parameter lists come from the agent's metadata, recorded beside
 * {@code op-digest} as Pacemaker's controller records them: {@code op-force-restart} with
 * {@code op-restart-digest}, and {@code op-secure-params} with {@code op-secure-digest}. The
 * digest functions themselves are {@link ParamDigests} (shared with the policy engine).
 */
public final class OpDigests {

    /** A digest with the space-separated parameter list it was computed from (or that it excludes). */
    public record ListDigest(String list, String digest) {
    }

    private OpDigests() {
    }

    /**
     * {@code op-force-restart} and {@code op-restart-digest} (daemons/controld append_restart_list):
     * only for non-recurring operations of agents that can reload. The list names the parameters
     * that need a restart (not reloadable, or for pre-1.1 agents, unique); the digest covers the
     * values of those present in the operation.
     */
    public static Optional<ListDigest> restartDigest(Map<String, String> opParams, long intervalMs,
                                                     AgentMetadata metadata) {
        if (intervalMs > 0 || metadata == null) {
            return Optional.empty();
        }
        boolean reloadAgent = metadata.supportsReloadAgent();
        if (!reloadAgent && !metadata.supportsLegacyReload()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        SortedMap<String, String> restart = new TreeMap<>();
        for (AgentMetadata.Parameter p : controllerOrder(metadata)) {
            boolean needsRestart = reloadAgent ? !p.reloadable() : p.unique();
            if (needsRestart) {
                names.add(p.name());
                String v = opParams.get(p.name());
                if (v != null) {
                    restart.put(p.name(), v);
                }
            }
        }
        return Optional.of(new ListDigest(wordList(names), ParamDigests.digestParameters(restart)));
    }

    /**
     * {@code op-secure-params} and {@code op-secure-digest} (append_secure_list, current DCs):
     * set only when the agent has private parameters. The list names the private ones; the digest
     * covers every digest parameter except them, so simulations without secrets can compare.
     */
    public static Optional<ListDigest> secureDigest(Map<String, String> opParams, AgentMetadata metadata) {
        if (metadata == null) {
            return Optional.empty();
        }
        SortedMap<String, String> secure = ParamDigests.filterForDigest(opParams);
        List<String> names = new ArrayList<>();
        for (AgentMetadata.Parameter p : controllerOrder(metadata)) {
            if (metadata.isPrivate(p)) {
                names.add(p.name());
                secure.remove(p.name());
            } else {
                String v = opParams.get(p.name());
                if (v != null) {
                    secure.put(p.name(), v);
                }
            }
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ListDigest(wordList(names), ParamDigests.digestParameters(secure)));
    }

    /** The controller keeps agent parameters in a list built by prepending: metadata order reversed. */
    private static List<AgentMetadata.Parameter> controllerOrder(AgentMetadata metadata) {
        List<AgentMetadata.Parameter> ps = new ArrayList<>(metadata.parameters());
        ps.removeIf(p -> p.name() == null || p.name().isEmpty());
        Collections.reverse(ps);
        return ps;
    }

    /** The controller's word list: a leading " " word, words joined by " ", and a trailing " " word. */
    private static String wordList(List<String> names) {
        StringBuilder sb = new StringBuilder(" ");
        for (String n : names) {
            sb.append(' ').append(n);
        }
        return sb.append("  ").toString();
    }
}

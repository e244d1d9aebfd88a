package org.zcrm.executor.agent;

import java.util.Locale;
import java.util.Objects;

/**
 * A resource agent as the CIB names it: class (standard), provider (OCF only, else null) and type,
 * written {@code ocf:heartbeat:IPaddr2} or {@code lsb:ntp}.
 */
public record AgentId(String standard, String provider, String type) {

    public static final String OCF = "ocf";
    public static final String LSB = "lsb";

    public AgentId {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(type, "type");
        standard = standard.toLowerCase(Locale.ROOT);
        if (OCF.equals(standard) && (provider == null || provider.isEmpty())) {
            throw new IllegalArgumentException("an ocf agent needs a provider, as in ocf:heartbeat:" + type);
        }
        if (!OCF.equals(standard)) {
            provider = null;
        }
        if (type.isEmpty() || type.contains("/") || type.equals("..") || type.equals(".")) {
            throw new IllegalArgumentException("invalid agent type '" + type + "'");
        }
        if (provider != null && (provider.isEmpty() || provider.contains("/") || provider.startsWith("."))) {
            throw new IllegalArgumentException("invalid agent provider '" + provider + "'");
        }
    }

    public static AgentId ocf(String provider, String type) {
        return new AgentId(OCF, provider, type);
    }

    public static AgentId lsb(String type) {
        return new AgentId(LSB, null, type);
    }

    /** Parses {@code class:provider:type} or {@code class:type}. */
    public static AgentId parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length == 3) {
            return new AgentId(parts[0], parts[1], parts[2]);
        }
        if (parts.length == 2) {
            return new AgentId(parts[0], null, parts[1]);
        }
        throw new IllegalArgumentException("agent '" + text + "' is not CLASS:PROVIDER:TYPE or CLASS:TYPE");
    }

    public boolean isOcf() {
        return OCF.equals(standard);
    }

    public boolean isLsb() {
        return LSB.equals(standard);
    }

    @Override
    public String toString() {
        return provider == null ? standard + ":" + type : standard + ":" + provider + ":" + type;
    }
}

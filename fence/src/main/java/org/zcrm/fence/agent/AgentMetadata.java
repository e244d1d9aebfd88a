package org.zcrm.fence.agent;

import java.util.List;
import java.util.Objects;

/**
 * What a fence agent says about itself in its {@code metadata} output (the fence-agents
 * {@code <resource-agent>} XML): its parameters and its actions.
 */
public record AgentMetadata(String agent, String shortDescription, List<Parameter> parameters,
                            List<Action> actions, String xml) {

    /** One {@code <parameter>}. */
    public record Parameter(String name, boolean required, String type, String defaultValue,
                            String shortDescription) {
    }

    /** One {@code <action>}; {@code automatic} means unfencing on join, {@code onTarget} runs on the target. */
    public record Action(String name, boolean automatic, boolean onTarget) {
    }

    public AgentMetadata {
        Objects.requireNonNull(agent, "agent");
        parameters = List.copyOf(parameters);
        actions = List.copyOf(actions);
    }

    /** Whether the agent lists this action. */
    public boolean supports(String action) {
        return actions.stream().anyMatch(a -> a.name().equals(action));
    }

    /** Whether the agent lists this parameter. */
    public boolean hasParameter(String name) {
        return parameters.stream().anyMatch(p -> p.name().equals(name));
    }

    /**
     * The parameter through which the agent takes the target when pcmk_host_argument is not set:
     * "plug" if the agent has it, else "port" if it has it, else null (the target is passed only
     * as nodename), as Pacemaker decides.
     */
    public String defaultHostArgument() {
        if (hasParameter("plug")) {
            return "plug";
        }
        if (hasParameter("port")) {
            return "port";
        }
        return null;
    }
}

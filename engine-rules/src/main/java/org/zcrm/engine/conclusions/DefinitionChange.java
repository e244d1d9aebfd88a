package org.zcrm.engine.conclusions;

/**
 * What to do about a resource whose definition changed since an operation ran on a node.
 *
 * @param task the operation whose parameters changed
 * @param intervalMs its interval (a recurring operation is re-sent, not the resource restarted)
 * @param reason the reason the summary shows, or null for none
 */
public record DefinitionChange(String rsc, String node, String task, long intervalMs,
    Change change, String reason, String rule) {

  /** What a definition change leads to, after Pacemaker's pcmk__check_action_config. */
  public enum Change {
    /** Stop and start the resource on the node. */
    RESTART,
    /** Ask the agent to reload its parameters (reload-agent). */
    RELOAD,
    /** Send the recurring operation again so that it runs with the new parameters. */
    RESCHEDULE
  }
}

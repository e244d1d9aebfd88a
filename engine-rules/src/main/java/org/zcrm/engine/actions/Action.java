package org.zcrm.engine.actions;

import org.zcrm.engine.assign.Rsc;

/** One action of the transition graph while it is built (flags settle during propagation). */
public final class Action {
  public final int id;
  public final Rsc rsc;
  public final String task;
  public final String node;
  /** The operation interval: recurring monitors and their cancels; 0 for everything else. */
  public final long intervalMs;
  public boolean optional;
  public boolean runnable = true;
  public boolean pseudo;
  /** Part of a live migration (migrate_to/migrate_from instead of stop/start). */
  public boolean migratable;
  public String reason;
  /** For a cancel: the call id of the recurring operation it cancels, when known. */
  public String callId;
  /** For the fencing of a guest node: the container whose recovery fences it (a pseudo action). */
  public String guestContainer;
  /** For clone "running"/"stopped": runnable when at least this many firsts are runnable. */
  public int requiredRunnableBefore;

  Action(int id, Rsc rsc, String task, String node, boolean optional) {
    this(id, rsc, task, node, 0, optional);
  }

  Action(int id, Rsc rsc, String task, String node, long intervalMs, boolean optional) {
    this.id = id;
    this.rsc = rsc;
    this.task = task;
    this.node = node;
    this.intervalMs = intervalMs;
    this.optional = optional;
  }

  /** Sets the reason text; only replaces an existing one when asked to. */
  public void setReason(String r, boolean overwrite) {
    if (reason == null || overwrite) {
      reason = r;
    }
  }

  /**
   * Pacemaker-style key: rsc1_start_0, rsc1_monitor_10000; a cancel carries the key of the
   * monitor it cancels.
   */
  public String key() {
    String t = task.equals("cancel") ? "monitor" : task;
    return (rsc == null ? "" : rsc.id + "_") + t + "_" + intervalMs;
  }

  @Override
  public String toString() {
    return key() + (node == null ? "" : " on " + node)
        + (optional ? " (optional)" : "") + (runnable ? "" : " (unrunnable)");
  }
}

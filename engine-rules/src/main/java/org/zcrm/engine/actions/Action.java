package org.zcrm.engine.actions;

import org.zcrm.engine.assign.Rsc;

/** One action of the transition graph while it is built (flags settle during propagation). */
public final class Action {
  public final int id;
  public final Rsc rsc;
  public final String task;
  public final String node;
  public boolean optional;
  public boolean runnable = true;
  public boolean pseudo;
  /** Part of a live migration (migrate_to/migrate_from instead of stop/start). */
  public boolean migratable;
  public String reason;
  /** For clone "running"/"stopped": runnable when at least this many firsts are runnable. */
  public int requiredRunnableBefore;

  Action(int id, Rsc rsc, String task, String node, boolean optional) {
    this.id = id;
    this.rsc = rsc;
    this.task = task;
    this.node = node;
    this.optional = optional;
  }

  /** Sets the reason text; only replaces an existing one when asked to. */
  public void setReason(String r, boolean overwrite) {
    if (reason == null || overwrite) {
      reason = r;
    }
  }

  /** Pacemaker-style key, e.g. rsc1_start_0. */
  public String key() {
    return (rsc == null ? "" : rsc.id + "_") + task + "_0";
  }

  @Override
  public String toString() {
    return key() + (node == null ? "" : " on " + node)
        + (optional ? " (optional)" : "") + (runnable ? "" : " (unrunnable)");
  }
}

package org.zcrm.engine.assign;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.zcrm.engine.conclusions.ColocationEdge;
import org.zcrm.engine.facts.ResourceFact;
import org.zcrm.engine.facts.Role;

/**
 * A resource while the engine assigns it and creates its actions. Mutable inside the assign and
 * action phases only; the phases hand out immutable records built from it.
 */
public final class Rsc {
  public final ResourceFact fact;
  public final String id;
  public final Variant variant;
  public Rsc parent;
  public final List<Rsc> children = new ArrayList<>();
  /** Nodes the history shows it active on, sorted by name. */
  public final List<String> current = new ArrayList<>();
  /** Nodes where it failed and must be recovered (stop, then start). */
  public final List<String> failedOn = new ArrayList<>();
  public Role origRole = Role.STOPPED;
  public Role nextRole = null;
  public boolean managed;
  public boolean blocked;
  public boolean forceStop;
  public String stopReason;
  /** Allowed node -> score; a node absent from the map may not run the resource. */
  public TreeMap<String, Integer> allowed = new TreeMap<>();
  public String assigned;
  public boolean unassigned = true;
  public boolean assigning;
  public boolean updatingNodes;
  /** Promotable clone instances: the priority used to choose which ones to promote. */
  public int promotionPriority;
  /** A failure with on-fail=demote: keep it running, but not promoted. */
  public boolean demoteOnly;
  /** Why its starts cannot run (no quorum, quorum freeze), or null. */
  public String startBlocked;
  /** Its definition changed where it runs: restart it (stop, then start) there. */
  public boolean definitionRestart;
  /** Why its start is required after a definition change, or null. */
  public String definitionReason;
  /** Nodes where its agent should reload changed parameters instead of a restart. */
  public final List<String> reloadOn = new ArrayList<>(0);
  /** Whether a reload of it is scheduled (cleared when a required stop cancels it). */
  public boolean reload;
  /** Recurring operations to send again ({@link #operationKey}), their parameters having changed. */
  public final java.util.Set<String> rescheduled = new java.util.TreeSet<>();
  public final List<ColocationEdge> thisWith = new ArrayList<>();
  public final List<ColocationEdge> withThis = new ArrayList<>();

  Rsc(ResourceFact fact, Variant variant) {
    this.fact = fact;
    this.id = fact.id();
    this.variant = variant;
    this.managed = fact.managed();
  }

  /** The key of {@link #rescheduled}. */
  public static String operationKey(String node, String task, long intervalMs) {
    return node + "\u0000" + task + "\u0000" + intervalMs;
  }

  public boolean isPrimitive() {
    return fact.kind() == ResourceFact.Kind.PRIMITIVE;
  }

  public boolean failed() {
    return !failedOn.isEmpty();
  }

  /** The node it is active on (the first if several), or null. */
  public String currentNode() {
    return current.isEmpty() ? null : current.get(0);
  }

  /** Whether this is (inside) a promotable clone. */
  public boolean promotable() {
    Rsc t = top();
    return t.fact.cloneMeta() != null && t.fact.cloneMeta().promotable();
  }

  public Rsc top() {
    Rsc r = this;
    while (r.parent != null) {
      r = r.parent;
    }
    return r;
  }

  /** All primitives at or under this resource, in configuration order. */
  public List<Rsc> primitives() {
    List<Rsc> out = new ArrayList<>();
    collect(this, out);
    return out;
  }

  private static void collect(Rsc r, List<Rsc> out) {
    if (r.isPrimitive()) {
      out.add(r);
    }
    for (Rsc c : r.children) {
      collect(c, out);
    }
  }

  @Override
  public String toString() {
    return id;
  }
}

package org.zcrm.engine.facts;

import java.util.List;

/** One configured resource (primitive, group or clone) with its meta attributes after defaults. */
public record ResourceFact(
    String id,
    Kind kind,
    String parent,
    List<String> children,
    String agent,
    boolean fencingDevice,
    Role targetRole,
    boolean managed,
    int stickiness,
    int priority,
    int migrationThreshold,
    long failureTimeoutSeconds,
    String multipleActive,
    boolean orphan,
    boolean allowMigrate,
    String requires,
    CloneMeta cloneMeta) {

  /** The resource variants. */
  public enum Kind { PRIMITIVE, GROUP, CLONE }

  /**
   * Clone meta attributes (only for CLONE).
   *
   * @param cloneMin how many instances must be able to start before what is ordered after the
   *     clone may; null when not configured
   */
  public record CloneMeta(int max, int nodeMax, boolean interleave, boolean ordered,
      boolean globallyUnique, boolean promotable, int promotedMax, int promotedNodeMax,
      Integer cloneMin) {}

  public boolean isPrimitive() {
    return kind == Kind.PRIMITIVE;
  }
}

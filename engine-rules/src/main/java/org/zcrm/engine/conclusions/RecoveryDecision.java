package org.zcrm.engine.conclusions;

/** How a resource's failure on a node is handled (from on-fail and the failure's class). */
public record RecoveryDecision(String rsc, String node, Recovery recovery, String reason, String rule) {

  /** Recovery kinds, after Pacemaker's on-fail values. */
  public enum Recovery { IGNORE, RESTART, STOP, BLOCK, FENCE, STANDBY, BAN, DEMOTE }
}

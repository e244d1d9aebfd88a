package org.zcrm.engine.conclusions;

/** A per-resource conclusion: keep it stopped, leave it unmanaged, ... */
public record ResourceFlag(String rsc, Flag flag, String reason, String rule) {

  /**
   * Flags the rules can set; START_BLOCKED keeps its starts unrunnable, with the reason text;
   * NOT_PROMOTED lets a promotable instance run, but never in the Promoted role.
   */
  public enum Flag { UNMANAGED, STOP, BLOCKED, START_BLOCKED, NOT_PROMOTED }
}

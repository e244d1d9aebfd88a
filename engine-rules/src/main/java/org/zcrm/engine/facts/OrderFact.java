package org.zcrm.engine.facts;

/** One rsc_order: {@code first firstAction} then {@code then thenAction}. */
public record OrderFact(String id, String first, String firstAction, String then,
    String thenAction, Kind kind, boolean symmetrical) {

  /** Ordering kinds. */
  public enum Kind { MANDATORY, OPTIONAL, SERIALIZE }
}

package org.zcrm.engine.facts;

/**
 * One rsc_order: {@code first firstAction} then {@code then thenAction}.
 *
 * @param anyOf when not null, the forward ordering goes through a pseudo action that is runnable
 *     once enough of its firsts are ("one or more of these": a resource set with
 *     {@code require-all="false"}, or a clone first with {@code clone-min}); the reverse ordering
 *     of a symmetrical constraint is the plain one
 */
public record OrderFact(String id, String first, String firstAction, String then,
    String thenAction, Kind kind, boolean symmetrical, AnyOf anyOf) {

  /** Ordering kinds. */
  public enum Kind { MANDATORY, OPTIONAL, SERIALIZE }

  /**
   * A "minimum runnable" pseudo action between the firsts and the thens.
   *
   * @param action the pseudo action's name, e.g. {@code one-or-more:SETID}
   * @param min how many of its firsts must be runnable for it to be
   * @param instances whether its firsts are the instances of the first (a clone) rather than
   *     the first itself
   */
  public record AnyOf(String action, int min, boolean instances) {}

  /** A direct ordering. */
  public OrderFact(String id, String first, String firstAction, String then, String thenAction,
      Kind kind, boolean symmetrical) {
    this(id, first, firstAction, then, thenAction, kind, symmetrical, null);
  }
}

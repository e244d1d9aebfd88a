package org.zcrm.engine.conclusions;

/**
 * An ordering between two resource actions ("start", "stop", "promote", "demote", and the
 * pseudo actions "running", "stopped", "promoted", "demoted" of collective resources), or between
 * a resource action and a named pseudo action that is no resource's (such as
 * {@code one-or-more:SETID}): {@code first} or {@code then} is then that action's name.
 *
 * @param flags a combination of the {@code OrderingEdge} flag constants
 * @param minRunnable with {@link #MIN_RUNNABLE}: how many of the then pseudo action's inputs
 *     must be runnable for it to be
 */
public record OrderingEdge(String id, String first, String firstTask, String then, String thenTask,
    int flags, String rule, int minRunnable) {

  /** Only sequence the actions. */
  public static final int ORDERED = 1;
  /** If the first action is required, so is the then action. */
  public static final int IMPLIES_THEN = 2;
  /** If the then action is required, so is the first action. */
  public static final int IMPLIES_FIRST = 4;
  /** An unrunnable first action makes the then action unrunnable. */
  public static final int UNRUNNABLE_FIRST_BLOCKS = 8;
  /** Restart-style ordering: a stop before a start, or a later group member's stop first. */
  public static final int INTERMEDIATE_STOP = 32;
  /** Asymmetric mandatory ordering: an unrunnable first blocks a then that is not running. */
  public static final int ASYMMETRIC = 16;
  /**
   * The first is one input of the then pseudo action named by {@code then}, which is runnable
   * only while at least {@code minRunnable} of its inputs are. A collective first counts through
   * its instances' actions when the first names a clone's instances ({@code firstTask} on each).
   */
  public static final int MIN_RUNNABLE = 64;

  /** An ordering between two resources' actions. */
  public OrderingEdge(String id, String first, String firstTask, String then, String thenTask,
      int flags, String rule) {
    this(id, first, firstTask, then, thenTask, flags, rule, 0);
  }
}

package org.zcrm.engine.conclusions;

/**
 * An ordering between two resource actions ("start", "stop", "promote", "demote", and the
 * pseudo actions "running", "stopped", "promoted", "demoted" of collective resources).
 *
 * @param flags a combination of the {@code OrderingEdge} flag constants
 */
public record OrderingEdge(String id, String first, String firstTask, String then, String thenTask,
    int flags, String rule) {

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
}

package org.zcrm.cib.store;

import java.util.List;

/**
 * A store operation that did not happen. {@link #kind()} tells a caller (the command line) whether
 * the user can fix it (a refused or conflicting change) or the store could not be reached or read.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why an operation failed, as far as a caller has to decide what to do. */
  public enum Kind {
    /** The change is invalid, too large, not permitted, or names something that does not exist. */
    REFUSED,
    /** Someone else changed the same configuration first; re-read and try again. */
    CONFLICT,
    /** ZooKeeper could not be reached, or the stored data could not be read. */
    UNAVAILABLE
  }

  private final Kind kind;
  private final List<String> problems;

  public StoreException(Kind kind, String message) {
    this(kind, message, List.of(), null);
  }

  public StoreException(Kind kind, String message, Throwable cause) {
    this(kind, message, List.of(), cause);
  }

  public StoreException(Kind kind, String message, List<String> problems, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.problems = List.copyOf(problems);
  }

  public Kind kind() {
    return kind;
  }

  /** Individual messages (one per object) behind a refused change; may be empty. */
  public List<String> problems() {
    return problems;
  }

  static StoreException refused(String message) {
    return new StoreException(Kind.REFUSED, message);
  }

  static StoreException conflict(String message) {
    return new StoreException(Kind.CONFLICT, message);
  }

  static StoreException unavailable(String message, Throwable cause) {
    return new StoreException(Kind.UNAVAILABLE, message, cause);
  }
}

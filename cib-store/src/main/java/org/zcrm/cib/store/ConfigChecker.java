package org.zcrm.cib.store;

import java.util.List;
import java.util.Optional;

/**
 * Validates a whole configuration before it is written, and a stored one when it is read. The
 * store refuses a change with any error; on reading, an object that was edited by hand and has an
 * error is left out of the snapshot.
 */
@FunctionalInterface
public interface ConfigChecker {

  /** One message; {@code kind}/{@code id} name the object it is about, when it is about one. */
  record Finding(Optional<ObjectKind> kind, String id, boolean error, String message) {
    public static Finding error(ObjectKind kind, String id, String message) {
      return new Finding(Optional.ofNullable(kind), id, true, message);
    }

    public static Finding warning(ObjectKind kind, String id, String message) {
      return new Finding(Optional.ofNullable(kind), id, false, message);
    }

    @Override
    public String toString() {
      return (error ? "error: " : "warning: ") + message;
    }
  }

  List<Finding> check(ConfigState config);

  /** Accepts everything (the store's own structural checks still apply). */
  ConfigChecker NONE = c -> List.of();
}

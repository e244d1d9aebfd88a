package org.zcrm.cib.model.value;

import java.util.Locale;
import java.util.Optional;

/**
 * Resource roles, in Pacemaker's order. Reads the current names (Stopped, Started, Unpromoted,
 * Promoted) and the old ones (Slave, Master), case-insensitively.
 */
public enum Role {
  STOPPED("Stopped"),
  STARTED("Started"),
  UNPROMOTED("Unpromoted"),
  PROMOTED("Promoted");

  private final String pacemakerName;

  Role(String pacemakerName) {
    this.pacemakerName = pacemakerName;
  }

  /** The current Pacemaker name, e.g. "Promoted". */
  public String pacemakerName() {
    return pacemakerName;
  }

  /** The role {@code s} names, or empty when it names none. */
  public static Optional<Role> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    return switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "stopped" -> Optional.of(STOPPED);
      case "started" -> Optional.of(STARTED);
      case "unpromoted", "slave" -> Optional.of(UNPROMOTED);
      case "promoted", "master" -> Optional.of(PROMOTED);
      default -> Optional.empty();
    };
  }
}

package org.zcrm.engine.facts;

/** A resource role, ordered as Pacemaker orders them. */
public enum Role {
  UNKNOWN("Unknown"),
  STOPPED("Stopped"),
  STARTED("Started"),
  UNPROMOTED("Unpromoted"),
  PROMOTED("Promoted");

  private final String text;

  Role(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  /** Parses a role name, accepting the legacy Master/Slave names; null when absent or unknown. */
  public static Role parse(String s) {
    if (s == null) {
      return null;
    }
    switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "stopped": return STOPPED;
      case "started": return STARTED;
      case "unpromoted": case "slave": return UNPROMOTED;
      case "promoted": case "master": return PROMOTED;
      default: return null;
    }
  }
}

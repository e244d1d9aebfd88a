package org.zcrm.engine;

import java.time.Instant;
import java.util.Objects;
import org.zcrm.cib.model.Cib;

/**
 * What the engine schedules from: one consistent CIB (configuration and status), as read from a
 * file or from the ZooKeeper store.
 */
public record CibSnapshot(Cib cib) {
  public CibSnapshot {
    Objects.requireNonNull(cib, "cib");
  }

  /** The CIB's execution-date attribute (epoch seconds), or null. */
  public Instant executionDate() {
    String v = cib.getExecutionDate();
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Instant.ofEpochSecond(Long.parseLong(v.trim()));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

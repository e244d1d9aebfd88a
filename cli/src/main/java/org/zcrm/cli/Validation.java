package org.zcrm.cli;

import org.zcrm.cib.store.ConfigChecker;
import org.zcrm.cib.store.ReferenceChecker;

/** The validator every configuration change goes through before it is written. */
final class Validation {
  private Validation() {}

  static ConfigChecker checker() {
    return new ReferenceChecker();
  }
}

package org.zcrm.cli;

import org.zcrm.cib.store.ConfigChecker;
import org.zcrm.cib.store.ModelChecker;

/** The validator every configuration change goes through before it is written: cib-model's, as crm_verify. */
final class Validation {
  private Validation() {}

  static ConfigChecker checker() {
    return new ModelChecker();
  }
}

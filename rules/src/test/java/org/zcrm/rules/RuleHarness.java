package org.zcrm.rules;

import java.util.List;
import org.zcrm.engine.rules.PolicyRules;
import org.zcrm.engine.rules.RuleRun;

/** Runs the shipped rules on a handful of facts and returns what they concluded. */
final class RuleHarness {
  private RuleHarness() {}

  static <T> List<T> conclude(Class<T> type, List<?> facts, String... phases) {
    try (RuleRun run = new RuleRun(PolicyRules.shipped())) {
      run.insertAll(facts);
      for (String p : phases) {
        run.fire(p);
      }
      return run.all(type);
    }
  }
}

package org.zcrm.engine.unpack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zcrm.cib.model.nv.NvPair;
import org.zcrm.cib.model.nv.NvSet;
import org.zcrm.cib.model.rule.Rule;
import org.zcrm.engine.Scores;

/** Collects name/value pairs from attribute blocks (with rules, scores and id-refs). */
final class NvPairs {
  /** The deprecated explicit value that means "not set". */
  static final String DEFAULT = "#default";
  private final ModelIds ids;
  private final RuleEvaluator rules;

  NvPairs(ModelIds ids, RuleEvaluator rules) {
    this.ids = ids;
    this.rules = rules;
  }

  /**
   * Values of the blocks (one element's meta_attributes, instance_attributes, ... in document
   * order); blocks with a higher score win, then the first block listed; blocks whose rule fails
   * are skipped. A value of {@code #default} unsets the name, as Pacemaker's unpack_nvpair does.
   */
  Map<String, String> collect(List<? extends NvSet> sets, Map<String, String> ruleAttrs) {
    Map<String, String> out = new LinkedHashMap<>();
    if (sets.isEmpty()) {
      return out;
    }
    List<NvSet> blocks = new ArrayList<>(sets.size());
    for (NvSet b : sets) {
      blocks.add(ids.resolve(b, NvSet.class));
    }
    if (blocks.size() > 1) {
      blocks.sort((a, b) -> Integer.compare(Scores.parse(b.getScore(), 0),
          Scores.parse(a.getScore(), 0)));
    }
    for (NvSet b : blocks) {
      Rule rule = b.firstChild(Rule.class);
      if (rule != null && !rules.passes(rule, ruleAttrs)) {
        continue;
      }
      for (NvPair p : b.nvpairs()) {
        NvPair r = ids.resolve(p, NvPair.class);
        String name = r.getName();
        String value = r.getValue();
        if (name == null || value == null) {
          continue;
        }
        if (value.equalsIgnoreCase(DEFAULT)) {
          out.remove(name); // deprecated "#default": unset (and undo a value set before it)
        } else if (!out.containsKey(name)) {
          out.put(name, value);
        }
      }
    }
    return out;
  }
}

package org.zcrm.engine.unpack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.zcrm.engine.Scores;

/** Collects name/value pairs from attribute blocks (with rules, scores and id-refs). */
final class NvPairs {
  private final IdIndex ids;
  private final RuleEvaluator rules;

  NvPairs(IdIndex ids, RuleEvaluator rules) {
    this.ids = ids;
    this.rules = rules;
  }

  /**
   * Values of every {@code block}-named child of {@code parent}; blocks with a higher score win,
   * then the first block listed; blocks whose rule fails are skipped.
   */
  Map<String, String> collect(Element parent, String block, Map<String, String> ruleAttrs) {
    Map<String, String> out = new LinkedHashMap<>();
    if (parent == null) {
      return out;
    }
    List<Element> blocks = new ArrayList<>();
    for (Element b : Xml.children(parent, block)) {
      blocks.add(ids.resolve(b));
    }
    blocks.sort((a, b) -> Integer.compare(Scores.parse(Xml.attr(b, "score"), 0),
        Scores.parse(Xml.attr(a, "score"), 0)));
    for (Element b : blocks) {
      Element rule = Xml.child(b, "rule");
      if (rule != null && !rules.passes(rule, ruleAttrs)) {
        continue;
      }
      for (Element p : Xml.children(b, "nvpair")) {
        Element r = ids.resolve(p);
        String name = Xml.attr(r, "name");
        String value = Xml.attr(r, "value");
        if (name != null && value != null && !out.containsKey(name)) {
          out.put(name, value);
        }
      }
    }
    return out;
  }
}

package org.zcrm.engine.unpack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.zcrm.engine.Scores;
import org.zcrm.engine.facts.NodeHealthFact;

/**
 * Sums each node's {@code #health*} attributes under the node-health-strategy cluster option, the
 * way Pacemaker scores node health: "migrate-on-red" scores red as -INFINITY, "only-green" scores
 * red and yellow as -INFINITY, "progressive" and "custom" take the colours' scores from the
 * node-health-red/yellow/green options ("progressive" adds node-health-base).
 */
public final class NodeHealth {
  private static final Logger LOG = LogManager.getLogger();
  public static final String NONE = "none";

  private NodeHealth() {}

  /** The health of every node (sorted as given), or nothing when the strategy is "none". */
  public static List<NodeHealthFact> of(Map<String, String> options,
      Map<String, Map<String, String>> nodeAttrs) {
    String strategy = strategy(options.get("node-health-strategy"));
    List<NodeHealthFact> out = new ArrayList<>();
    if (strategy.equals(NONE)) {
      return out;
    }
    int red;
    int yellow;
    int green;
    int base = 0;
    switch (strategy) {
      case "migrate-on-red" -> {
        red = -Scores.INFINITY;
        yellow = 0;
        green = 0;
      }
      case "only-green" -> {
        red = -Scores.INFINITY;
        yellow = -Scores.INFINITY;
        green = 0;
      }
      default -> {
        red = option(options, "node-health-red", -Scores.INFINITY);
        yellow = option(options, "node-health-yellow", 0);
        green = option(options, "node-health-green", 0);
        if (strategy.equals("progressive")) {
          base = option(options, "node-health-base", 0);
        }
      }
    }
    for (Map.Entry<String, Map<String, String>> n : nodeAttrs.entrySet()) {
      int sum = base;
      for (Map.Entry<String, String> a : n.getValue().entrySet()) {
        if (a.getKey().startsWith("#health")) {
          sum = Scores.add(score(a.getValue(), red, yellow, green, n.getKey(), a.getKey()), sum);
        }
      }
      out.add(new NodeHealthFact(n.getKey(), strategy, sum));
    }
    return out;
  }

  /** The strategy in effect; an unknown value means "none", as in Pacemaker. */
  static String strategy(String value) {
    if (value == null) {
      return NONE;
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "migrate-on-red", "only-green", "progressive", "custom", NONE -> v;
      default -> {
        LOG.warn("Using node-health-strategy=none because the value is not valid value={}", value);
        yield NONE;
      }
    };
  }

  private static int option(Map<String, String> options, String name, int dflt) {
    String v = options.get(name);
    return v == null ? dflt : Scores.parse(v, 0);
  }

  private static int score(String value, int red, int yellow, int green, String node, String attr) {
    String v = value == null ? "" : value.trim();
    if (v.equalsIgnoreCase("red")) {
      return red;
    }
    if (v.equalsIgnoreCase("yellow")) {
      return yellow;
    }
    if (v.equalsIgnoreCase("green")) {
      return green;
    }
    int s = Scores.parse(v, Integer.MIN_VALUE);
    if (s == Integer.MIN_VALUE) {
      LOG.warn("Ignoring a node health attribute that is not a score node={} attribute={} value={}",
          node, attr, value);
      return 0;
    }
    return s;
  }
}

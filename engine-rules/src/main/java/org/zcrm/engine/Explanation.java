package org.zcrm.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Why each resource is where it is: every score, ban and decision, with the rule that made it. */
public record Explanation(Map<String, List<Entry>> byResource) {

  /** One contribution: a score on a node (null node: every node) or a decision (note). */
  public record Entry(String rsc, String node, int score, String rule, String constraint, String note) {
    public String text() {
      StringBuilder sb = new StringBuilder();
      if (node != null || score != 0) {
        sb.append(String.format("%-10s", Scores.text(score))).append(" on ")
            .append(node == null ? "every node" : node);
      }
      if (note != null && !note.isEmpty()) {
        if (sb.length() > 0) {
          sb.append(": ");
        }
        sb.append(note);
      }
      sb.append("  [rule \"").append(rule).append("\"");
      if (constraint != null) {
        sb.append(", ").append(constraint);
      }
      sb.append(']');
      return sb.toString();
    }
  }

  public List<Entry> of(String rsc) {
    return byResource.getOrDefault(rsc, List.of());
  }

  /** Collects entries while the engine runs. */
  public static final class Builder {
    private final Map<String, List<Entry>> map = new TreeMap<>();

    public void add(String rsc, String node, int score, String rule, String constraint, String note) {
      map.computeIfAbsent(rsc, k -> new ArrayList<>())
          .add(new Entry(rsc, node, score, rule, constraint, note));
    }

    public Explanation build() {
      Map<String, List<Entry>> out = new TreeMap<>();
      map.forEach((k, v) -> out.put(k, List.copyOf(v)));
      return new Explanation(out);
    }
  }
}

package org.zcrm.engine.unpack;

import java.util.ArrayList;
import java.util.List;
import org.zcrm.engine.Scores;
import org.zcrm.engine.facts.ColocationFact;
import org.zcrm.engine.facts.Role;

/**
 * Turns an rsc_colocation with resource sets into pairwise colocations, as Pacemaker unpacks them.
 *
 * <ul>
 *   <li>Inside a set (skipped when it says {@code sequential="false"}), with a positive score
 *       (the set's, else the constraint's) each member is placed with the one before it, like a
 *       group; with a negative score each member avoids every member before it.
 *   <li>Between two consecutive sets, the first set is placed with the second: the first set's
 *       first member stands for it unless it says {@code sequential="false"}, and the second set's
 *       last member likewise; otherwise every member of that set takes part. These use the
 *       constraint's score and each set's role.
 * </ul>
 *
 * A set naming an unknown resource makes the whole constraint ignored.
 */
final class ColocationSets {
  private ColocationSets() {}

  /** One resource set, resolved. */
  record Set(String id, List<String> members, Role role, Integer score, String sequential,
      boolean withPrevious) {}

  /** The pairwise colocations of a constraint made of {@code sets}. */
  static List<ColocationFact> expand(String id, List<Set> sets, int score, String nodeAttribute,
      boolean influence) {
    List<ColocationFact> out = new ArrayList<>();
    Set last = null;
    for (Set s : sets) {
      within(s, score, nodeAttribute, influence, out);
      if (last != null && score != 0) {
        between(id, last, s, score, nodeAttribute, influence, out);
      }
      last = s;
    }
    return out;
  }

  private static void within(Set s, int parentScore, String attr, boolean influence,
      List<ColocationFact> out) {
    int score = s.score() != null ? s.score() : parentScore;
    List<String> m = s.members();
    if (score == 0 || (s.sequential() != null && !Values.isTrue(s.sequential()))) {
      return;
    }
    if (score > 0) {
      for (int i = 1; i < m.size(); i++) {
        String prev = m.get(i - 1);
        String cur = m.get(i);
        out.add(s.withPrevious()
            ? new ColocationFact(s.id(), cur, prev, score, s.role(), s.role(), attr, influence)
            : new ColocationFact(s.id(), prev, cur, score, s.role(), s.role(), attr, influence));
      }
      return;
    }
    for (int i = 0; i < m.size(); i++) {
      for (int j = 0; j < i; j++) {
        out.add(new ColocationFact(s.id(), m.get(i), m.get(j), score, s.role(), s.role(), attr,
            influence));
      }
    }
  }

  private static void between(String id, Set first, Set second, int score, String attr,
      boolean influence, List<ColocationFact> out) {
    if (first.members().isEmpty() || second.members().isEmpty()) {
      return;
    }
    List<String> from = first.sequential() == null || Values.isTrue(first.sequential())
        ? List.of(first.members().get(0)) : first.members();
    List<String> with = second.sequential() == null || Values.isTrue(second.sequential())
        ? List.of(second.members().get(second.members().size() - 1)) : second.members();
    for (String f : from) {
      for (String w : with) {
        out.add(new ColocationFact(id, f, w, score, first.role(), second.role(), attr, influence));
      }
    }
  }

  /** A set's score, or null when it has none (then the constraint's applies). */
  static Integer score(String s) {
    return s == null ? null : Scores.parse(s, 0);
  }
}

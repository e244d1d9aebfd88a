package org.zcrm.engine.unpack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.zcrm.cib.model.constraint.ResourceSet;
import org.zcrm.engine.facts.OrderFact;

/**
 * Turns an rsc_order with resource sets into pairwise orderings, as Pacemaker unpacks them.
 *
 * <ul>
 *   <li>Inside a set (sequential unless {@code sequential="false"}) each member is ordered after
 *       the one before it, with the set's {@code action} (default start), its own kind and
 *       symmetry, which default to the constraint's. A set of kind Serialize orders each member
 *       before every later one, one way only.
 *   <li>Between two consecutive sets, the first set's members come before the second's: only its
 *       last member when the first set says {@code sequential="true"} explicitly, and only the
 *       second set's first member when it does; otherwise every member. These orderings use the
 *       constraint's kind and symmetry; the reverse orderings a symmetric constraint needs (stops
 *       in the opposite order) are exactly the inverses of these pairs.
 *   <li>A first set with {@code require-all="false"} ("one or more of these") whose action
 *       starts or promotes is ordered through a pseudo action {@code one-or-more:SETID} that is
 *       runnable once any member's action is: every member before it, it before every member of
 *       the next set, whatever the sets' {@code sequential}. Stopping and demoting need every
 *       member, so such sets order like the others. The reverse orderings of a symmetric
 *       constraint then pair every member (Pacemaker pairs only the end members when a set says
 *       {@code sequential="true"}; the chain inside the set makes that difference small).
 * </ul>
 *
 * A set naming an unknown resource makes the whole constraint ignored, as in Pacemaker.
 */
final class OrderSets {
  /** The name prefix of a set's "one or more of these" pseudo action. */
  static final String ONE_OR_MORE = "one-or-more:";

  private OrderSets() {}

  /** One resource set, resolved: members in order and its attributes. */
  record Set(String id, List<String> members, String action, OrderFact.Kind kind,
      boolean symmetrical, String sequential, boolean requireAll) {}

  /**
   * Resolves a set against the constraint's kind and symmetry, each reference expanded to the
   * resources it names (a template or tag names several); null if a reference is unknown.
   */
  static Set resolve(ResourceSet s, OrderFact.Kind parentKind, String parentSymmetrical,
      Function<String, List<String>> expand) {
    List<String> members = new ArrayList<>();
    for (String id : s.resourceIds()) {
      List<String> ids = id == null ? null : expand.apply(id);
      if (ids == null) {
        return null;
      }
      members.addAll(ids);
    }
    OrderFact.Kind kind = s.getKind() != null || s.getScore() != null
        ? kind(s.getKind(), s.getScore()) : parentKind;
    return new Set(Values.or(s.getId(), ""), List.copyOf(members),
        Values.or(s.getAction(), "start"), kind,
        symmetrical(s.otherAttribute("symmetrical"), parentSymmetrical, kind),
        s.getSequential(), Values.bool(s.getRequireAll(), true));
  }

  /** The pairwise orderings of a constraint made of {@code sets}. */
  static List<OrderFact> expand(String id, List<Set> sets, OrderFact.Kind kind,
      boolean symmetrical) {
    List<OrderFact> out = new ArrayList<>();
    Set last = null;
    for (Set s : sets) {
      within(id, s, out);
      if (last != null) {
        between(id, last, s, kind, symmetrical, out);
      }
      last = s;
    }
    return out;
  }

  private static void within(String id, Set s, List<OrderFact> out) {
    List<String> m = s.members();
    if (m.size() < 2) {
      return;
    }
    if (s.kind() == OrderFact.Kind.SERIALIZE) {
      for (int i = 0; i < m.size(); i++) {
        for (int j = i + 1; j < m.size(); j++) {
          out.add(new OrderFact(id, m.get(i), s.action(), m.get(j), s.action(), s.kind(), false));
        }
      }
      return;
    }
    if (!Values.bool(s.sequential(), true)) {
      return;
    }
    for (int i = 1; i < m.size(); i++) {
      out.add(new OrderFact(id, m.get(i - 1), s.action(), m.get(i), s.action(), s.kind(),
          s.symmetrical()));
    }
  }

  private static void between(String id, Set first, Set then, OrderFact.Kind kind,
      boolean symmetrical, List<OrderFact> out) {
    if (first.members().isEmpty() || then.members().isEmpty()) {
      return;
    }
    if (!first.requireAll() && (first.action().equals("start")
        || first.action().equals("promote"))) {
      OrderFact.AnyOf any = new OrderFact.AnyOf(ONE_OR_MORE + first.id(), 1, false);
      for (String f : first.members()) {
        for (String t : then.members()) {
          out.add(new OrderFact(id, f, first.action(), t, then.action(), kind, symmetrical, any));
        }
      }
      return;
    }
    List<String> from = Values.isTrue(first.sequential())
        ? List.of(first.members().get(first.members().size() - 1)) : first.members();
    List<String> to = Values.isTrue(then.sequential())
        ? List.of(then.members().get(0)) : then.members();
    for (String f : from) {
      for (String t : to) {
        out.add(new OrderFact(id, f, first.action(), t, then.action(), kind, symmetrical));
      }
    }
  }

  /** An rsc_order's (or a set's) kind from its kind or, failing that, its score. */
  static OrderFact.Kind kind(String kind, String score) {
    if (kind != null) {
      return switch (kind.toLowerCase(Locale.ROOT)) {
        case "optional" -> OrderFact.Kind.OPTIONAL;
        case "serialize" -> OrderFact.Kind.SERIALIZE;
        default -> OrderFact.Kind.MANDATORY;
      };
    }
    return org.zcrm.engine.Scores.parse(score, org.zcrm.engine.Scores.INFINITY) == 0
        ? OrderFact.Kind.OPTIONAL : OrderFact.Kind.MANDATORY;
  }

  /** Explicit symmetrical (the element's, else its parent's), else symmetric unless Serialize. */
  static boolean symmetrical(String own, String parent, OrderFact.Kind kind) {
    String v = own != null ? own : parent;
    if (v != null) {
      return Values.isTrue(v) && kind != OrderFact.Kind.SERIALIZE;
    }
    return kind != OrderFact.Kind.SERIALIZE;
  }
}

package org.zcrm.engine.unpack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zcrm.cib.model.constraint.Constraint;
import org.zcrm.cib.model.constraint.Constraints;
import org.zcrm.cib.model.constraint.RscColocation;
import org.zcrm.cib.model.constraint.RscLocation;
import org.zcrm.cib.model.constraint.RscOrder;
import org.zcrm.cib.model.constraint.RscTicket;
import org.zcrm.cib.model.rule.Rule;
import org.zcrm.engine.Scores;
import org.zcrm.engine.facts.ColocationFact;
import org.zcrm.engine.facts.LocationFact;
import org.zcrm.engine.facts.NodeFact;
import org.zcrm.engine.facts.OrderFact;
import org.zcrm.engine.facts.Role;

/** Reads rsc_location, rsc_colocation and rsc_order; location rules are resolved per node. */
final class ConstraintReader {
  private final ModelIds ids;
  private final RuleEvaluator rules;
  private final ResourceReader resources;
  private final List<NodeFact> nodes;
  private final Map<String, Map<String, String>> nodeAttrs;
  private final List<LocationFact> locations = new ArrayList<>();
  private final List<ColocationFact> colocations = new ArrayList<>();
  private final List<OrderFact> orders = new ArrayList<>();
  private final List<org.zcrm.engine.facts.TicketConstraintFact> tickets = new ArrayList<>();
  private final Map<String, Map<String, Discovery.Mode>> discovery = new java.util.TreeMap<>();
  private final java.util.Set<String> exclusiveDiscovery = new java.util.TreeSet<>();

  ConstraintReader(ModelIds ids, RuleEvaluator rules, ResourceReader resources,
      List<NodeFact> nodes, Map<String, Map<String, String>> nodeAttrs) {
    this.ids = ids;
    this.rules = rules;
    this.resources = resources;
    this.nodes = nodes;
    this.nodeAttrs = nodeAttrs;
  }

  List<LocationFact> locations() {
    return locations;
  }

  List<ColocationFact> colocations() {
    return colocations;
  }

  List<OrderFact> orders() {
    return orders;
  }

  List<org.zcrm.engine.facts.TicketConstraintFact> tickets() {
    return tickets;
  }

  /** The resource-discovery settings of the location constraints. */
  Discovery discovery(boolean probesEnabled, boolean cancelRemoved) {
    return new Discovery(probesEnabled, cancelRemoved, discovery, exclusiveDiscovery);
  }

  /** Notes a location constraint's resource-discovery for one node it applies to. */
  private void discover(String rsc, String node, Discovery.Mode mode) {
    if (mode == Discovery.Mode.ALWAYS) {
      return;
    }
    discovery.computeIfAbsent(rsc, k -> new java.util.TreeMap<>())
        .merge(node, mode, (a, b) -> a.compareTo(b) >= 0 ? a : b);
  }

  void read(Constraints constraints) {
    if (constraints == null) {
      return;
    }
    for (Constraint c : constraints.all()) {
      c = ids.resolve(c, Constraint.class);
      if (c instanceof RscLocation l) {
        location(l);
      } else if (c instanceof RscColocation co) {
        colocation(co);
      } else if (c instanceof RscOrder o) {
        order(o);
      } else if (c instanceof RscTicket t) {
        ticket(t);
      }
    }
  }

  private void location(RscLocation c) {
    String id = Values.or(c.getId(), "");
    String rsc = c.getRsc();
    if (rsc == null || resources.get(rsc) == null) {
      return;
    }
    Role role = Role.parse(Values.or(c.getRole(), c.otherAttribute("rsc-role")));
    Discovery.Mode mode = Discovery.Mode.parse(c.getResourceDiscovery());
    if (mode == Discovery.Mode.EXCLUSIVE) {
      exclusiveDiscovery.add(rsc);
    }
    String node = c.getNode();
    if (node != null) {
      if (nodeAttrs.containsKey(node)) {
        locations.add(new LocationFact(id, rsc, node, Scores.parse(c.getScore(), 0), role));
        discover(rsc, node, mode);
      }
      return;
    }
    for (Rule r : c.rules()) {
      Rule rule = ids.resolve(r, Rule.class);
      String scoreAttr = rule.getScoreAttribute();
      int score = Scores.parse(rule.getScore(), 0);
      Role ruleRole = Role.parse(rule.getRole());
      for (NodeFact n : nodes) {
        Map<String, String> attrs = nodeAttrs.get(n.name());
        if (!rules.passes(rule, attrs)) {
          continue;
        }
        int s = score;
        if (scoreAttr != null) {
          String v = attrs.get(scoreAttr);
          if (v == null) {
            continue;
          }
          s = Scores.parse(v, 0);
        }
        locations.add(new LocationFact(Values.or(rule.getId(), id), rsc, n.name(), s,
            ruleRole != null ? ruleRole : role));
        discover(rsc, n.name(), mode);
      }
    }
  }

  private void colocation(RscColocation c) {
    String id = Values.or(c.getId(), "");
    int score = Scores.parse(c.getScore(), 0);
    String attr = Values.or(c.getNodeAttribute(), "#uname");
    boolean influence = Values.bool(c.getInfluence(), true);
    if (!c.resourceSets().isEmpty()) {
      List<ColocationSets.Set> sets = new ArrayList<>();
      for (org.zcrm.cib.model.constraint.ResourceSet raw : c.resourceSets()) {
        org.zcrm.cib.model.constraint.ResourceSet rs =
            ids.resolve(raw, org.zcrm.cib.model.constraint.ResourceSet.class);
        List<String> members = rs.resourceIds();
        if (members.stream().anyMatch(m -> m == null || resources.get(m) == null)) {
          return;
        }
        String ordering = rs.getOrdering();
        sets.add(new ColocationSets.Set(Values.or(rs.getId(), ""), List.copyOf(members),
            Role.parse(rs.getRole()), ColocationSets.score(rs.getScore()), rs.getSequential(),
            ordering == null || ordering.equalsIgnoreCase("group")));
      }
      colocations.addAll(ColocationSets.expand(id, sets, score, attr, influence));
      return;
    }
    String rsc = c.getRsc();
    String with = c.getWithRsc();
    if (rsc == null || with == null || resources.get(rsc) == null || resources.get(with) == null) {
      return;
    }
    colocations.add(new ColocationFact(id, rsc, with, score, Role.parse(c.getRscRole()),
        Role.parse(c.getWithRscRole()), attr, influence));
  }


  private void ticket(RscTicket c) {
    String rsc = c.getRsc();
    String ticket = c.getTicket();
    if (rsc == null || ticket == null || resources.get(rsc) == null) {
      return;
    }
    Role role = Role.parse(c.getRscRole());
    String loss = Values.or(c.getLossPolicy(), "stop").toLowerCase(Locale.ROOT);
    for (String p : resources.primitivesUnder(rsc)) {
      tickets.add(new org.zcrm.engine.facts.TicketConstraintFact(Values.or(c.getId(), ""), p,
          ticket, role, loss));
    }
  }

  private void order(RscOrder c) {
    String id = Values.or(c.getId(), "");
    OrderFact.Kind kind = OrderSets.kind(c.getKind(), c.getScore());
    boolean symmetrical = OrderSets.symmetrical(c.getSymmetrical(), null, kind);
    if (!c.resourceSets().isEmpty()) {
      List<OrderSets.Set> sets = new ArrayList<>();
      for (org.zcrm.cib.model.constraint.ResourceSet rs : c.resourceSets()) {
        OrderSets.Set s = OrderSets.resolve(ids.resolve(rs, org.zcrm.cib.model.constraint.ResourceSet.class),
            kind, c.getSymmetrical(), r -> resources.get(r) != null);
        if (s == null) {
          return;
        }
        sets.add(s);
      }
      orders.addAll(OrderSets.expand(id, sets, kind, symmetrical));
      return;
    }
    String first = c.getFirst();
    String then = c.getThen();
    if (first == null || then == null || resources.get(first) == null
        || resources.get(then) == null) {
      return;
    }
    String firstAction = Values.or(c.getFirstAction(), "start");
    String thenAction = Values.or(c.getThenAction(), firstAction);
    orders.add(new OrderFact(id, first, firstAction, then, thenAction, kind, symmetrical));
  }
}

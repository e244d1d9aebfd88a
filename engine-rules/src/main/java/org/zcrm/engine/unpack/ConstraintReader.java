package org.zcrm.engine.unpack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
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
  private static final Logger LOG = LogManager.getLogger();
  /** The name prefix of a clone-min ordering's pseudo action. */
  static final String CLONE_ONE_OR_MORE = "clone-one-or-more:";

  private final ModelIds ids;
  private Map<String, List<String>> tags = Map.of();
  private final RuleEvaluator rules;
  private final ResourceReader resources;
  private final List<NodeFact> nodes;
  private final Map<String, Map<String, String>> nodeAttrs;
  private final List<LocationFact> locations = new ArrayList<>();
  private final List<ColocationFact> colocations = new ArrayList<>();
  private final List<OrderFact> orders = new ArrayList<>();
  private final List<org.zcrm.engine.facts.TicketConstraintFact> tickets = new ArrayList<>();
  private final java.util.Set<org.zcrm.engine.facts.DiscoverySettingFact> discovery =
      new java.util.LinkedHashSet<>();

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

  /** Tag id -> the ids its obj_refs name, from the configuration's tags section. */
  void setTags(Map<String, List<String>> tags) {
    this.tags = tags;
  }

  /**
   * The resources an id in a constraint names: the resource itself, the primitives made from a
   * template, or what a tag names (tags may name templates); null if it names nothing known.
   */
  List<String> expand(String id) {
    if (resources.get(id) != null) {
      return List.of(id);
    }
    List<String> users = resources.templateUsers(id);
    if (!users.isEmpty()) {
      return users;
    }
    List<String> refs = tags.get(id);
    if (refs == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String r : refs) {
      if (resources.get(r) != null) {
        out.add(r);
      } else {
        out.addAll(resources.templateUsers(r));
      }
    }
    return out;
  }

  /**
   * Every member of these resource sets (id-refs resolved, templates and tags expanded) with its
   * set's role (null when the set gives none), in order; null if one member is unknown, which
   * voids the whole constraint.
   */
  private List<String[]> setMembers(List<org.zcrm.cib.model.constraint.ResourceSet> sets) {
    List<String[]> out = new ArrayList<>();
    for (org.zcrm.cib.model.constraint.ResourceSet raw : sets) {
      org.zcrm.cib.model.constraint.ResourceSet rs =
          ids.resolve(raw, org.zcrm.cib.model.constraint.ResourceSet.class);
      List<String> members = members(rs);
      if (members == null) {
        return null;
      }
      for (String m : members) {
        out.add(new String[] {m, rs.getRole()});
      }
    }
    return out;
  }

  /** A set's members with templates and tags expanded in place; null if one is unknown. */
  private List<String> members(org.zcrm.cib.model.constraint.ResourceSet rs) {
    List<String> out = new ArrayList<>();
    for (String id : rs.resourceIds()) {
      List<String> ids = id == null ? null : expand(id);
      if (ids == null) {
        return null;
      }
      out.addAll(ids);
    }
    return out;
  }

  /** The resource-discovery settings of the location constraints, once each, in CIB order. */
  List<org.zcrm.engine.facts.DiscoverySettingFact> discovery() {
    return List.copyOf(discovery);
  }

  /**
   * Notes a location constraint's resource-discovery for one node it applies to (null: for the
   * constraint as a whole, which matters for exclusive only).
   */
  private void discover(String id, String rsc, String node, Discovery.Mode mode) {
    if (mode == Discovery.Mode.ALWAYS || (node == null && mode != Discovery.Mode.EXCLUSIVE)) {
      return;
    }
    discovery.add(new org.zcrm.engine.facts.DiscoverySettingFact(id, rsc, node,
        mode.name().toLowerCase(java.util.Locale.ROOT)));
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

  /**
   * An rsc_location applies to its resource, to every resource a template or tag names, or to
   * every member of its resource sets (with the set's role, if it gives one).
   */
  private void location(RscLocation c) {
    Role role = Role.parse(Values.or(c.getRole(), c.otherAttribute("rsc-role")));
    if (!c.resourceSets().isEmpty()) {
      List<String[]> targets = setMembers(c.resourceSets());
      for (String[] t : targets == null ? List.<String[]>of() : targets) {
        Role setRole = Role.parse(t[1]);
        location(c, t[0], setRole != null ? setRole : role);
      }
      return;
    }
    List<String> members = c.getRsc() == null ? null : expand(c.getRsc());
    if (members == null) {
      return;
    }
    for (String rsc : members) {
      location(c, rsc, role);
    }
  }

  private void location(RscLocation c, String rsc, Role role) {
    String id = Values.or(c.getId(), "");
    Discovery.Mode mode = Discovery.Mode.parse(c.getResourceDiscovery());
    discover(id, rsc, null, mode);
    String node = c.getNode();
    if (node != null) {
      if (nodeAttrs.containsKey(node)) {
        locations.add(new LocationFact(id, rsc, node, Scores.parse(c.getScore(), 0), role));
        discover(id, rsc, node, mode);
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
        discover(id, rsc, n.name(), mode);
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
        List<String> members = members(rs);
        if (members == null) {
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
    if (rsc == null || with == null) {
      return;
    }
    if (resources.get(rsc) == null && resources.get(with) == null
        && expand(rsc) != null && expand(with) != null) {
      // as in Pacemaker, two templates or tags cannot be colocated with each other
      LOG.warn("Ignoring a colocation between two templates or tags constraint={} rsc={} with-rsc={}",
          id, rsc, with);
      return;
    }
    if (resources.get(rsc) == null || resources.get(with) == null) {
      // a template or tag on either side: both sides become sets (Pacemaker's tag expansion)
      List<String> deps = expand(rsc);
      List<String> prims = expand(with);
      if (deps == null || prims == null) {
        return;
      }
      colocations.addAll(ColocationSets.expand(id, List.of(
          new ColocationSets.Set(rsc, deps, Role.parse(c.getRscRole()), null,
              resources.get(rsc) == null ? "false" : null, true),
          new ColocationSets.Set(with, prims, Role.parse(c.getWithRscRole()), null,
              resources.get(with) == null ? "false" : null, true)), score, attr, influence));
      return;
    }
    colocations.add(new ColocationFact(id, rsc, with, score, Role.parse(c.getRscRole()),
        Role.parse(c.getWithRscRole()), attr, influence));
  }


  /**
   * An rsc_ticket binds one resource, or every member of its resource sets (each set with its own
   * {@code role}), to a ticket; a set naming an unknown resource makes it ignored.
   */
  private void ticket(RscTicket c) {
    String ticket = c.getTicket();
    if (ticket == null) {
      return;
    }
    String loss = Values.or(c.getLossPolicy(), "stop").toLowerCase(Locale.ROOT);
    List<org.zcrm.engine.facts.TicketConstraintFact> out = new ArrayList<>();
    if (!c.resourceSets().isEmpty()) {
      List<String[]> targets = setMembers(c.resourceSets());
      if (targets == null) {
        return;
      }
      for (String[] t : targets) {
        ticketFacts(c, t[0], Role.parse(t[1]), loss, out);
      }
    } else {
      List<String> members = c.getRsc() == null ? null : expand(c.getRsc());
      if (members == null) {
        return;
      }
      for (String rsc : members) {
        ticketFacts(c, rsc, Role.parse(c.getRscRole()), loss, out);
      }
    }
    tickets.addAll(out);
  }

  private void ticketFacts(RscTicket c, String rsc, Role role, String loss,
      List<org.zcrm.engine.facts.TicketConstraintFact> out) {
    for (String p : resources.primitivesUnder(rsc)) {
      out.add(new org.zcrm.engine.facts.TicketConstraintFact(Values.or(c.getId(), ""), p,
          c.getTicket(), role, loss));
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
            kind, c.getSymmetrical(), this::expand);
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
    if (first == null || then == null) {
      return;
    }
    String firstAction = Values.or(c.getFirstAction(), "start");
    String thenAction = Values.or(c.getThenAction(), firstAction);
    if (resources.get(first) == null || resources.get(then) == null) {
      // a template or tag on either side: both sides become sets (Pacemaker's tag expansion)
      List<String> firsts = expand(first);
      List<String> thens = expand(then);
      if (firsts == null || thens == null) {
        return;
      }
      orders.addAll(OrderSets.expand(id, List.of(
          new OrderSets.Set(first, firsts, c.getFirstAction() == null ? "start" : firstAction,
              kind, symmetrical, resources.get(first) == null ? "false" : null, true),
          new OrderSets.Set(then, thens, c.getThenAction() == null ? "start" : thenAction,
              kind, symmetrical, resources.get(then) == null ? "false" : null, true)),
          kind, symmetrical));
      return;
    }
    int min = minimumFirstInstances(resources.get(first), c);
    OrderFact.AnyOf any = min <= 0 ? null
        : new OrderFact.AnyOf(CLONE_ONE_OR_MORE + id, min, true);
    orders.add(new OrderFact(id, first, firstAction, then, thenAction, kind, symmetrical, any));
  }

  /**
   * How many instances of a clone first must be able to act before the then action can: the
   * clone's {@code clone-min}, else 1 for the older {@code require-all="false"}, else 0 (all).
   */
  private static int minimumFirstInstances(org.zcrm.engine.facts.ResourceFact first, RscOrder c) {
    if (first.kind() != org.zcrm.engine.facts.ResourceFact.Kind.CLONE
        || first.cloneMeta() == null) {
      return 0;
    }
    if (first.cloneMeta().cloneMin() != null) {
      return first.cloneMeta().cloneMin();
    }
    return c.getRequireAll() != null && !Values.bool(c.getRequireAll(), true) ? 1 : 0;
  }
}

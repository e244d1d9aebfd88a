package org.zcrm.engine.unpack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;
import org.zcrm.engine.Scores;
import org.zcrm.engine.facts.ColocationFact;
import org.zcrm.engine.facts.LocationFact;
import org.zcrm.engine.facts.NodeFact;
import org.zcrm.engine.facts.OrderFact;
import org.zcrm.engine.facts.Role;

/** Reads rsc_location, rsc_colocation and rsc_order; location rules are resolved per node. */
final class ConstraintReader {
  private final IdIndex ids;
  private final RuleEvaluator rules;
  private final ResourceReader resources;
  private final List<NodeFact> nodes;
  private final Map<String, Map<String, String>> nodeAttrs;
  private final List<LocationFact> locations = new ArrayList<>();
  private final List<ColocationFact> colocations = new ArrayList<>();
  private final List<OrderFact> orders = new ArrayList<>();
  private final List<org.zcrm.engine.facts.TicketConstraintFact> tickets = new ArrayList<>();

  ConstraintReader(IdIndex ids, RuleEvaluator rules, ResourceReader resources,
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

  void read(Element constraints) {
    for (Element c : Xml.children(constraints)) {
      c = ids.resolve(c);
      switch (c.getTagName()) {
        case "rsc_location":
          location(c);
          break;
        case "rsc_colocation":
          colocation(c);
          break;
        case "rsc_order":
          order(c);
          break;
        case "rsc_ticket":
          ticket(c);
          break;
        default:
          break;
      }
    }
  }

  private void location(Element c) {
    String id = Xml.attr(c, "id", "");
    String rsc = Xml.attr(c, "rsc");
    if (rsc == null || resources.get(rsc) == null) {
      return;
    }
    Role role = Role.parse(Xml.attr(c, "role", Xml.attr(c, "rsc-role")));
    String node = Xml.attr(c, "node");
    if (node != null) {
      if (nodeAttrs.containsKey(node)) {
        locations.add(new LocationFact(id, rsc, node, Scores.parse(Xml.attr(c, "score"), 0), role));
      }
      return;
    }
    for (Element r : Xml.children(c, "rule")) {
      Element rule = ids.resolve(r);
      String scoreAttr = Xml.attr(rule, "score-attribute");
      int score = Scores.parse(Xml.attr(rule, "score"), 0);
      Role ruleRole = Role.parse(Xml.attr(rule, "role"));
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
        locations.add(new LocationFact(Xml.attr(rule, "id", id), rsc, n.name(), s,
            ruleRole != null ? ruleRole : role));
      }
    }
  }

  private void colocation(Element c) {
    String rsc = Xml.attr(c, "rsc");
    String with = Xml.attr(c, "with-rsc");
    if (rsc == null || with == null || resources.get(rsc) == null || resources.get(with) == null) {
      return;
    }
    colocations.add(new ColocationFact(Xml.attr(c, "id", ""), rsc, with,
        Scores.parse(Xml.attr(c, "score"), 0), Role.parse(Xml.attr(c, "rsc-role")),
        Role.parse(Xml.attr(c, "with-rsc-role")), Xml.attr(c, "node-attribute", "#uname"),
        Xml.bool(Xml.attr(c, "influence"), true)));
  }

  private void ticket(Element c) {
    String rsc = Xml.attr(c, "rsc");
    String ticket = Xml.attr(c, "ticket");
    if (rsc == null || ticket == null || resources.get(rsc) == null) {
      return;
    }
    Role role = Role.parse(Xml.attr(c, "rsc-role"));
    String loss = Xml.attr(c, "loss-policy", "stop").toLowerCase(Locale.ROOT);
    for (String p : resources.primitivesUnder(rsc)) {
      tickets.add(new org.zcrm.engine.facts.TicketConstraintFact(Xml.attr(c, "id", ""), p, ticket,
          role, loss));
    }
  }

  private void order(Element c) {
    String first = Xml.attr(c, "first");
    String then = Xml.attr(c, "then");
    if (first == null || then == null || resources.get(first) == null
        || resources.get(then) == null) {
      return;
    }
    String kindS = Xml.attr(c, "kind");
    OrderFact.Kind kind;
    if (kindS != null) {
      switch (kindS.toLowerCase(Locale.ROOT)) {
        case "optional": kind = OrderFact.Kind.OPTIONAL; break;
        case "serialize": kind = OrderFact.Kind.SERIALIZE; break;
        default: kind = OrderFact.Kind.MANDATORY; break;
      }
    } else {
      int score = Scores.parse(Xml.attr(c, "score"), Scores.INFINITY);
      kind = score == 0 ? OrderFact.Kind.OPTIONAL : OrderFact.Kind.MANDATORY;
    }
    String firstAction = Xml.attr(c, "first-action", "start");
    String thenAction = Xml.attr(c, "then-action", firstAction);
    boolean symmetrical = Xml.bool(Xml.attr(c, "symmetrical"), kind != OrderFact.Kind.SERIALIZE);
    orders.add(new OrderFact(Xml.attr(c, "id", ""), first, firstAction, then, thenAction, kind,
        symmetrical));
  }
}

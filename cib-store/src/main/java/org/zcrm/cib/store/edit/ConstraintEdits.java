package org.zcrm.cib.store.edit;

import static org.zcrm.cib.store.edit.EditSupport.refused;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.zcrm.cib.store.CibXml;
import org.zcrm.cib.store.ConfigObject;
import org.zcrm.cib.store.ConfigState;
import org.zcrm.cib.store.ObjectKind;

/** zcrm constraint location / colocation / order / delete / list, with pcs's ids. */
public final class ConstraintEdits {
  private static final Set<String> ACTIONS = Set.of("start", "stop", "promote", "demote");

  private ConstraintEdits() {}

  /**
   * RSC prefers|avoids NODE[=SCORE]: id location-RSC-NODE-SCORE. A simple location constraint of
   * the same resource and node is replaced (the new score wins).
   */
  public static ConfigState location(ConfigState config, String rsc, String verb, String nodeAndScore) {
    boolean prefers = switch (verb) {
      case "prefers" -> true;
      case "avoids" -> false;
      default -> throw refused("Expected 'prefers' or 'avoids' after the resource, found '" + verb + "'.");
    };
    int eq = nodeAndScore.indexOf('=');
    String node = eq < 0 ? nodeAndScore : nodeAndScore.substring(0, eq);
    String score = eq < 0 ? "INFINITY" : EditSupport.score(nodeAndScore.substring(eq + 1), "location of " + rsc);
    if (!prefers) {
      score = score.startsWith("-") ? score.substring(1) : "-" + score;
    }
    requireResource(config, rsc);
    ConfigState next = config;
    for (ConfigObject c : config.objects(ObjectKind.CONSTRAINT)) {
      Element e = c.element();
      if (e.getTagName().equals("rsc_location") && rsc.equals(e.getAttribute("rsc")) && node.equals(e.getAttribute("node"))) {
        next = next.without(ObjectKind.CONSTRAINT, c.id());
      }
    }
    Document doc = EditSupport.newDocument();
    Element loc = doc.createElement("rsc_location");
    loc.setAttribute("id", uniqueId(next, "location-" + rsc + "-" + node + "-" + score));
    loc.setAttribute("rsc", rsc);
    loc.setAttribute("node", node);
    loc.setAttribute("score", score);
    return next.with(ConfigObject.of(ObjectKind.CONSTRAINT, loc));
  }

  /** RSC with RSC2 [SCORE]: id colocation-RSC-RSC2-SCORE. */
  public static ConfigState colocation(ConfigState config, String rsc, String with, String score) {
    String s = score == null ? "INFINITY" : EditSupport.score(score, "colocation of " + rsc + " with " + with);
    requireResource(config, rsc);
    requireResource(config, with);
    Element col = EditSupport.newDocument().createElement("rsc_colocation");
    col.setAttribute("id", uniqueId(config, "colocation-" + rsc + "-" + with + "-" + s));
    col.setAttribute("rsc", rsc);
    col.setAttribute("with-rsc", with);
    col.setAttribute("score", s);
    return config.with(ConfigObject.of(ObjectKind.CONSTRAINT, col));
  }

  /**
   * [ACTION] RSC then [ACTION] RSC2 [kind=...] [symmetrical=...]: id order-RSC-RSC2-KIND
   * (kind in lower case, as pcs writes it).
   */
  public static ConfigState order(ConfigState config, List<String> words) {
    List<String> w = new ArrayList<>(words);
    int then = w.indexOf("then");
    if (then < 1 || then == w.size() - 1) {
      throw refused("Write the order as [ACTION] RSC then [ACTION] RSC2 [kind=Mandatory|Optional|Serialize] [symmetrical=true|false].");
    }
    List<String> left = w.subList(0, then);
    List<String> right = new ArrayList<>(w.subList(then + 1, w.size()));
    List<String> options = new ArrayList<>();
    right.removeIf(x -> x.contains("=") && options.add(x));
    String firstAction = left.size() == 2 ? action(left.get(0)) : "start";
    String first = left.get(left.size() - 1);
    String thenAction = right.size() == 2 ? action(right.get(0)) : firstAction;
    if (left.size() > 2 || right.isEmpty() || right.size() > 2) {
      throw refused("Write the order as [ACTION] RSC then [ACTION] RSC2; found '" + String.join(" ", words) + "'.");
    }
    String second = right.get(right.size() - 1);
    Map<String, String> opts = EditSupport.pairs(options, "order option");
    String kind = opts.getOrDefault("kind", "Mandatory");
    if (!Set.of("Mandatory", "Optional", "Serialize").contains(kind)) {
      throw refused("kind=" + kind + " is not an order kind; use Mandatory, Optional or Serialize.");
    }
    requireResource(config, first);
    requireResource(config, second);
    Element o = EditSupport.newDocument().createElement("rsc_order");
    o.setAttribute("id", uniqueId(config, "order-" + first + "-" + second + "-" + kind.toLowerCase(Locale.ROOT)));
    o.setAttribute("first", first);
    o.setAttribute("first-action", firstAction);
    o.setAttribute("then", second);
    o.setAttribute("then-action", thenAction);
    o.setAttribute("kind", kind);
    if (opts.containsKey("symmetrical")) {
      String sym = opts.get("symmetrical");
      if (!sym.equals("true") && !sym.equals("false")) {
        throw refused("symmetrical=" + sym + " must be true or false.");
      }
      o.setAttribute("symmetrical", sym);
    }
    for (String k : opts.keySet()) {
      if (!k.equals("kind") && !k.equals("symmetrical")) {
        throw refused("Unknown order option '" + k + "'; use kind= or symmetrical=.");
      }
    }
    return config.with(ConfigObject.of(ObjectKind.CONSTRAINT, o));
  }

  public static ConfigState delete(ConfigState config, String id) {
    if (config.find(ObjectKind.CONSTRAINT, id).isEmpty()) {
      throw refused("Constraint '" + id + "' does not exist; 'zcrm constraint list' shows the ids.");
    }
    return config.without(ObjectKind.CONSTRAINT, id);
  }

  /** The constraints in pcs's listing style, one per line, grouped by type. */
  public static List<String> list(ConfigState config) {
    List<String> loc = new ArrayList<>();
    List<String> ord = new ArrayList<>();
    List<String> col = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (ConfigObject c : config.objects(ObjectKind.CONSTRAINT)) {
      Element e = c.element();
      switch (e.getTagName()) {
        case "rsc_location" -> loc.add(e.hasAttribute("node")
            ? "  resource '" + e.getAttribute("rsc") + "' " + (e.getAttribute("score").startsWith("-") ? "avoids" : "prefers")
                + " node '" + e.getAttribute("node") + "' with score " + e.getAttribute("score") + " (id: " + c.id() + ")"
            : "  resource '" + e.getAttribute("rsc") + "' with rules (id: " + c.id() + ")");
        case "rsc_order" -> ord.add("  " + or(e.getAttribute("first-action"), "start") + " resource '" + e.getAttribute("first")
            + "' then " + or(e.getAttribute("then-action"), or(e.getAttribute("first-action"), "start")) + " resource '"
            + e.getAttribute("then") + "' (kind: " + or(e.getAttribute("kind"), "Mandatory") + ") (id: " + c.id() + ")");
        case "rsc_colocation" -> col.add("  resource '" + e.getAttribute("rsc") + "' with resource '" + e.getAttribute("with-rsc")
            + "' (score: " + e.getAttribute("score") + ") (id: " + c.id() + ")");
        default -> other.add("  " + e.getTagName() + " (id: " + c.id() + ")");
      }
    }
    List<String> out = new ArrayList<>();
    section(out, "Location Constraints:", loc);
    section(out, "Ordering Constraints:", ord);
    section(out, "Colocation Constraints:", col);
    section(out, "Other Constraints:", other);
    return out;
  }

  /** True when the constraint names any of these resources (directly or in a resource set). */
  static boolean references(Element c, Collection<String> ids) {
    for (String a : List.of("rsc", "with-rsc", "first", "then")) {
      if (ids.contains(c.getAttribute(a))) {
        return true;
      }
    }
    NodeList refs = c.getElementsByTagName("resource_ref");
    for (int i = 0; i < refs.getLength(); i++) {
      if (ids.contains(((Element) refs.item(i)).getAttribute("id"))) {
        return true;
      }
    }
    return false;
  }

  private static void section(List<String> out, String title, List<String> lines) {
    if (!lines.isEmpty()) {
      out.add(title);
      out.addAll(lines);
    }
  }

  private static String or(String v, String dflt) {
    return v == null || v.isEmpty() ? dflt : v;
  }

  private static String action(String a) {
    if (!ACTIONS.contains(a)) {
      throw refused("'" + a + "' is not an action for an order; use start, stop, promote or demote.");
    }
    return a;
  }

  private static void requireResource(ConfigState config, String id) {
    if (EditSupport.topLevelOf(config, id).isEmpty() && config.find(ObjectKind.TAG, id).isEmpty()) {
      throw refused("Resource '" + id + "' does not exist; create it first (zcrm resource create).");
    }
  }

  /** pcs's rule: the plain id when free, else ID-1, ID-2, ... */
  private static String uniqueId(ConfigState config, String id) {
    List<String> used = EditSupport.allIds(config);
    String candidate = id;
    for (int i = 1; used.contains(candidate); i++) {
      candidate = id + "-" + i;
    }
    return candidate;
  }

}

package org.zcrm.cli.ops;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.zcrm.cib.store.CibXml;
import org.zcrm.cib.store.ConfigObject;
import org.zcrm.cib.store.ConfigState;
import org.zcrm.cib.store.ObjectKind;
import org.zcrm.cib.store.StoreException;
import org.zcrm.cib.store.edit.ClusterEdits;

/**
 * The operator's configuration edits, written the way crm_resource writes them so that Pacemaker
 * users recognise them: {@code cli-prefer-RSC} (move) and {@code cli-ban-RSC-on-NODE} (ban)
 * location constraints, a lifetime as a rule with a date_expression. Pure functions of a
 * ConfigState; the store validates and writes the result atomically.
 */
public final class OperatorEdits {
  public static final String PREFER = "cli-prefer-";
  public static final String BAN = "cli-ban-";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'Z'")
      .withZone(ZoneOffset.UTC);

  private OperatorEdits() {}

  /** cli-prefer-RSC: INFINITY for RSC on NODE, optionally only until now + lifetime. */
  public static ConfigState move(ConfigState c, String rsc, String node, Duration lifetime, Instant now) {
    requireResource(c, rsc);
    requireNode(c, node);
    String id = PREFER + rsc;
    ConfigState out = c.without(ObjectKind.CONSTRAINT, id);
    return out.with(ConfigObject.of(ObjectKind.CONSTRAINT, location(id, rsc, node, "INFINITY", lifetime, now)));
  }

  /** cli-ban-RSC-on-NODE: -INFINITY for RSC on NODE, optionally only until now + lifetime. */
  public static ConfigState ban(ConfigState c, String rsc, String node, Duration lifetime, Instant now) {
    requireResource(c, rsc);
    requireNode(c, node);
    String id = BAN + rsc + "-on-" + node;
    ConfigState out = c.without(ObjectKind.CONSTRAINT, id);
    return out.with(ConfigObject.of(ObjectKind.CONSTRAINT, location(id, rsc, node, "-INFINITY", lifetime, now)));
  }

  /** The move/ban constraints of RSC (on NODE only, when given). */
  public static List<String> cliConstraints(ConfigState c, String rsc, String node) {
    return c.ids(ObjectKind.CONSTRAINT).stream().filter(id -> node == null
        ? id.equals(PREFER + rsc) || id.startsWith(BAN + rsc + "-on-")
        : id.equals(BAN + rsc + "-on-" + node) || (id.equals(PREFER + rsc) && preferredNode(c, id).equals(node)))
        .sorted().toList();
  }

  public static ConfigState clear(ConfigState c, List<String> ids) {
    ConfigState out = c;
    for (String id : ids) {
      out = out.without(ObjectKind.CONSTRAINT, id);
    }
    return out;
  }

  private static String preferredNode(ConfigState c, String id) {
    return c.find(ObjectKind.CONSTRAINT, id).map(o -> {
      Element e = o.element();
      if (e.hasAttribute("node")) {
        return e.getAttribute("node");
      }
      var ex = e.getElementsByTagName("expression");
      return ex.getLength() > 0 ? ((Element) ex.item(0)).getAttribute("value") : "";
    }).orElse("");
  }

  private static Element location(String id, String rsc, String node, String score, Duration lifetime, Instant now) {
    Document d = CibXml.newDocument();
    Element l = d.createElement("rsc_location");
    l.setAttribute("id", id);
    l.setAttribute("rsc", rsc);
    l.setAttribute("role", "Started");
    if (lifetime == null) {
      l.setAttribute("node", node);
      l.setAttribute("score", score);
      return l;
    }
    String base = id.startsWith(PREFER) ? "cli-prefer" : "cli-ban";
    String suffix = id.substring(base.length() + 1);
    Element rule = d.createElement("rule");
    rule.setAttribute("id", base + "-rule-" + suffix);
    rule.setAttribute("score", score);
    rule.setAttribute("boolean-op", "and");
    Element ex = d.createElement("expression");
    ex.setAttribute("id", base + "-expr-" + suffix);
    ex.setAttribute("attribute", "#uname");
    ex.setAttribute("operation", "eq");
    ex.setAttribute("value", node);
    ex.setAttribute("type", "string");
    Element date = d.createElement("date_expression");
    date.setAttribute("id", base + "-lifetime-end-" + suffix);
    date.setAttribute("operation", "lt");
    date.setAttribute("end", DATE.format(now.plus(lifetime)));
    rule.appendChild(ex);
    rule.appendChild(date);
    l.appendChild(rule);
    return l;
  }

  /** The end of a lifetime as written into the date_expression. */
  public static String until(Instant now, Duration lifetime) {
    return DATE.format(now.plus(lifetime));
  }

  static void requireNode(ConfigState c, String node) {
    if (ClusterEdits.findNode(c, node).isEmpty()) {
      throw refused("Node '" + node + "' is not in the configuration; see 'zcrm node list'.");
    }
  }

  /** The resource element (primitive, group, clone ...) with this id, anywhere in the resources. */
  public static Optional<Element> findResource(ConfigState c, String rsc) {
    for (ConfigObject o : c.objects(ObjectKind.RESOURCE)) {
      Optional<Element> f = find(o.element(), rsc);
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }

  private static Optional<Element> find(Element e, String id) {
    if (id.equals(e.getAttribute("id")) && ObjectKind.RESOURCE.elements().contains(e.getTagName())) {
      return Optional.of(e);
    }
    for (Element ch : CibXml.children(e)) {
      Optional<Element> f = find(ch, id);
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }

  static void requireResource(ConfigState c, String rsc) {
    if (findResource(c, rsc).isEmpty()) {
      throw refused("Resource '" + rsc + "' is not in the configuration; see 'zcrm status'.");
    }
  }

  static StoreException refused(String message) {
    return new StoreException(StoreException.Kind.REFUSED, message);
  }
}

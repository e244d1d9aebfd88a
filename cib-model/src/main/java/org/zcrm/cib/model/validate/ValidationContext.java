package org.zcrm.cib.model.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.zcrm.cib.model.Cib;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.Configuration;
import org.zcrm.cib.model.Identified;
import org.zcrm.cib.model.Node;
import org.zcrm.cib.model.Tag;
import org.zcrm.cib.model.resource.Resource;
import org.zcrm.cib.model.resource.Resources;
import org.zcrm.cib.model.resource.Template;
import org.zcrm.cib.model.validate.Problem.Severity;

/** What the checks share: the CIB, indexes of its configuration, and the problems found so far. */
final class ValidationContext {
  final Cib cib;
  final Configuration config;
  /** Configuration elements by id, in document order (a list when ids repeat). */
  final Map<String, List<CibElement>> byId = new LinkedHashMap<>();
  /** Every resource at any depth (templates excluded), by id. */
  final Map<String, Resource> resources = new LinkedHashMap<>();
  /** Resources inside a clone or bundle, by id, with the top-level clone or bundle holding them. */
  final Map<String, Resource> clonedIn = new HashMap<>();
  final Map<String, Template> templates = new LinkedHashMap<>();
  final Map<String, Tag> tags = new LinkedHashMap<>();
  final Map<String, Node> nodesByName = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  ValidationContext(Cib cib) {
    this.cib = cib;
    this.config = cib.configuration();
    if (config != null) {
      walk(config, (parent, e) -> {
        if (e instanceof Identified i && i.getId() != null) {
          byId.computeIfAbsent(i.getId(), k -> new ArrayList<>(1)).add(e);
        }
      });
      Resources rs = config.resources();
      if (rs != null) {
        for (Resource r : rs.childrenOf(Resource.class)) {
          if (r instanceof Template t) {
            templates.putIfAbsent(t.getId(), t);
          } else {
            indexResource(r, null);
          }
        }
      }
      if (config.tags() != null) {
        for (Tag t : config.tags().all()) {
          tags.putIfAbsent(t.getId(), t);
        }
      }
      for (Node n : config.nodeList()) {
        if (n.getUname() != null) {
          nodesByName.putIfAbsent(n.getUname(), n);
        }
      }
    }
  }

  private void indexResource(Resource r, Resource clone) {
    if (r.getId() != null) {
      resources.putIfAbsent(r.getId(), r);
      if (clone != null) {
        clonedIn.putIfAbsent(r.getId(), clone);
      }
    }
    Resource inner = clone != null ? clone
        : (r instanceof org.zcrm.cib.model.resource.Clone || r instanceof org.zcrm.cib.model.resource.Bundle)
            ? r : null;
    for (Resource c : r.childResources()) {
      indexResource(c, inner);
    }
  }

  /** Visits every model element under {@code root} (not root itself), depth first, in document order. */
  static void walk(CibElement root, BiConsumer<CibElement, CibElement> visitor) {
    for (CibElement c : root.elementChildren()) {
      visitor.accept(root, c);
      walk(c, visitor);
    }
  }

  /**
   * Why {@code id} cannot be the target of a constraint, or null when it can: constraints name
   * resources (but not the resources inside a clone or bundle: they name the clone), clone instances
   * ("rsc:0"), templates and tags.
   */
  String constraintTargetProblem(String id) {
    if (templates.containsKey(id) || tags.containsKey(id)) {
      return null;
    }
    if (resources.containsKey(id)) {
      Resource clone = clonedIn.get(id);
      return clone == null ? null : q(id) + " is inside " + clone.elementName() + " " + q(clone.getId())
          + "; constraints must name the " + clone.elementName() + " itself";
    }
    int colon = id.lastIndexOf(':');
    if (colon > 0 && id.substring(colon + 1).chars().allMatch(Character::isDigit)
        && resources.containsKey(id.substring(0, colon))) {
      return null;
    }
    return q(id) + " is not a resource, template or tag";
  }

  void error(CibElement e, String message) {
    add(Severity.ERROR, e, message);
  }

  void warn(CibElement e, String message) {
    add(Severity.WARNING, e, message);
  }

  private void add(Severity s, CibElement e, String message) {
    String id = e instanceof Identified i ? i.getId() : null;
    problems.add(new Problem(s, e.elementName(), id, message));
  }

  List<Problem> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** Quotes a value for a message. */
  static String q(String s) {
    return "\"" + s + "\"";
  }
}

package org.zcrm.cib.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A whole configuration as zcrm stores it: the header (generation and cib attributes), the objects
 * of every kind in configuration order, and the policy rules. Immutable; the {@code with...}
 * methods return changed copies, which is how an edit computes its target before it is written.
 */
public final class ConfigState {

  private final CibHeader header;
  private final Map<ObjectKind, LinkedHashMap<String, ConfigObject>> objects;
  private final SortedMap<String, String> rules;

  public ConfigState(CibHeader header, Map<ObjectKind, ? extends Map<String, ConfigObject>> objects,
      Map<String, String> rules) {
    this.header = header;
    EnumMap<ObjectKind, LinkedHashMap<String, ConfigObject>> m = new EnumMap<>(ObjectKind.class);
    for (ObjectKind k : ObjectKind.values()) {
      Map<String, ConfigObject> given = objects.get(k);
      m.put(k, given == null ? new LinkedHashMap<>() : new LinkedHashMap<>(given));
    }
    this.objects = m;
    this.rules = Collections.unmodifiableSortedMap(new TreeMap<>(rules));
  }

  public static ConfigState empty() {
    return new ConfigState(CibHeader.initial(), Map.of(), Map.of());
  }

  /**
   * Takes a cib element (or a bare configuration element) apart into objects. Refused with one
   * message per problem: an unknown section or element, an object without id, a duplicate id.
   */
  public static ConfigState fromCib(Element root) {
    Element configuration;
    CibHeader header;
    if (root.getTagName().equals("cib")) {
      header = new CibHeader(CibHeader.generationOf(root), CibHeader.attributesOf(root), Optional.empty());
      List<Element> cs = CibXml.children(root, "configuration");
      if (cs.isEmpty()) {
        throw StoreException.refused("The CIB has no <configuration> element; nothing to import.");
      }
      configuration = cs.get(0);
    } else if (root.getTagName().equals("configuration")) {
      header = CibHeader.initial();
      configuration = root;
    } else {
      throw StoreException.refused("Expected a <cib> or <configuration> document, found <" + root.getTagName() + ">.");
    }
    List<String> problems = new ArrayList<>();
    Map<ObjectKind, LinkedHashMap<String, ConfigObject>> objects = new EnumMap<>(ObjectKind.class);
    for (Element section : CibXml.children(configuration)) {
      Optional<ObjectKind> kind = ObjectKind.bySection(section.getTagName());
      if (kind.isEmpty()) {
        problems.add("configuration section <" + section.getTagName() + "> is not known to zcrm; remove it");
        continue;
      }
      ObjectKind k = kind.get();
      LinkedHashMap<String, ConfigObject> map = objects.computeIfAbsent(k, x -> new LinkedHashMap<>());
      if (!k.isCollection()) {
        if (!map.isEmpty()) {
          problems.add("section <" + k.section() + "> appears twice; merge the two into one");
        }
        map.put(k.section(), ConfigObject.of(k, section));
        continue;
      }
      for (Element child : CibXml.children(section)) {
        String id = child.getAttribute("id");
        String what = "<" + child.getTagName() + (id.isEmpty() ? "" : " id=\"" + id + "\"") + "> in <" + k.section() + ">";
        if (!k.elements().contains(child.getTagName())) {
          problems.add(what + " is not a " + k.section() + " element; expected one of " + new java.util.TreeSet<>(k.elements()));
        } else if (id.isEmpty()) {
          problems.add(what + " has no id; give it a unique id attribute");
        } else if (!ZnodeNames.usable(id)) {
          problems.add(what + " has an id that cannot name a znode; " + ZnodeNames.RULE);
        } else if (map.containsKey(id)) {
          problems.add(what + " uses the same id as an earlier " + k.section() + " entry; ids must be unique");
        } else {
          map.put(id, ConfigObject.of(k, child));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new StoreException(StoreException.Kind.REFUSED,
          "The configuration cannot be stored (" + problems.size() + " problem(s))", problems, null);
    }
    return new ConfigState(header, objects, Map.of());
  }

  /** The whole CIB document: this configuration and the given status element (or an empty one). */
  public Document toDocument(Element status) {
    Document doc = CibXml.newDocument();
    Element cib = doc.createElement("cib");
    header.applyTo(cib);
    doc.appendChild(cib);
    cib.appendChild(toConfiguration(doc));
    cib.appendChild(status == null ? doc.createElement("status") : CibXml.importInto(doc, status));
    return doc;
  }

  /** The configuration element, sections in the usual order; empty optional sections left out. */
  public Element toConfiguration(Document doc) {
    Element conf = doc.createElement("configuration");
    for (ObjectKind k : ObjectKind.EXPORT_ORDER) {
      Map<String, ConfigObject> map = objects.get(k);
      if (!k.isCollection()) {
        map.values().forEach(o -> conf.appendChild(CibXml.importInto(doc, o.element())));
        if (map.isEmpty() && ObjectKind.MANDATORY.contains(k)) {
          conf.appendChild(doc.createElement(k.section()));
        }
        continue;
      }
      if (map.isEmpty() && !ObjectKind.MANDATORY.contains(k)) {
        continue;
      }
      Element section = doc.createElement(k.section());
      map.values().forEach(o -> section.appendChild(CibXml.importInto(doc, o.element())));
      conf.appendChild(section);
    }
    return conf;
  }

  /** The configuration element as text, indented by depth (fast: the stored fragments are copied as they are). */
  public void appendConfiguration(StringBuilder sb, int depth) {
    String pad = "  ".repeat(depth);
    sb.append(pad).append("<configuration>\n");
    for (ObjectKind k : ObjectKind.EXPORT_ORDER) {
      Map<String, ConfigObject> map = objects.get(k);
      if (!k.isCollection()) {
        map.values().forEach(o -> CibXml.appendIndented(sb, o.xml(), depth + 1));
        if (map.isEmpty() && ObjectKind.MANDATORY.contains(k)) {
          sb.append(pad).append("  <").append(k.section()).append("/>\n");
        }
        continue;
      }
      if (map.isEmpty()) {
        if (ObjectKind.MANDATORY.contains(k)) {
          sb.append(pad).append("  <").append(k.section()).append("/>\n");
        }
        continue;
      }
      sb.append(pad).append("  <").append(k.section()).append(">\n");
      map.values().forEach(o -> CibXml.appendIndented(sb, o.xml(), depth + 2));
      sb.append(pad).append("  </").append(k.section()).append(">\n");
    }
    sb.append(pad).append("</configuration>\n");
  }

  public CibHeader header() {
    return header;
  }

  public Generation generation() {
    return header.generation();
  }

  /** Objects of one kind in configuration order. */
  public List<ConfigObject> objects(ObjectKind kind) {
    return List.copyOf(objects.get(kind).values());
  }

  public List<ConfigObject> allObjects() {
    List<ConfigObject> out = new ArrayList<>();
    for (ObjectKind k : ObjectKind.values()) {
      out.addAll(objects.get(k).values());
    }
    return out;
  }

  public Optional<ConfigObject> find(ObjectKind kind, String id) {
    return Optional.ofNullable(objects.get(kind).get(kind.isCollection() ? id : kind.section()));
  }

  /** The ids of one kind, in order. */
  public List<String> ids(ObjectKind kind) {
    return List.copyOf(objects.get(kind).keySet());
  }

  public SortedMap<String, String> rules() {
    return rules;
  }

  public int size() {
    return objects.values().stream().mapToInt(Map::size).sum();
  }

  /** With the object added at the end of its kind, or replaced where it is. */
  public ConfigState with(ConfigObject o) {
    Map<ObjectKind, LinkedHashMap<String, ConfigObject>> m = copy();
    m.get(o.kind()).put(o.id(), o);
    return new ConfigState(header, m, rules);
  }

  public ConfigState without(ObjectKind kind, String id) {
    Map<ObjectKind, LinkedHashMap<String, ConfigObject>> m = copy();
    m.get(kind).remove(kind.isCollection() ? id : kind.section());
    return new ConfigState(header, m, rules);
  }

  public ConfigState withHeader(CibHeader h) {
    return new ConfigState(h, objects, rules);
  }

  public ConfigState withRule(String name, String text) {
    SortedMap<String, String> r = new TreeMap<>(rules);
    if (text == null) {
      r.remove(name);
    } else {
      r.put(name, text);
    }
    return new ConfigState(header, objects, r);
  }

  /** Same objects (content and order) and rules, whatever the header. */
  public boolean sameContent(ConfigState o) {
    return objects.equals(o.objects) && rules.equals(o.rules);
  }

  private Map<ObjectKind, LinkedHashMap<String, ConfigObject>> copy() {
    Map<ObjectKind, LinkedHashMap<String, ConfigObject>> m = new EnumMap<>(ObjectKind.class);
    objects.forEach((k, v) -> m.put(k, new LinkedHashMap<>(v)));
    return m;
  }

  @Override
  public String toString() {
    return "ConfigState[generation=" + header.generation() + ", objects=" + size() + ", rules=" + rules.size() + "]";
  }
}

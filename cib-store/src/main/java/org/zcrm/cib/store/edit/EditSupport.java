package org.zcrm.cib.store.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.zcrm.cib.store.CibXml;
import org.zcrm.cib.store.ConfigObject;
import org.zcrm.cib.store.ConfigState;
import org.zcrm.cib.store.ObjectKind;
import org.zcrm.cib.store.StoreException;

/** Small DOM helpers shared by the edits: name=value arguments, nvpair sets, resource lookup. */
final class EditSupport {
  private EditSupport() {}

  static StoreException refused(String message) {
    return new StoreException(StoreException.Kind.REFUSED, message);
  }

  /** "a=1", "b=" -> {a=1, b=""}; refused when an argument has no '='. */
  static Map<String, String> pairs(List<String> args, String what) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      if (eq <= 0) {
        throw refused("'" + a + "' is not a " + what + "; write NAME=VALUE (an empty VALUE removes NAME).");
      }
      out.put(a.substring(0, eq), a.substring(eq + 1));
    }
    return out;
  }

  /** The child set element (instance_attributes, meta_attributes, ...) of e, created when missing. */
  static Element set(Element e, String setElement, String id) {
    for (Element c : CibXml.children(e, setElement)) {
      return c;
    }
    Element s = e.getOwnerDocument().createElement(setElement);
    s.setAttribute("id", id);
    e.appendChild(s);
    return s;
  }

  /** Sets (or with an empty value removes) name in an nvpair set; ids as pcs makes them: SETID-NAME. */
  static void nvpair(Element set, String name, String value) {
    for (Element nv : CibXml.children(set, "nvpair")) {
      if (nv.getAttribute("name").equals(name)) {
        if (value.isEmpty()) {
          set.removeChild(nv);
        } else {
          nv.setAttribute("value", value);
        }
        return;
      }
    }
    if (!value.isEmpty()) {
      Element nv = set.getOwnerDocument().createElement("nvpair");
      nv.setAttribute("id", set.getAttribute("id") + "-" + name);
      nv.setAttribute("name", name);
      nv.setAttribute("value", value);
      set.appendChild(nv);
    }
  }

  static Map<String, String> nvpairs(Element set) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Element nv : CibXml.children(set, "nvpair")) {
      out.put(nv.getAttribute("name"), nv.getAttribute("value"));
    }
    return out;
  }

  static Document newDocument() {
    return CibXml.newDocument();
  }

  /** The top-level resource object holding the resource with this id (itself, or its group or clone). */
  static Optional<ConfigObject> topLevelOf(ConfigState config, String rscId) {
    for (ConfigObject o : config.objects(ObjectKind.RESOURCE)) {
      if (o.id().equals(rscId) || findById(o.element(), rscId).isPresent()) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /** The element with this id inside e (or e itself), resources only. */
  static Optional<Element> findById(Element e, String id) {
    if (id.equals(e.getAttribute("id")) && ObjectKind.RESOURCE.elements().contains(e.getTagName())) {
      return Optional.of(e);
    }
    for (Element c : CibXml.children(e)) {
      Optional<Element> f = findById(c, id);
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }

  /** Every id used anywhere in the configuration (ids are unique CIB-wide). */
  static List<String> allIds(ConfigState config) {
    List<String> out = new ArrayList<>();
    for (ConfigObject o : config.allObjects()) {
      collectIds(o.element(), out);
    }
    return out;
  }

  private static void collectIds(Element e, List<String> out) {
    if (e.hasAttribute("id")) {
      out.add(e.getAttribute("id"));
    }
    CibXml.children(e).forEach(c -> collectIds(c, out));
  }

  /** Pacemaker's scores: a number, INFINITY, +INFINITY or -INFINITY. */
  static String score(String s, String what) {
    String v = s.trim();
    String sign = v.startsWith("-") ? "-" : "";
    String body = v.startsWith("-") || v.startsWith("+") ? v.substring(1) : v;
    if (body.equalsIgnoreCase("INFINITY") || body.equalsIgnoreCase("inf")) {
      return sign + "INFINITY";
    }
    if (body.matches("\\d+")) {
      return sign + Long.parseLong(body);
    }
    throw refused("'" + s + "' is not a score for " + what + "; use a number, INFINITY or -INFINITY.");
  }
}

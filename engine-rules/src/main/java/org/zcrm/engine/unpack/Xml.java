package org.zcrm.engine.unpack;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM helpers for reading the CIB. */
final class Xml {
  private Xml() {}

  static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    if (e == null) {
      return out;
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        out.add(c);
      }
    }
    return out;
  }

  static List<Element> children(Element e, String name) {
    List<Element> out = new ArrayList<>();
    for (Element c : children(e)) {
      if (c.getTagName().equals(name)) {
        out.add(c);
      }
    }
    return out;
  }

  static Element child(Element e, String name) {
    for (Element c : children(e)) {
      if (c.getTagName().equals(name)) {
        return c;
      }
    }
    return null;
  }

  /** Attribute value or null when absent. */
  static String attr(Element e, String name) {
    if (e == null) {
      return null;
    }
    org.w3c.dom.Attr a = e.getAttributeNode(name);
    return a == null ? null : a.getValue();
  }

  static String attr(Element e, String name, String dflt) {
    String v = attr(e, name);
    return v == null ? dflt : v;
  }

  static boolean isTrue(String v) {
    if (v == null) {
      return false;
    }
    switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true": case "on": case "yes": case "y": case "1":
        return true;
      default:
        return false;
    }
  }

  static boolean bool(String v, boolean dflt) {
    if (v == null) {
      return dflt;
    }
    switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true": case "on": case "yes": case "y": case "1":
        return true;
      case "false": case "off": case "no": case "n": case "0":
        return false;
      default:
        return dflt;
    }
  }

  static long parseLong(String v, long dflt) {
    if (v == null) {
      return dflt;
    }
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      return dflt;
    }
  }
}

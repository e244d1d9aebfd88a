package org.zcrm.engine.unpack;

import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Index of every element by its id, to resolve id-ref references; built on first use. */
final class IdIndex {
  private final Document doc;
  private Map<String, Element> byId;

  IdIndex(Document doc) {
    this.doc = doc;
  }

  private Map<String, Element> index() {
    if (byId == null) {
      byId = new HashMap<>();
      NodeList all = doc.getElementsByTagName("*");
      for (int i = 0; i < all.getLength(); i++) {
        Element e = (Element) all.item(i);
        if (e.hasAttribute("id") && !e.hasAttribute("id-ref")) {
          byId.putIfAbsent(e.getAttribute("id"), e);
        }
      }
    }
    return byId;
  }

  /** The element an id-ref points to, or the element itself. */
  Element resolve(Element e) {
    if (e != null && e.hasAttribute("id-ref")) {
      Element t = index().get(e.getAttribute("id-ref"));
      return t == null ? e : t;
    }
    return e;
  }

  Element get(String id) {
    return index().get(id);
  }
}

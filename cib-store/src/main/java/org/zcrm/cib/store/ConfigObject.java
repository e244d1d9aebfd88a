package org.zcrm.cib.store;

import java.nio.charset.StandardCharsets;
import org.w3c.dom.Element;
import org.zcrm.cib.store.CibXml.CibXmlException;

/**
 * One configuration object as stored in its znode: the kind, its id (the znode name; for a section
 * kind the section name) and its XML in Pacemaker's element format.
 */
public record ConfigObject(ObjectKind kind, String id, String xml) {

  public ConfigObject {
    if (kind == null || id == null || xml == null) {
      throw new IllegalArgumentException("kind, id and xml are required");
    }
  }

  /** An object from its element; the element's id (or section name) names it. */
  public static ConfigObject of(ObjectKind kind, Element e) {
    String id = kind.isCollection() ? e.getAttribute("id") : kind.section();
    return new ConfigObject(kind, id, CibXml.toXml(e));
  }

  public String key() {
    return kind.znode() + "/" + id;
  }

  public byte[] bytes() {
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  /** The object's element in a document of its own. */
  public Element element() {
    try {
      return CibXml.parse(xml);
    } catch (CibXmlException e) {
      throw new IllegalStateException("stored object " + key() + " no longer parses", e);
    }
  }

  public String describe() {
    return kind.describe(id);
  }
}

package org.zcrm.cib.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** A reference from a tag to an object. */
@XmlRootElement(name = "obj_ref")
public class ObjRef extends CibElement implements Identified {
  /** The XML element name. */
  public static final String ELEMENT = "obj_ref";

  @XmlAttribute(name = "id")
  private String id;

  @XmlAnyElement
  private List<Object> children;

  @Override
  protected final List<Object> rawChildren() {
    return children;
  }

  @Override
  protected final List<Object> newChildren() {
    children = new ArrayList<>(4);
    return children;
  }

  /** The {@code id} attribute, or null. */
  public String getId() {
    return id;
  }

  public ObjRef setId(String id) {
    this.id = id;
    return this;
  }
}

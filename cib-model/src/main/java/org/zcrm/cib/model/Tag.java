package org.zcrm.cib.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** A tag. */
@XmlRootElement(name = "tag")
public class Tag extends CibElement implements Identified {
  /** The XML element name. */
  public static final String ELEMENT = "tag";

  @XmlAttribute(name = "id")
  private String id;

  @XmlElementRefs({
    @XmlElementRef(type = ObjRef.class)
  })
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

  public Tag setId(String id) {
    this.id = id;
    return this;
  }

  public List<ObjRef> refs() {
    return childrenOf(ObjRef.class);
  }
}

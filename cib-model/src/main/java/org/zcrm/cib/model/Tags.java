package org.zcrm.cib.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** Tags: named groups of object ids. */
@XmlRootElement(name = "tags")
public class Tags extends CibElement {
  /** The XML element name. */
  public static final String ELEMENT = "tags";


  @XmlElementRefs({
    @XmlElementRef(type = Tag.class)
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

  public List<Tag> all() {
    return childrenOf(Tag.class);
  }
}

package org.zcrm.cib.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** The nodes section. */
@XmlRootElement(name = "nodes")
public class Nodes extends CibElement {
  /** The XML element name. */
  public static final String ELEMENT = "nodes";


  @XmlElementRefs({
    @XmlElementRef(type = Node.class)
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

  public List<Node> all() {
    return childrenOf(Node.class);
  }
}

package org.zcrm.cib.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** Alert agents. */
@XmlRootElement(name = "alerts")
public class Alerts extends CibElement {
  /** The XML element name. */
  public static final String ELEMENT = "alerts";


  @XmlElementRefs({
    @XmlElementRef(type = Alert.class)
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

  public List<Alert> all() {
    return childrenOf(Alert.class);
  }
}

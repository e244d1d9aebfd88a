package org.zcrm.cib.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** Access control lists, kept as XML (zcrm does not enforce them yet). */
@XmlRootElement(name = "acls")
public class Acls extends CibElement {
  /** The XML element name. */
  public static final String ELEMENT = "acls";


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
}

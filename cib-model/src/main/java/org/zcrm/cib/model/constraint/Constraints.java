package org.zcrm.cib.model.constraint;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;

/** The constraints section. */
@XmlRootElement(name = "constraints")
public class Constraints extends CibElement {
  /** The XML element name. */
  public static final String ELEMENT = "constraints";


  @XmlElementRefs({
    @XmlElementRef(type = RscLocation.class),
    @XmlElementRef(type = RscColocation.class),
    @XmlElementRef(type = RscOrder.class),
    @XmlElementRef(type = RscTicket.class)
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

  /** Every constraint in document order. */
  public List<Constraint> all() {
    return childrenOf(Constraint.class);
  }

  public List<RscLocation> locations() {
    return childrenOf(RscLocation.class);
  }

  public List<RscColocation> colocations() {
    return childrenOf(RscColocation.class);
  }

  public List<RscOrder> orders() {
    return childrenOf(RscOrder.class);
  }

  public List<RscTicket> tickets() {
    return childrenOf(RscTicket.class);
  }
}

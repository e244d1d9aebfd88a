package org.zcrm.cib.model.status;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;

/** Ticket states. */
@XmlRootElement(name = "tickets")
public class Tickets extends CibElement {
  /** The XML element name. */
  public static final String ELEMENT = "tickets";


  @XmlElementRefs({
    @XmlElementRef(type = TicketState.class)
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

  public List<TicketState> all() {
    return childrenOf(TicketState.class);
  }
}

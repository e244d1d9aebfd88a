package org.zcrm.cib.model.status;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.Identified;

/** The state of one ticket. */
@XmlRootElement(name = "ticket_state")
public class TicketState extends CibElement implements Identified {
  /** The XML element name. */
  public static final String ELEMENT = "ticket_state";

  @XmlAttribute(name = "id")
  private String id;
  @XmlAttribute(name = "granted")
  private String granted;
  @XmlAttribute(name = "last-granted")
  private String lastGranted;
  @XmlAttribute(name = "standby")
  private String standby;

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

  public TicketState setId(String id) {
    this.id = id;
    return this;
  }

  /** The {@code granted} attribute, or null. */
  public String getGranted() {
    return granted;
  }

  public TicketState setGranted(String granted) {
    this.granted = granted;
    return this;
  }

  /** The {@code last-granted} attribute, or null. */
  public String getLastGranted() {
    return lastGranted;
  }

  public TicketState setLastGranted(String lastGranted) {
    this.lastGranted = lastGranted;
    return this;
  }

  /** The {@code standby} attribute, or null. */
  public String getStandby() {
    return standby;
  }

  public TicketState setStandby(String standby) {
    this.standby = standby;
    return this;
  }
}

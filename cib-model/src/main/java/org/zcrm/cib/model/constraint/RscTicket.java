package org.zcrm.cib.model.constraint;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** A ticket constraint. */
@XmlRootElement(name = "rsc_ticket")
public class RscTicket extends Constraint {
  /** The XML element name. */
  public static final String ELEMENT = "rsc_ticket";

  @XmlAttribute(name = "ticket")
  private String ticket;
  @XmlAttribute(name = "rsc")
  private String rsc;
  @XmlAttribute(name = "rsc-role")
  private String rscRole;
  @XmlAttribute(name = "loss-policy")
  private String lossPolicy;

  /** The {@code ticket} attribute, or null. */
  public String getTicket() {
    return ticket;
  }

  public RscTicket setTicket(String ticket) {
    this.ticket = ticket;
    return this;
  }

  /** The {@code rsc} attribute, or null. */
  public String getRsc() {
    return rsc;
  }

  public RscTicket setRsc(String rsc) {
    this.rsc = rsc;
    return this;
  }

  /** The {@code rsc-role} attribute, or null. */
  public String getRscRole() {
    return rscRole;
  }

  public RscTicket setRscRole(String rscRole) {
    this.rscRole = rscRole;
    return this;
  }

  /** The {@code loss-policy} attribute, or null. */
  public String getLossPolicy() {
    return lossPolicy;
  }

  public RscTicket setLossPolicy(String lossPolicy) {
    this.lossPolicy = lossPolicy;
    return this;
  }

  @Override
  public String kind() {
    return ELEMENT;
  }
}

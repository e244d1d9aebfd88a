package org.zcrm.cib.model.constraint;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** A colocation constraint. */
@XmlRootElement(name = "rsc_colocation")
public class RscColocation extends Constraint {
  /** The XML element name. */
  public static final String ELEMENT = "rsc_colocation";

  @XmlAttribute(name = "rsc")
  private String rsc;
  @XmlAttribute(name = "with-rsc")
  private String withRsc;
  @XmlAttribute(name = "rsc-role")
  private String rscRole;
  @XmlAttribute(name = "with-rsc-role")
  private String withRscRole;
  @XmlAttribute(name = "score")
  private String score;
  @XmlAttribute(name = "node-attribute")
  private String nodeAttribute;
  @XmlAttribute(name = "rsc-instance")
  private String rscInstance;
  @XmlAttribute(name = "with-rsc-instance")
  private String withRscInstance;
  @XmlAttribute(name = "influence")
  private String influence;

  /** The {@code rsc} attribute, or null. */
  public String getRsc() {
    return rsc;
  }

  public RscColocation setRsc(String rsc) {
    this.rsc = rsc;
    return this;
  }

  /** The {@code with-rsc} attribute, or null. */
  public String getWithRsc() {
    return withRsc;
  }

  public RscColocation setWithRsc(String withRsc) {
    this.withRsc = withRsc;
    return this;
  }

  /** The {@code rsc-role} attribute, or null. */
  public String getRscRole() {
    return rscRole;
  }

  public RscColocation setRscRole(String rscRole) {
    this.rscRole = rscRole;
    return this;
  }

  /** The {@code with-rsc-role} attribute, or null. */
  public String getWithRscRole() {
    return withRscRole;
  }

  public RscColocation setWithRscRole(String withRscRole) {
    this.withRscRole = withRscRole;
    return this;
  }

  /** The {@code score} attribute, or null. */
  public String getScore() {
    return score;
  }

  public RscColocation setScore(String score) {
    this.score = score;
    return this;
  }

  /** The {@code node-attribute} attribute, or null. */
  public String getNodeAttribute() {
    return nodeAttribute;
  }

  public RscColocation setNodeAttribute(String nodeAttribute) {
    this.nodeAttribute = nodeAttribute;
    return this;
  }

  /** The {@code rsc-instance} attribute, or null. */
  public String getRscInstance() {
    return rscInstance;
  }

  public RscColocation setRscInstance(String rscInstance) {
    this.rscInstance = rscInstance;
    return this;
  }

  /** The {@code with-rsc-instance} attribute, or null. */
  public String getWithRscInstance() {
    return withRscInstance;
  }

  public RscColocation setWithRscInstance(String withRscInstance) {
    this.withRscInstance = withRscInstance;
    return this;
  }

  /** The {@code influence} attribute, or null. */
  public String getInfluence() {
    return influence;
  }

  public RscColocation setInfluence(String influence) {
    this.influence = influence;
    return this;
  }

  @Override
  public String kind() {
    return ELEMENT;
  }
}

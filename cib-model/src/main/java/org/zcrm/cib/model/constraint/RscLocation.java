package org.zcrm.cib.model.constraint;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;
import org.zcrm.cib.model.rule.Rule;

/** A location constraint: node+score, or rules. */
@XmlRootElement(name = "rsc_location")
public class RscLocation extends Constraint {
  /** The XML element name. */
  public static final String ELEMENT = "rsc_location";

  @XmlAttribute(name = "rsc")
  private String rsc;
  @XmlAttribute(name = "rsc-pattern")
  private String rscPattern;
  @XmlAttribute(name = "role")
  private String role;
  @XmlAttribute(name = "score")
  private String score;
  @XmlAttribute(name = "node")
  private String node;
  @XmlAttribute(name = "resource-discovery")
  private String resourceDiscovery;
  @XmlAttribute(name = "lifetime")
  private String lifetime;

  /** The {@code rsc} attribute, or null. */
  public String getRsc() {
    return rsc;
  }

  public RscLocation setRsc(String rsc) {
    this.rsc = rsc;
    return this;
  }

  /** The {@code rsc-pattern} attribute, or null. */
  public String getRscPattern() {
    return rscPattern;
  }

  public RscLocation setRscPattern(String rscPattern) {
    this.rscPattern = rscPattern;
    return this;
  }

  /** The {@code role} attribute, or null. */
  public String getRole() {
    return role;
  }

  public RscLocation setRole(String role) {
    this.role = role;
    return this;
  }

  /** The {@code score} attribute, or null. */
  public String getScore() {
    return score;
  }

  public RscLocation setScore(String score) {
    this.score = score;
    return this;
  }

  /** The {@code node} attribute, or null. */
  public String getNode() {
    return node;
  }

  public RscLocation setNode(String node) {
    this.node = node;
    return this;
  }

  /** The {@code resource-discovery} attribute, or null. */
  public String getResourceDiscovery() {
    return resourceDiscovery;
  }

  public RscLocation setResourceDiscovery(String resourceDiscovery) {
    this.resourceDiscovery = resourceDiscovery;
    return this;
  }

  /** The {@code lifetime} attribute, or null. */
  public String getLifetime() {
    return lifetime;
  }

  public RscLocation setLifetime(String lifetime) {
    this.lifetime = lifetime;
    return this;
  }

  /** The rules (empty when the constraint names a node). */
  public List<Rule> rules() {
    return childrenOf(Rule.class);
  }

  @Override
  public String kind() {
    return ELEMENT;
  }
}

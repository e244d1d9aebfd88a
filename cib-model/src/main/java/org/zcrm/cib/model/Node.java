package org.zcrm.cib.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.nv.InstanceAttributes;
import org.zcrm.cib.model.nv.NvSet;
import org.zcrm.cib.model.nv.Utilization;

/** A configured node. */
@XmlRootElement(name = "node")
public class Node extends CibElement implements Identified {
  /** The XML element name. */
  public static final String ELEMENT = "node";

  @XmlAttribute(name = "id")
  private String id;
  @XmlAttribute(name = "uname")
  private String uname;
  @XmlAttribute(name = "type")
  private String type;
  @XmlAttribute(name = "description")
  private String description;
  @XmlAttribute(name = "score")
  private String score;

  @XmlElementRefs({
    @XmlElementRef(type = InstanceAttributes.class),
    @XmlElementRef(type = Utilization.class)
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

  /** The {@code id} attribute, or null. */
  public String getId() {
    return id;
  }

  public Node setId(String id) {
    this.id = id;
    return this;
  }

  /** The {@code uname} attribute, or null. */
  public String getUname() {
    return uname;
  }

  public Node setUname(String uname) {
    this.uname = uname;
    return this;
  }

  /** The {@code type} attribute, or null. */
  public String getType() {
    return type;
  }

  public Node setType(String type) {
    this.type = type;
    return this;
  }

  /** The {@code description} attribute, or null. */
  public String getDescription() {
    return description;
  }

  public Node setDescription(String description) {
    this.description = description;
    return this;
  }

  /** The {@code score} attribute, or null. */
  public String getScore() {
    return score;
  }

  public Node setScore(String score) {
    this.score = score;
    return this;
  }

  public List<InstanceAttributes> instanceAttributes() {
    return childrenOf(InstanceAttributes.class);
  }

  public List<Utilization> utilization() {
    return childrenOf(Utilization.class);
  }

  /** A node attribute from the first unconditional instance_attributes set holding it, or null. */
  public String attribute(String name) {
    return NvSet.firstValue(instanceAttributes(), name);
  }
}

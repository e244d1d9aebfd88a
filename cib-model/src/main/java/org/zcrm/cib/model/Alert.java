package org.zcrm.cib.model;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.nv.InstanceAttributes;
import org.zcrm.cib.model.nv.MetaAttributes;

/** An alert agent. */
@XmlRootElement(name = "alert")
public class Alert extends CibElement implements Identified {
  /** The XML element name. */
  public static final String ELEMENT = "alert";

  @XmlAttribute(name = "id")
  private String id;
  @XmlAttribute(name = "path")
  private String path;
  @XmlAttribute(name = "description")
  private String description;

  @XmlElementRefs({
    @XmlElementRef(type = MetaAttributes.class),
    @XmlElementRef(type = InstanceAttributes.class),
    @XmlElementRef(type = AlertRecipient.class)
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

  public Alert setId(String id) {
    this.id = id;
    return this;
  }

  /** The {@code path} attribute, or null. */
  public String getPath() {
    return path;
  }

  public Alert setPath(String path) {
    this.path = path;
    return this;
  }

  /** The {@code description} attribute, or null. */
  public String getDescription() {
    return description;
  }

  public Alert setDescription(String description) {
    this.description = description;
    return this;
  }

  public List<AlertRecipient> recipients() {
    return childrenOf(AlertRecipient.class);
  }
}

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

/** A recipient of an alert. */
@XmlRootElement(name = "recipient")
public class AlertRecipient extends CibElement implements Identified {
  /** The XML element name. */
  public static final String ELEMENT = "recipient";

  @XmlAttribute(name = "id")
  private String id;
  @XmlAttribute(name = "value")
  private String value;
  @XmlAttribute(name = "description")
  private String description;

  @XmlElementRefs({
    @XmlElementRef(type = MetaAttributes.class),
    @XmlElementRef(type = InstanceAttributes.class)
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

  public AlertRecipient setId(String id) {
    this.id = id;
    return this;
  }

  /** The {@code value} attribute, or null. */
  public String getValue() {
    return value;
  }

  public AlertRecipient setValue(String value) {
    this.value = value;
    return this;
  }

  /** The {@code description} attribute, or null. */
  public String getDescription() {
    return description;
  }

  public AlertRecipient setDescription(String description) {
    this.description = description;
    return this;
  }
}

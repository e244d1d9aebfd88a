package org.zcrm.cib.model.status;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.Identified;
import org.zcrm.cib.model.nv.InstanceAttributes;
import org.zcrm.cib.model.nv.Utilization;

/** A node's transient attributes. */
@XmlRootElement(name = "transient_attributes")
public class TransientAttributes extends CibElement implements Identified {
  /** The XML element name. */
  public static final String ELEMENT = "transient_attributes";

  @XmlAttribute(name = "id")
  private String id;

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

  public TransientAttributes setId(String id) {
    this.id = id;
    return this;
  }

  public List<Utilization> utilization() {
    return childrenOf(Utilization.class);
  }

  public List<InstanceAttributes> instanceAttributes() {
    return childrenOf(InstanceAttributes.class);
  }
}

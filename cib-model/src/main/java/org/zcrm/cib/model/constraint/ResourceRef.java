package org.zcrm.cib.model.constraint;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.Identified;

/** A reference to a resource inside a resource set. */
@XmlRootElement(name = "resource_ref")
public class ResourceRef extends CibElement implements Identified {
  /** The XML element name. */
  public static final String ELEMENT = "resource_ref";

  @XmlAttribute(name = "id")
  private String id;

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

  public ResourceRef setId(String id) {
    this.id = id;
    return this;
  }
}

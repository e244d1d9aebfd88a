package org.zcrm.cib.model.resource;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A resource template that primitives can refer to. */
@XmlRootElement(name = "template")
public class Template extends Resource {
  /** The XML element name. */
  public static final String ELEMENT = "template";

  @XmlAttribute(name = "class")
  private String resourceClass;
  @XmlAttribute(name = "provider")
  private String provider;
  @XmlAttribute(name = "type")
  private String type;

  /** The {@code class} attribute, or null. */
  public String getResourceClass() {
    return resourceClass;
  }

  public Template setResourceClass(String resourceClass) {
    this.resourceClass = resourceClass;
    return this;
  }

  /** The {@code provider} attribute, or null. */
  public String getProvider() {
    return provider;
  }

  public Template setProvider(String provider) {
    this.provider = provider;
    return this;
  }

  /** The {@code type} attribute, or null. */
  public String getType() {
    return type;
  }

  public Template setType(String type) {
    this.type = type;
    return this;
  }

  public Operations operations() {
    return firstChild(Operations.class);
  }

  @Override
  public String kind() {
    return ELEMENT;
  }
}

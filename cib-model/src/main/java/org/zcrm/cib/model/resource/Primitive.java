package org.zcrm.cib.model.resource;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.List;
import org.zcrm.cib.model.xml.Interned;

/** A primitive resource: one agent instance. */
@XmlRootElement(name = "primitive")
public class Primitive extends Resource {
  /** The XML element name. */
  public static final String ELEMENT = "primitive";

  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "class")
  private String resourceClass;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "provider")
  private String provider;
  @XmlJavaTypeAdapter(Interned.class)
  @XmlAttribute(name = "type")
  private String type;
  @XmlAttribute(name = "template")
  private String template;

  /** The {@code class} attribute, or null. */
  public String getResourceClass() {
    return resourceClass;
  }

  public Primitive setResourceClass(String resourceClass) {
    this.resourceClass = resourceClass;
    return this;
  }

  /** The {@code provider} attribute, or null. */
  public String getProvider() {
    return provider;
  }

  public Primitive setProvider(String provider) {
    this.provider = provider;
    return this;
  }

  /** The {@code type} attribute, or null. */
  public String getType() {
    return type;
  }

  public Primitive setType(String type) {
    this.type = type;
    return this;
  }

  /** The {@code template} attribute, or null. */
  public String getTemplate() {
    return template;
  }

  public Primitive setTemplate(String template) {
    this.template = template;
    return this;
  }

  /** The operations element, or null. */
  public Operations operations() {
    return firstChild(Operations.class);
  }

  /** The agent as Pacemaker prints it: class:provider:type, or class:type without a provider. */
  public String agent() {
    return getResourceClass() + (getProvider() != null ? ":" + getProvider() : "") + ":" + getType();
  }

  /** The configured operations (empty when none). */
  public List<Op> ops() {
    Operations o = operations();
    return o == null ? List.of() : o.ops();
  }

  @Override
  public String kind() {
    return ELEMENT;
  }
}

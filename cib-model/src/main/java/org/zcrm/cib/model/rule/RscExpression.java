package org.zcrm.cib.model.rule;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.zcrm.cib.model.CibElement;
import org.zcrm.cib.model.Identified;

/** A resource agent test inside a defaults rule. */
@XmlRootElement(name = "rsc_expression")
public class RscExpression extends CibElement implements Identified {
  /** The XML element name. */
  public static final String ELEMENT = "rsc_expression";

  @XmlAttribute(name = "id")
  private String id;
  @XmlAttribute(name = "class")
  private String resourceClass;
  @XmlAttribute(name = "provider")
  private String provider;
  @XmlAttribute(name = "type")
  private String type;

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

  public RscExpression setId(String id) {
    this.id = id;
    return this;
  }

  /** The {@code class} attribute, or null. */
  public String getResourceClass() {
    return resourceClass;
  }

  public RscExpression setResourceClass(String resourceClass) {
    this.resourceClass = resourceClass;
    return this;
  }

  /** The {@code provider} attribute, or null. */
  public String getProvider() {
    return provider;
  }

  public RscExpression setProvider(String provider) {
    this.provider = provider;
    return this;
  }

  /** The {@code type} attribute, or null. */
  public String getType() {
    return type;
  }

  public RscExpression setType(String type) {
    this.type = type;
    return this;
  }
}
